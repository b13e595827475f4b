package org.scosim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scosim.calibration.ParameterAccess;
import org.scosim.scenario.Parameters;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trade equation's terms (docs/ODD.md 7.2) against values worked by hand. */
class GravityTest {
    static final Parameters P = ParameterAccess.with(ParameterAccess.with(Parameters.DEFAULTS, Map.of(
            "largerGdpElasticity", 0.5, "smallerGdpElasticity", 0.5)), Map.of("distanceElasticity", 1.0, "contiguityEffect", 0.5, "landlockedPenalty", 0.25,
            "integrationEffect", 2.0, "trustTradeEffect", 0.5, "borderTradeEffect", 0.4,
            "distantLandlockedExposure", 0.5, "fullExposureSizeRatio", 1000.0, "minExposureSizeRatio", 10.0));

    @ParameterizedTest(name = "G={0} Y={1}x{2} D={3} contig={4} landlocked={5}")
    @CsvSource({
            // g, yBig, ySmall, distance, contig, landlocked, expected = g sqrt(yBig ySmall) / D exp(0.5 contig - 0.25 L)
            "1, 100, 1, 2, false, 0, 5",
            "1, 100, 1, 2, true, 0, 8.243606354",       // 5 e^0.5
            "1, 100, 1, 2, true, 2, 5",                 // 5 e^(0.5 - 0.5)
            "2, 400, 4, 0.05, false, 1, 623.0406265",   // 2 x 40 / 0.1 (distance floor) x e^-0.25
    })
    void plainGravity(double g, double yBig, double ySmall, double d, boolean contig, int ll, double expected) {
        assertEquals(expected, Gravity.flow(P, g, yBig, ySmall, d, contig, ll), 1e-6);
    }

    @org.junit.jupiter.api.Test
    void theLargerAndTheSmallerEconomyHaveTheirOwnElasticity() {
        Parameters q = ParameterAccess.with(P, Map.of("largerGdpElasticity", 1.0, "smallerGdpElasticity", 0.5));
        // 1 x 100^1 x 4^0.5 / 2 = 100, by hand
        assertEquals(100, Gravity.flow(q, 1, 100, 4, 2, false, 0), 1e-9);
        // larger x3, smaller x4: 2 x 3^1 x 4^0.5 = 12
        assertEquals(12, Gravity.anchored(q, 2, 10, 1, 30, 4), 1e-12);
    }

    @ParameterizedTest(name = "anchor {0}: GDP x{3} and x{4}")
    @CsvSource({"2, 10, 1, 40, 4, 8", "2, 10, 1, 10, 1, 2", "1, 1, 1, 9, 1, 3"})
    void anchoredGrowthIsTheProductsGrowthToTheElasticity(double anchor, double b0, double s0, double b, double s, double expected) {
        assertEquals(expected, Gravity.anchored(P, anchor, b0, s0, b, s), 1e-12);
    }

    @ParameterizedTest(name = "landlocked={0} contiguous={1} ratio={2}")
    @CsvSource({
            // smaller landlocked, contiguous, size ratio, border exposure, integration exposure
            "false, true, 500, 0, 0",                  // sea coast: none
            "true, true, 10, 1, 0",                    // at the lower size ratio: no integration exposure
            "true, true, 100, 1, 0.5",                 // ln(10)/ln(100) = 0.5
            "true, true, 1000, 1, 1",
            "true, true, 5000, 1, 1",                  // capped at 1
            "true, false, 100, 0.5, 0.25",             // no common border: half
    })
    void exposures(boolean landlocked, boolean contiguous, double ratio, double border, double integration) {
        double b = Gravity.borderExposure(P, landlocked, contiguous);
        assertEquals(border, b, 1e-12);
        assertEquals(integration, Gravity.integrationExposure(P, b, ratio), 1e-12);
    }

    @ParameterizedTest(name = "I={1} trust gain={2} ramp={4}")
    @CsvSource({
            // integration exposure, I, trust gain, border exposure, ramp, expected log terms
            "1, 0, 0, 1, 0, 0",
            "1, 0.6931471806, 0, 0, 0, 1",             // 2 x (1 - 1/2)
            "0.5, 100, 0, 0, 0, 1",                    // bounded: at most integrationEffect x exposure
            "0, 5, 0.2, 0, 0, 0.1",                    // trust only: 0.5 x 0.2
            "0, 0, 0, 1, 0.5, 0.2",                    // border: 0.4 x 0.5
            "1, -3, 0, 0, 0, 0",                       // a negative stock counts as none
    })
    void scoTerms(double xi, double stock, double trustGain, double xb, double ramp, double expected) {
        assertEquals(expected, Gravity.scoTerms(P, xi, stock, trustGain, xb, ramp), 1e-9);
    }

    @ParameterizedTest(name = "reached({0})")
    @ValueSource(doubles = {0.0, -0.0, -3, 1e-300, 1e-9, 0.25, 1, 7.5, 40, 800})
    void theShareReachedIsOneMinusTheExponentialWithoutAStockBelowZero(double stock) {
        // bit for bit the formula it shortens: 1 - exp(-max(0, I))
        double formula = 1 - Math.exp(-Math.max(0, stock));
        assertEquals(Double.doubleToRawLongBits(formula), Double.doubleToRawLongBits(Gravity.reached(stock)));
    }

    @Test
    void aMissingStockStaysMissing() {
        assertTrue(Double.isNaN(Gravity.reached(Double.NaN)));
    }

    @ParameterizedTest(name = "{0} years after, ramp {1}")
    @CsvSource({"0, 2, 0", "1, 2, 0.5", "2, 2, 1", "7, 2, 1", "-3, 2, 0", "1, 1, 1"})
    void borderRamp(int years, int ramp, double expected) {
        assertEquals(expected, Gravity.borderRamp(years, ramp), 1e-12);
    }
}
