package org.scosim.output;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ConfidenceTest {
    /** t quantile 0.975 with 4 degrees of freedom, from printed tables (e.g. NIST/SEMATECH handbook, Table 1.3.6.7.2). */
    static final double T4 = 2.776;

    @Test
    void aCountNeverGetsANegativeLowerBound() {
        // {0, 0, 0, 0, 1}: mean 0.2, sd sqrt(0.8 / 4) = 0.4472, half-width 2.776 * 0.4472 / sqrt(5) = 0.5553.
        double sd = Math.sqrt(0.2);
        Confidence.Interval ci = Confidence.mean95(5, 0.2, sd, Measure.Range.NON_NEGATIVE);
        assertEquals(0, ci.low(), 0, "t-interval -0.355 cut at 0");
        assertEquals(0.2 + T4 * 0.2, ci.high(), 1e-3);
        Confidence.Interval free = Confidence.mean95(5, 0.2, sd, Measure.Range.ANY);
        assertEquals(0.2 - T4 * 0.2, free.low(), 1e-3, "an unbounded measure keeps the t-interval");
    }

    @Test
    void aShareNeverExceedsOne() {
        // {1, 1, 1, 1, 0.5}: mean 0.9, sd sqrt(0.2 / 4) = 0.2236, half-width 2.776 * 0.2236 / sqrt(5) = 0.2776.
        Confidence.Interval ci = Confidence.mean95(5, 0.9, Math.sqrt(0.05), Measure.Range.SHARE);
        assertEquals(0.9 - T4 * 0.1, ci.low(), 1e-3);
        assertEquals(1, ci.high(), 0, "t-interval 1.178 cut at 1");
    }

    @Test
    void aBoundedMeasureInsideItsRangeKeepsTheTInterval() {
        // {2, 4, 6}: mean 4, sd 2, t(2) = 4.303, half-width 4.303 * 2 / sqrt(3) = 4.969: low -0.969 -> 0.
        Confidence.Interval ci = Confidence.mean95(3, 4, 2, Measure.Range.NON_NEGATIVE);
        assertEquals(0, ci.low(), 0);
        assertEquals(4 + 4.303 * 2 / Math.sqrt(3), ci.high(), 1e-3);
        Confidence.Interval wide = Confidence.mean95(30, 10, 1, Measure.Range.NON_NEGATIVE);
        assertEquals(10 - 2.045 * 1 / Math.sqrt(30), wide.low(), 1e-3, "far from 0: unchanged (t(29) = 2.045)");
    }

    @Test
    void oneValueHasNoInterval() {
        Confidence.Interval ci = Confidence.mean95(1, 3, Double.NaN, Measure.Range.NON_NEGATIVE);
        assertTrue(Double.isNaN(ci.low()) && Double.isNaN(ci.high()));
    }

    @Test
    void everyStandardMeasureDeclaresABound() {
        for (Measure m : Measures.STANDARD) {
            assertEquals(0, m.range().min(), m.name() + ": counts, amounts and shares are never negative");
            if (m.unit().contains("(0-1)")) assertEquals(1, m.range().max(), m.name());
        }
    }

    @Test
    void fewReplicationsAreFlagged() {
        assertEquals(5, Confidence.MIN_RELIABLE_N);
        assertTrue(Confidence.fewReplicationsWarning(1).startsWith("Only 1 replication: "));
        assertTrue(Confidence.fewReplicationsWarning(3).contains("unreliable"));
    }
}
