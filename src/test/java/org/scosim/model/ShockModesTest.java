package org.scosim.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scosim.decision.DecisionRule;
import org.scosim.scenario.EconomySpec;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.Series;
import org.scosim.scenario.Shock;
import org.scosim.scenario.ShockMode;
import org.scosim.scenario.StateSpec;
import org.scosim.scenario.Status;
import org.scosim.scenario.Targets;
import org.scosim.scenario.TrustSpec;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Shocks on observed GDP, hand-worked: a state's observed GDP grows exactly 10% a year from 100 in 1996 and falls 20%
 * below that path in 2005 (a crisis in the data). Removing the crisis (pre-shock trend of 2000-2004, i.e. the 10% path)
 * restores 100 x 1.1^9 in 2005 and, with recovery 0.5, half the log gap in 2006; "observed" leaves the data; "add"
 * deepens it by the magnitude.
 */
class ShockModesTest {
    static final int[] YEARS = {1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007};

    static double path(int year) { return 100 * Math.pow(1.1, year - 1996); }

    static double observed(int year) {
        double dip = year == 2005 ? 0.8 : year == 2006 ? 0.9 : 1.0;
        return path(year) * dip;
    }

    static Scenario scenario(Shock shock) {
        double[] v = new double[YEARS.length];
        for (int k = 0; k < YEARS.length; k++) v[k] = observed(YEARS[k]);
        Series gdp = new Series(YEARS, v);
        Series none = new Series(new int[0], new double[0]);
        List<StateSpec> states = List.of(
                new StateSpec("AAA", "A", 40, 70, Status.MEMBER, gdp, none, none, false, 0.5, 0.5, 0.5, List.of()),
                new StateSpec("BBB", "B", 45, 75, Status.MEMBER, gdp, none, none, false, 0.5, 0.5, 0.5, List.of()));
        return new Scenario("modes", "modes", 1996, 2007, 1, 1, new DecisionRule.Unanimity(), states, List.of(),
                new TrustSpec(0.4, List.of()), List.of(), List.of(), List.of(), List.of(shock), Parameters.DEFAULTS,
                EconomySpec.NONE, org.scosim.scenario.SummitSpec.DEFAULT);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            // mode, year, expected GDP of AAA
            "REMOVE, 2004, 214.358881",                      // before the shock: the data
            "REMOVE, 2005, 235.794769",                      // 100 x 1.1^9: the pre-shock trend
            "REMOVE, 2006, 246.064015",                      // data x (trend/data)^0.5 = 259.374246 x 0.9 x (1/0.9)^0.5
            "OBSERVED, 2005, 188.635815",                    // the data: 235.794769 x 0.8
            "ADD, 2005, 169.772234",                         // data x (1 - 0.1)
            "ADD, 2006, 221.764980",                         // data x (1 - 0.1 x 0.5)
    })
    void gdpUnderEachMode(ShockMode mode, int year, double expected) {
        Shock s = new Shock.GdpShock("crisis", new Targets(List.of("all")), 2005, 1, -0.1, 0.5, null, mode);
        double[] gdp = new double[1];
        ScoModel m = new ScoModel(scenario(s), 3);
        m.setObserver(model -> { if (model.year() == year) gdp[0] = model.state(0).gdp(); });
        m.runToEnd();
        assertEquals(expected, gdp[0], 1e-5);
    }

    @ParameterizedTest(name = "{0} switched off")
    @CsvSource({"ADD, 188.635815", "OBSERVED, 235.794769", "REMOVE, 188.635815"})
    void switchingAShockOffInTheGuiMeansNoShockOnTheData(ShockMode mode, double expected2005) {
        Shock s = new Shock.GdpShock("crisis", new Targets(List.of("all")), 2005, 1, -0.1, 0.5, null, mode);
        double[] gdp = new double[1];
        ScoModel m = new ScoModel(scenario(s), 3);
        m.setShockEnabled("crisis", false);
        m.setObserver(model -> { if (model.year() == 2005) gdp[0] = model.state(0).gdp(); });
        m.start();
        for (int k = 0; k < 12; k++) m.schedule.step(m);
        assertEquals(expected2005, gdp[0], 1e-5);
    }
}
