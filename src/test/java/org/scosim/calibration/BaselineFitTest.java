package org.scosim.calibration;

import org.junit.jupiter.api.Test;
import org.scosim.io.ScenarioReader;
import org.scosim.scenario.Scenario;

import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the shipped baseline's fit to Table 1 from silently getting worse, scored as a reader of trade.csv would: the
 * arithmetic mean of 10 replications from the baseline's seed. As calibrated it gives log-RMSE 0.310 over the 55 rows,
 * partner biases within +/-0.18, and China-Russia 2008 at 1.29 x Table 1's 56.8 (the aim is 1.25; docs/calibration.md
 * says why it is missed). A change that pushes any of these past its tolerance fails here and calls for a new
 * calibration.
 */
class BaselineFitTest {
    static final double ACHIEVED = 0.310, TOLERANCE = 0.02, MAX_BIAS = 0.26, RUS_2008_RATIO = 1.36;

    @Test
    void shippedBaselineFitsTable1AsCalibrated() throws Exception {
        Scenario sc = ScenarioReader.read(Paths.get("scenarios/sco-baseline.yaml")).scenario();
        List<TargetData.Observation> obs = TargetData.read(Paths.get("scenarios/data/table1-china-trade-1996-2008.csv"));
        assertEquals(55, obs.size(), "Table 1 rows");
        try (TradeSimulator sim = new TradeSimulator(sc, TargetData.partners(obs), 2008, sc.seed(), 10, 2)) {
            TradeSimulator.Result r = sim.simulate(sc.parameters());
            List<Metrics.Point> pts = Objective.points(r, obs, YearRange.ALL);
            Metrics m = Metrics.of(pts);
            assertEquals(55, m.n());
            assertTrue(m.logRmse() <= ACHIEVED + TOLERANCE, "log-RMSE against Table 1 rose to " + m.logRmse() + " (calibrated: " + ACHIEVED + ")");
            for (String p : TargetData.partners(obs)) {
                Metrics mp = Metrics.of(pts.stream().filter(x -> x.partner().equals(p)).toList());
                assertTrue(Math.abs(mp.bias()) <= MAX_BIAS, p + " log bias " + mp.bias());
            }
            double rus2008 = r.mean(r.partnerIndex("RUS"), 2008 - r.startYear());
            assertTrue(rus2008 / 56.831 <= RUS_2008_RATIO, "China-Russia 2008: " + rus2008 + " against 56.8");
        }
    }
}
