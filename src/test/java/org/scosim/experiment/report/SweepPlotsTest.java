package org.scosim.experiment.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SweepPlotsTest {
    @Test
    void pathsInWords() {
        assertEquals("Trust decay", SweepPlots.words("parameters.trustDecay"));
        assertEquals("Threshold of the rule", SweepPlots.words("rule.threshold"));
        assertEquals("Magnitude of shock 1", SweepPlots.words("shocks[0].magnitude"));
        assertEquals("Decision rule", SweepPlots.words("rule.type"));
        assertEquals("Seed", SweepPlots.words("seed"));
    }

    @Test
    void ticksSitAtTheDesignValues() {
        SweepPlots.DesignAxis a = new SweepPlots.DesignAxis("x", new double[] {0.5, 0.6, 0.67, 0.8},
                List.of("0.5", "0.6", "0.67", "0.8"));
        a.setRange(0.45, 0.85);
        List<?> ticks = a.refreshTicks(null, null, new java.awt.Rectangle(0, 0, 600, 300), org.jfree.ui.RectangleEdge.BOTTOM);
        assertEquals(4, ticks.size());
        org.jfree.chart.axis.NumberTick third = (org.jfree.chart.axis.NumberTick) ticks.get(2);
        assertEquals(0.67, third.getValue(), 0);
        assertEquals("0.67", third.getText());
    }

    @Test
    void viridisRunsFromDarkPurpleToYellow() {
        SweepPlots.Viridis v = new SweepPlots.Viridis(0, 10);
        assertEquals(new java.awt.Color(0x440154), v.getPaint(0));
        assertEquals(new java.awt.Color(0xFDE725), v.getPaint(10));
        assertEquals(new java.awt.Color(0x21918C), v.getPaint(5));
        assertTrue(v.darkAt(1) && !v.darkAt(9));
    }
}
