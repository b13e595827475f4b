package org.scosim.calibration;

import org.junit.jupiter.api.Test;
import org.scosim.io.ScenarioReader;
import org.scosim.scenario.Scenario;

import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the shipped baseline's fit to Table 1 from silently getting worse. With the baseline's seed and 8
 * replications the calibrated parameters give log-RMSE 0.387 over the 55 rows (0.381 with 20); a model or scenario
 * change that pushes it above 0.387 + 0.03 fails here, and calls for a new calibration (docs/calibration.md).
 */
class BaselineFitTest {
    static final double ACHIEVED = 0.387, TOLERANCE = 0.03;

    @Test
    void shippedBaselineFitsTable1AsCalibrated() throws Exception {
        Scenario sc = ScenarioReader.read(Paths.get("scenarios/sco-baseline.yaml")).scenario();
        List<TargetData.Observation> obs = TargetData.read(Paths.get("scenarios/data/table1-china-trade-1996-2008.csv"));
        assertTrue(obs.size() == 55, "Table 1 rows: " + obs.size());
        try (TradeSimulator sim = new TradeSimulator(sc, TargetData.partners(obs), 2008, sc.seed(), 8, 2)) {
            Metrics m = Metrics.of(Objective.points(sim.simulate(sc.parameters()), obs, YearRange.ALL));
            assertTrue(m.n() == 55);
            assertTrue(m.logRmse() <= ACHIEVED + TOLERANCE,
                    "log-RMSE against Table 1 rose to " + m.logRmse() + " (calibrated: " + ACHIEVED + ")");
        }
    }
}
