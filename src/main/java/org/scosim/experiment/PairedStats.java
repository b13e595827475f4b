package org.scosim.experiment;

import org.scosim.output.Confidence;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * Paired comparison of two scenarios run with common random numbers: replication r of both used the same seed, so
 * {@code d_r = x_r - baseline_r} isolates the effect of the scenario. Gives the mean difference with its 95%
 * t-interval, the paired t-test (Commons Math {@link TTest#pairedTTest}), the Wilcoxon signed-rank test and Cohen's
 * d_z = mean(d) / sd(d).
 *
 * <p>Degenerate cases never give NaN where an answer exists: when every difference is zero (identical runs) the
 * p-values are 1 and d_z is 0; when the differences are all equal but not zero, the t-test's p is 0 and d_z infinite
 * (written "NA"). Fewer than two pairs give NaN statistics (written "NA").
 *
 * <p>Wilcoxon: zero differences are dropped (Wilcoxon's convention; Commons Math would count them as negative ranks).
 * For at most {@value #EXACT_MAX} remaining pairs the exact p-value is computed by counting rank-sum subsets with a
 * dynamic program - the same distribution Commons Math enumerates in O(n 2^n), which would take minutes at n = 30;
 * above that Commons Math's normal approximation is used.
 */
public final class PairedStats {
    public static final int EXACT_MAX = 30;

    private PairedStats() {
    }

    /** Statistics of one comparison; NaN where undefined. */
    public record Result(int n, double mean, double baselineMean, double diff, double ciLow, double ciHigh,
                         double tP, double wilcoxonP, double cohensDz) {
        /** Relative difference: diff / baseline mean; NaN when the baseline mean is 0. */
        public double relDiff() { return baselineMean == 0 ? Double.NaN : diff / baselineMean; }
    }

    /**
     * Compares {@code x} with {@code baseline}, pair by pair; pairs where either value is NaN are left out.
     */
    public static Result compare(double[] x, double[] baseline) {
        if (x.length != baseline.length) throw new IllegalArgumentException("unpaired samples");
        int n = 0;
        for (int i = 0; i < x.length; i++) if (!Double.isNaN(x[i]) && !Double.isNaN(baseline[i])) n++;
        double[] a = new double[n], b = new double[n], d = new double[n];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(baseline[i])) continue;
            a[k] = x[i];
            b[k] = baseline[i];
            d[k] = x[i] - baseline[i];
            k++;
        }
        double ma = mean(a), mb = mean(b), md = mean(d);
        if (n < 2) return new Result(n, ma, mb, md, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double sd = sd(d, md);
        boolean allZero = true;
        for (double v : d) allZero &= v == 0;
        double low, high, tP, dz;
        if (allZero) {
            low = high = 0;
            tP = 1;
            dz = 0;
        } else if (sd == 0 || sd <= 1e-14 * Math.abs(md)) {
            low = high = md;
            tP = 0;
            dz = Math.copySign(Double.POSITIVE_INFINITY, md);
        } else {
            double half = Confidence.halfWidth95(n, sd);
            low = md - half;
            high = md + half;
            tP = new TTest().pairedTTest(a, b);
            dz = md / sd;
        }
        return new Result(n, ma, mb, md, low, high, tP, wilcoxon(d), dz);
    }

    /** Two-sided Wilcoxon signed-rank p-value of differences {@code d} (zeros dropped); 1 when all are zero. */
    public static double wilcoxon(double[] d) {
        int m = 0;
        for (double v : d) if (v != 0 && !Double.isNaN(v)) m++;
        if (m == 0) return 1;
        double[] nz = new double[m];
        for (int i = 0, k = 0; i < d.length; i++) if (d[i] != 0 && !Double.isNaN(d[i])) nz[k++] = d[i];
        double[] zeros = new double[m];
        if (m > EXACT_MAX) {
            return Math.min(1, new WilcoxonSignedRankTest().wilcoxonSignedRankTest(nz, zeros, false));
        }
        // W+ with average ranks for ties, as Commons Math computes it.
        double[] abs = new double[m];
        for (int i = 0; i < m; i++) abs[i] = Math.abs(nz[i]);
        double[] ranks = new org.apache.commons.math3.stat.ranking.NaturalRanking().rank(abs);
        double wPlus = 0;
        for (int i = 0; i < m; i++) if (nz[i] > 0) wPlus += ranks[i];
        double wMinus = m * (m + 1) / 2.0 - wPlus;
        return exactP(Math.max(wPlus, wMinus), m);
    }

    /**
     * Exact two-sided p-value for the larger rank sum {@code wMax} of {@code n} pairs: 2 P(W >= wMax) under the null,
     * with W the sum of a uniformly random subset of {1..n}; capped at 1.
     */
    static double exactP(double wMax, int n) {
        int total = n * (n + 1) / 2;
        double[] count = new double[total + 1];   // counts up to 2^30 are exact in a double
        count[0] = 1;
        for (int j = 1; j <= n; j++) {
            for (int s = total; s >= j; s--) count[s] += count[s - j];
        }
        double larger = 0;
        for (int s = 0; s <= total; s++) if (s >= wMax) larger += count[s];
        return Math.min(1, 2 * larger / Math.pow(2, n));
    }

    static double mean(double[] v) {
        if (v.length == 0) return Double.NaN;
        double m = 0;
        for (int i = 0; i < v.length; i++) m += (v[i] - m) / (i + 1);
        return m;
    }

    static double sd(double[] v, double mean) {
        double s = 0;
        for (double x : v) s += (x - mean) * (x - mean);
        return Math.sqrt(s / (v.length - 1));
    }
}
