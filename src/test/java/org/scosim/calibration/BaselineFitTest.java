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
 * arithmetic mean of 10 replications from the baseline's seed. As calibrated it gives log-RMSE 0.283 over the 55 rows,
 * partner biases within +/-0.16, and China-Russia 2008 at 1.20 x Table 1's 56.8. The bounds are the standard the model
 * is held to (log-RMSE at most 0.30, every partner within a factor 1.3, China-Russia 2008 within 25%): a change that
 * pushes any of them past it fails here and calls for a new calibration.
 */
class BaselineFitTest {
    static final double AIM_RMSE = 0.30, MAX_BIAS = 0.262, RUS_2008_RATIO = 1.25;

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
            assertTrue(m.logRmse() <= AIM_RMSE, "log-RMSE against Table 1 rose to " + m.logRmse() + " (calibrated: 0.283)");
            for (String p : TargetData.partners(obs)) {
                Metrics mp = Metrics.of(pts.stream().filter(x -> x.partner().equals(p)).toList());
                assertTrue(Math.abs(mp.bias()) <= MAX_BIAS, p + " log bias " + mp.bias());
            }
            double rus2008 = r.mean(r.partnerIndex("RUS"), 2008 - r.startYear());
            assertTrue(Math.abs(rus2008 / 56.831 - 1) <= RUS_2008_RATIO - 1, "China-Russia 2008: " + rus2008 + " against 56.8");
        }
    }
}
