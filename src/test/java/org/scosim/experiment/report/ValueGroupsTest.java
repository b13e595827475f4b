package org.scosim.experiment.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.scosim.experiment.Sweep;
import org.scosim.experiment.VarySpec;
import org.scosim.output.Measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Groups of a many-valued path, worked by hand; the plot and the report that use them. */
class ValueGroupsTest {
    /** A summary of {@code k} values x = 1..k whose means are {@code mean(x)}, one run each. */
    private static Sweep.Summary summary(int k, java.util.function.IntToDoubleFunction mean) {
        List<String> values = new ArrayList<>();
        double[] mu = new double[k];
        long[] n = new long[k];
        for (int i = 0; i < k; i++) {
            values.add(Integer.toString(i + 1));
            mu[i] = mean.applyAsDouble(i + 1);
            n[i] = 1;
        }
        return new Sweep.Summary("mean_trust", 0, "parameters.trustDecay", true, values, n, mu, mu.clone(), mu.clone());
    }

    @Test
    void fortyValuesMakeEightGroupsOfFiveWithTheirStudentIntervals() {
        // x = 1..40, mean = x: 40 / 5 = 8 groups; the first holds 1..5, mean 3, sd sqrt(2.5);
        // t(0.975, 4) = 2.776445 (a table of Student's t), so the half-width is 2.776445 * sqrt(2.5) / sqrt(5) = 1.963243
        List<ValueGroups.Group> g = ValueGroups.of(summary(40, x -> x), Measure.Range.ANY);
        assertEquals(8, g.size());
        ValueGroups.Group first = g.get(0);
        assertEquals(1, first.from());
        assertEquals(5, first.to());
        assertEquals(3, first.x(), 1e-12);
        assertEquals(5, first.values());
        assertEquals(5, first.runs());
        assertEquals(3, first.mean(), 1e-12);
        assertEquals(3 - 1.963243, first.low(), 1e-6);
        assertEquals(3 + 1.963243, first.high(), 1e-6);
        assertEquals(36, g.get(7).from());
        assertEquals(40, g.get(7).to());
        assertEquals(38, g.get(7).mean(), 1e-12);
    }

    @Test
    void aThousandValuesMakeTenGroupsOfAHundredAndUnevenCountsShareTheRemainder() {
        List<ValueGroups.Group> g = ValueGroups.of(summary(1000, x -> 0.5), Measure.Range.SHARE);
        assertEquals(10, g.size());
        assertTrue(g.stream().allMatch(x -> x.values() == 100 && x.mean() == 0.5 && x.low() == 0.5 && x.high() == 0.5));
        // 33 values: 6 groups (33 / 5), of 5 or 6 neighbouring values, every value in exactly one
        List<ValueGroups.Group> odd = ValueGroups.of(summary(33, x -> x), Measure.Range.ANY);
        assertEquals(6, odd.size());
        assertEquals(33, odd.stream().mapToInt(ValueGroups.Group::values).sum());
        for (int i = 1; i < odd.size(); i++) assertEquals(odd.get(i - 1).to() + 1, odd.get(i).from());
    }

    @Test
    void theIntervalIsCutToWhatTheMeasureCanBeAndValuesWithoutAMeanAreLeftOut() {
        // means 0, 0, 0, 0, 1 in the first group of a share: 0.2 - 2.776 * 0.447 / sqrt(5) < 0 is cut to 0
        Sweep.Summary s = summary(35, x -> x == 5 ? 1 : x <= 5 ? 0 : Double.NaN);
        List<ValueGroups.Group> g = ValueGroups.of(s, Measure.Range.SHARE);
        assertEquals(1, g.size(), "5 values with a mean: one group");
        assertEquals(0.2, g.get(0).mean(), 1e-12);
        assertEquals(0, g.get(0).low());
        assertEquals(0.2 + 2.776445 * Math.sqrt(0.2) / Math.sqrt(5), g.get(0).high(), 1e-6);
    }

    @Test
    void onlyANumericPathWithMoreThanThirtyValuesIsDrawnAsDotsAndGroups() {
        assertFalse(ValueGroups.many(summary(30, x -> x)));
        assertTrue(ValueGroups.many(summary(31, x -> x)));
        JFreeChart line = SweepPlots.chart(summary(30, x -> x), "t", 2016);
        JFreeChart dots = SweepPlots.chart(summary(31, x -> x), "t", 2016);
        assertInstanceOf(SweepPlots.DesignAxis.class, ((XYPlot) line.getPlot()).getDomainAxis(), "a tick at each value");
        XYPlot p = (XYPlot) dots.getPlot();
        assertFalse(p.getDomainAxis() instanceof SweepPlots.DesignAxis, "round-number ticks");
        assertEquals(31, p.getDataset(0).getItemCount(0), "a dot a value");
        assertEquals(6, p.getDataset(1).getItemCount(0), "a point a group");
    }

    @Test
    void theDesignTableListsAShortPathWhole() {
        VarySpec few = VarySpec.parse("parameters.trustDecay=0.1,0.2,0.3");
        assertEquals("0.1, 0.2, 0.3", SweepReport.valuesInWords(few));
        VarySpec range = VarySpec.parse("parameters.trustDecay=0.02:0.0001:0.2");
        assertEquals("0.02 to 0.2 in steps of 0.0001 (1801 values)", SweepReport.valuesInWords(range));
        String[] many = new String[20];
        Arrays.setAll(many, i -> Integer.toString(i + 1));
        assertEquals("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ..., 20 (20 values)",
                SweepReport.valuesInWords(VarySpec.parse("parameters.trustDecay=" + String.join(",", many))));
    }
}
