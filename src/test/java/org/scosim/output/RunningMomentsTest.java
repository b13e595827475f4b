package org.scosim.output;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streaming moments against the two-pass textbook formulas, and the missing-value rules. */
class RunningMomentsTest {

    @Test
    void meanAndVarianceMatchTheTwoPassFormulas() {
        SplittableRandom rnd = new SplittableRandom(3);
        int cells = 4, n = 1000;
        double[][] x = new double[cells][n];
        RunningMoments m = new RunningMoments(cells);
        for (int i = 0; i < n; i++) {
            double[] row = new double[cells];
            for (int k = 0; k < cells; k++) row[k] = x[k][i] = 1e6 + rnd.nextGaussian() * (k + 1); // far from 0: cancellation
            m.addAll(row);
        }
        for (int k = 0; k < cells; k++) {
            double mean = 0;
            for (double v : x[k]) mean += v;
            mean /= n;
            double ss = 0;
            for (double v : x[k]) ss += (v - mean) * (v - mean);
            assertEquals(n, m.n(k));
            assertEquals(mean, m.mean(k), 1e-8);
            assertEquals(ss / (n - 1), m.variance(k), 1e-9 * (k + 1) * (k + 1));
        }
    }

    @Test
    void handWorkedCaseAndMissingValues() {
        RunningMoments m = new RunningMoments(3);
        for (double v : new double[]{2, Double.NaN, 4, 9}) m.add(0, v); // mean 5, deviations -3 -1 4: ss 26, var 13
        m.add(1, 7);
        assertEquals(3, m.n(0));
        assertEquals(5, m.mean(0), 1e-15);
        assertEquals(13, m.variance(0), 1e-12);
        assertEquals(Math.sqrt(13), m.sd(0), 1e-12);
        assertEquals(7, m.mean(1));
        assertTrue(Double.isNaN(m.variance(1)), "one value: no variance");
        assertTrue(Double.isNaN(m.interval95(1, Measure.Range.ANY).low()));
        assertEquals(0, m.n(2));
        assertTrue(Double.isNaN(m.mean(2)), "no value: no mean");
        // t(0.975, 2) = 4.302653: 5 +- 4.302653 * sqrt(13 / 3)
        Confidence.Interval ci = m.interval95(0, Measure.Range.ANY);
        assertEquals(5 - 4.302653 * Math.sqrt(13 / 3.0), ci.low(), 1e-5);
        assertEquals(5 + 4.302653 * Math.sqrt(13 / 3.0), ci.high(), 1e-5);
    }
}
