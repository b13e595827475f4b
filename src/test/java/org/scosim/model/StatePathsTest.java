package org.scosim.model;

import org.junit.jupiter.api.Test;
import org.scosim.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exogenous paths a basis computes once, against hand-worked values of the small fixture (1996-2010). */
class StatePathsTest {
    private static final double REL = 1e-12;

    @Test
    void gdpIsLogLinearBetweenTheDataAndGrowsAtTheProjectionRateAfter() {
        Scenario sc = Fixtures.small();
        StatePaths p = new StatePaths(sc);
        double g = sc.parameters().projectionGrowth();
        // CHN: 864 in 1996, 4594 in 2008
        assertEquals(864, p.trendGdp(0, 1996), 864 * REL);
        assertEquals(Math.sqrt(864 * 4594.0), p.trendGdp(0, 2002), 2000 * REL);
        assertEquals(864 * Math.pow(4594 / 864.0, 3 / 12.0), p.trendGdp(0, 1999), 2000 * REL);
        assertEquals(4594 * Math.pow(1 + g, 2), p.trendGdp(0, 2010), 5000 * REL);
        // outside the run (a view stepping on): computed as it comes, on the same path
        assertEquals(4594 * Math.pow(1 + g, 3), p.trendGdp(0, 2011), 5000 * REL);
        assertEquals(864 * Math.pow(4594 / 864.0, -1 / 12.0), p.trendGdp(0, 1995), 1000 * REL);
    }

    @Test
    void onlyTheDataYearsAreObserved() {
        StatePaths p = new StatePaths(Fixtures.small());
        for (int i = 0; i < 5; i++) {
            for (int year = 1995; year <= 2011; year++) {
                assertEquals(year == 1996 || year == 2008, p.gdpObserved(i, year), "state " + i + " in " + year);
            }
        }
        assertTrue(p.gdpObserved(2, 2008));
        assertFalse(p.gdpObserved(2, 2009));
    }

    @Test
    void aSingleAnchorHoldsForEveryYear() {
        StatePaths p = new StatePaths(Fixtures.small());
        for (int year = 1995; year <= 2011; year++) {
            assertEquals(1e7, p.population(3, year), 1e7 * REL);
            assertEquals(2.0, p.milexPct(3, year), 0.0);
        }
    }

    @Test
    void aReplicationsStatesCarryThePaths() {
        Scenario sc = Fixtures.small(new org.scosim.decision.DecisionRule.Unanimity(), java.util.List.of());
        ScoModel m = new ScoModel(sc, 3);
        m.start();
        m.schedule.step(m); // 1996: observed, no shocks
        assertEquals(864, m.state(0).gdp(), 864 * REL);
        assertEquals(1e7, m.state(0).population(), 1e7 * REL);
        assertEquals(864 * 2.0 / 100, m.state(0).milexBn(), 1e-9);
    }
}
