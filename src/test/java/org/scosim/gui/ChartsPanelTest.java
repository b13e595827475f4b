package org.scosim.gui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The charts' "One state" tab: the chosen state's own series, kept through a replay (which redraws from its year). */
class ChartsPanelTest {
    static double[][] year(double base) {
        // trade with members, trust in members (NaN: no other member yet), GDP; for states A and B
        return new double[][]{{base, 2 * base}, {0.5, Double.NaN}, {100 + base, 10 + base}};
    }

    @Test
    void theChosenStatesSeriesFollowItsOwnValues() {
        ChartsPanel c = new ChartsPanel(new String[]{"A (AAA)", "B (BBB)"});
        c.add(1996, 1, 0.4, 0, 0, year(1));
        c.add(1997, 1, 0.4, 0, 0, year(2));
        c.selectState(1);
        assertEquals(1, c.tabs.getSelectedIndex());
        var s = c.stateSeries();
        assertEquals(2, s[0].getItemCount());
        assertEquals(4.0, s[0].getY(1).doubleValue());      // B's trade in 1997: 2 x 2
        assertEquals(0, s[1].getItemCount());                // B has no trust in members: no points
        assertEquals(12.0, s[2].getY(1).doubleValue());
        c.selectState(0);
        assertEquals(0.5, s[1].getY(0).doubleValue());
        // replaying 1997 removes it and later years, then draws the new values
        c.add(1997, 1, 0.4, 0, 0, year(5));
        assertEquals(2, s[0].getItemCount());
        assertEquals(5.0, s[0].getY(1).doubleValue());
        c.clear();
        assertEquals(0, s[0].getItemCount());
    }
}
