package org.scosim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The comparisons give what Math.max(0, Math.min(1, v)) gives, bit for bit: outputs must not move by a bit. */
class ClampTest {
    private static void same(double v) {
        assertEquals(Double.doubleToLongBits(Math.max(0.0, Math.min(1.0, v))), Double.doubleToLongBits(Clamp.unit(v)),
                () -> "clamp of " + v);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.0, 0.0, 1.0, -1.0, 2.0, 0.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, 0.9999999999999999, 1.0000000000000002, Double.MAX_VALUE, -Double.MAX_VALUE})
    void edges(double v) {
        same(v);
    }

    @Test
    void signOfZeroAndNaN() {
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Clamp.unit(-0.0)));   // not -0.0
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Clamp.unit(-3.0)));
        assertEquals(0.25, Clamp.unit(0.25));
        assertEquals(1.0, Clamp.unit(7.0));
        assertEquals(true, Double.isNaN(Clamp.unit(Double.NaN)));
    }

    @Test
    void randomBitPatternsAndValuesNearTheBounds() {
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < 1_000_000; k++) {
            same(Double.longBitsToDouble(r.nextLong()));
            same(r.nextDouble(-0.5, 1.5));
            same(r.nextDouble(-1e-300, 1e-300));
        }
    }
}
