package org.scosim.experiment;

import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class PairedStatsTest {

    @Test
    void exactWilcoxonEqualsCommonsMathEnumeration() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int n = 1; n <= 14; n++) {
            for (int rep = 0; rep < 5; rep++) {
                double[] x = new double[n], y = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = rnd.nextGaussian() + 0.3 * rep;
                    y[i] = rnd.nextGaussian();
                }
                double[] d = new double[n];
                for (int i = 0; i < n; i++) d[i] = x[i] - y[i];
                double commons = Math.min(1, new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, true));
                assertEquals(commons, PairedStats.wilcoxon(d), 1e-12, "n=" + n);
            }
        }
    }

    @Test
    void identicalRunsGiveOneAndZeroNotNaN() {
        double[] a = {3, 5, 5, 8, 13};
        PairedStats.Result r = PairedStats.compare(a, a.clone());
        assertEquals(5, r.n());
        assertEquals(0, r.diff());
        assertEquals(0, r.ciLow());
        assertEquals(0, r.ciHigh());
        assertEquals(1, r.tP());
        assertEquals(1, r.wilcoxonP());
        assertEquals(0, r.cohensDz());
        assertEquals(0, r.relDiff());
    }

    @Test
    void aConstantShiftIsCertainAndHasNoFiniteEffectSize() {
        double[] b = {1, 2, 3, 4, 5, 6};
        double[] x = {3, 4, 5, 6, 7, 8};
        PairedStats.Result r = PairedStats.compare(x, b);
        assertEquals(2, r.diff(), 1e-12);
        assertEquals(0, r.tP());
        assertTrue(Double.isInfinite(r.cohensDz()));
        assertEquals(2 / 64.0, r.wilcoxonP(), 1e-12);   // all six ranks positive: 2 / 2^6
    }

    @Test
    void ordinaryCaseMatchesCommonsMathAndTheTextbook() {
        double[] x = {12.1, 14.3, 11.0, 15.2, 13.3, 12.8, 14.0, 13.9};
        double[] b = {11.0, 13.9, 11.5, 13.1, 12.2, 12.0, 12.9, 13.0};
        PairedStats.Result r = PairedStats.compare(x, b);
        assertEquals(new TTest().pairedTTest(x, b), r.tP(), 1e-12);
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) d[i] = x[i] - b[i];
        double mean = PairedStats.mean(d), sd = PairedStats.sd(d, mean);
        assertEquals(mean, r.diff(), 1e-12);
        assertEquals(mean / sd, r.cohensDz(), 1e-12);
        assertTrue(r.ciLow() < mean && mean < r.ciHigh());
        assertEquals(mean / PairedStats.mean(b), r.relDiff(), 1e-12);
    }

    @Test
    void zeroDifferencesAreDroppedAndLargeSamplesUseTheNormalApproximation() {
        // 40 positive differences and 10 zeros: 40 > 30 pairs left, normal approximation, tiny p
        double[] d = new double[50];
        for (int i = 0; i < 40; i++) d[i] = 1 + i;
        double p = PairedStats.wilcoxon(d);
        assertTrue(p < 1e-6, "p=" + p);
        // exact path with 30 non-zero differences is fast (a dynamic program, not 2^30 subsets)
        double[] e = new double[30];
        for (int i = 0; i < 30; i++) e[i] = (i % 2 == 0 ? 1 : -1) * (i + 1);
        long t0 = System.nanoTime();
        double q = PairedStats.wilcoxon(e);
        assertTrue((System.nanoTime() - t0) < 1e9);
        assertTrue(q > 0.5 && q <= 1, "q=" + q);
    }

    @Test
    void missingValuesAreLeftOutPairwise() {
        PairedStats.Result r = PairedStats.compare(new double[] {1, Double.NaN, 3}, new double[] {1, 2, Double.NaN});
        assertEquals(1, r.n());
        assertTrue(Double.isNaN(r.tP()));
    }
}
