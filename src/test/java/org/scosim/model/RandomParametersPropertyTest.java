package org.scosim.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scosim.calibration.ParameterAccess;
import org.scosim.io.ScenarioReader;
import org.scosim.scenario.ParameterCatalog;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.Scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: over random admissible parameters (every real-valued parameter drawn uniformly in its declared range;
 * ratios and open-ended ranges on a log scale), the baseline runs to its end with trust in [0, 1], trade and GDP finite
 * and non-negative, exposure in [0, 1], implemented shares in [0, 1] and no NaN in any state variable.
 */
class RandomParametersPropertyTest {
    static Parameters draw(Random r) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (ParameterCatalog.Spec s : ParameterCatalog.ALL) {
            if (s.integer()) continue;
            double lo = s.min(), hi = s.max();
            double x = hi / Math.max(lo, 1e-9) > 1e3 && lo > 0
                    ? Math.exp(Math.log(lo) + r.nextDouble() * (Math.log(hi) - Math.log(lo)))
                    : lo + r.nextDouble() * (hi - lo);
            v.put(s.name(), x);
        }
        return ParameterAccess.with(Parameters.DEFAULTS, v);
    }

    @ParameterizedTest(name = "draw {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void invariantsHoldOverRandomAdmissibleParameters(long seed) throws Exception {
        Scenario base = ScenarioReader.read(Path.of("scenarios/sco-baseline.yaml")).scenario();
        Parameters p = draw(new Random(seed));
        Scenario sc = base.withParameters(p, base.endYear());
        ScoModel m = new ScoModel(sc, seed);
        int[] years = new int[1];
        m.setObserver(model -> {
            Invariants.check(model);
            for (MemberState st : model.states()) {
                assertTrue(Double.isFinite(st.gdp()) && st.gdp() > 0, st.iso3() + " GDP " + st.gdp() + " with " + p);
                assertTrue(Double.isFinite(st.securityCooperation()) && st.securityCooperation() >= 0 && st.securityCooperation() <= 1);
            }
            for (Agreement a : model.agreements()) assertTrue(a.implemented() >= 0 && a.implemented() <= 1 + 1e-12, a.id());
            years[0]++;
        });
        m.runToEnd();
        assertTrue(years[0] == sc.years());
    }
}
