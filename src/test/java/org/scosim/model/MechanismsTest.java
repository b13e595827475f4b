package org.scosim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scosim.calibration.ParameterAccess;
import org.scosim.scenario.Parameters;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trust and security against their formulas in docs/ODD.md 7.3 and 7.7, by hand. */
class MechanismsTest {
    static final Parameters P = ParameterAccess.with(Parameters.DEFAULTS,
            Map.of("exerciseRate", 0.5, "settlementHazard", 0.8, "securityCooperationEffect", 0.5));

    @ParameterizedTest(name = "trust {0} start {1} decay {2} events {3} noise {4}")
    @CsvSource({
            "0.5, 0.3, 0.15, 0, 0, 0.47",          // drifts 15% of the gap back toward its start
            "0.5, 0.3, 0.15, 0.1, 0, 0.57",
            "0.5, 0.3, 0, 0.03, -0.01, 0.52",
            "0.95, 0.3, 0, 0.2, 0, 1",            // clamped at 1
            "0.05, 0.3, 0, -0.3, 0, 0",           // clamped at 0
            "0.3, 0.3, 0.9, 0, 0, 0.3",           // at its start nothing changes
    })
    void trustUpdate(double t, double t0, double decay, double events, double noise, double expected) {
        assertEquals(expected, TrustPhase.next(t, t0, decay, events, noise), 1e-12);
    }

    @Test
    void trustDecayConvergesGeometricallyToItsStartingValue() {
        double t = 0.9, t0 = 0.3, decay = 0.15;
        for (int k = 1; k <= 40; k++) {
            t = TrustPhase.next(t, t0, decay, 0, 0);
            assertEquals(t0 + 0.6 * Math.pow(1 - decay, k), t, 1e-12, "year " + k);   // closed form
        }
        assertTrue(Math.abs(t - t0) < 1e-3);
    }

    @ParameterizedTest(name = "exposure {0} cooperation {2}")
    @CsvSource({"0.6, 0.5, 0, 0.6", "0.6, 0.5, 1, 0.3", "0.6, 0.5, 0.4, 0.48", "1.5, 0.5, 0, 1", "0.8, 1, 1, 0"})
    void threatNetOfCooperation(double exposure, double effect, double coop, double expected) {
        assertEquals(expected, SecurityPhase.threat(exposure, effect, coop), 1e-12);
    }

    @ParameterizedTest(name = "cooperation {0} trust {1}")
    @CsvSource({"1, 1, 0.5, 0.8", "0.4, 0.5, 0.1, 0.2", "0, 0.9, 0, 0.648"})
    void exerciseAndSettlementChances(double coop, double trust, double exercise, double settlement) {
        assertEquals(exercise, SecurityPhase.exerciseChance(P, coop, trust), 1e-12);
        assertEquals(settlement, SecurityPhase.settlementChance(P, trust), 1e-12);
    }
}
