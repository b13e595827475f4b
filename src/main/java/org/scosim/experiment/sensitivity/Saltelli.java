package org.scosim.experiment.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Sobol first-order and total indices on the unit cube by Saltelli sampling.
 *
 * <p>Design: N points of a Sobol sequence in 2k dimensions (Commons Math {@link SobolSequenceGenerator}, Joe and Kuo
 * direction numbers; the all-zero first point skipped) give two matrices A (first k columns) and B (last k). Row j
 * contributes k+2 design points in this order: A_j, AB_j^1 ... AB_j^k (A_j with factor i taken from B_j), B_j; so N(k+2)
 * model evaluations, and the first N/2 rows are a complete design of their own (used for the convergence check).
 *
 * <p>Estimators (V: variance of all f(A) and f(B)): first order S_i = mean(f(B)(f(AB^i) - f(A))) / V (Saltelli et al.
 * 2010, "Variance based sensitivity analysis of model output", Comput. Phys. Commun. 181, table 2 (b)); total
 * ST_i = mean((f(A) - f(AB^i))^2) / (2V) (Jansen 1999, same table (f)). Confidence intervals: percentile bootstrap over
 * the rows, from a seeded generator. The outputs are centred on their mean before the first-order sum: that leaves its
 * expectation unchanged (E[f(AB^i) - f(A)] = 0) and removes the variance a large mean adds when the spread is small
 * against it, as for counts of agreements (Sobol' 2001, Math. Comput. Simul. 55, recommends subtracting f0).
 */
public final class Saltelli {
    public static final int DEFAULT_BOOTSTRAP = 1000;
    /** Two-sided level of the bootstrap intervals. */
    public static final double LEVEL = 0.95;

    private Saltelli() {
    }

    /** Indices of every factor with their bootstrap intervals; NaN where the output has no variance. */
    public record Indices(double[] s1, double[] s1Low, double[] s1High, double[] st, double[] stLow, double[] stHigh,
                          int rows) {
    }

    /** The N(k+2) design points, unit scale, in the order described above. */
    public static double[][] design(int k, int n) {
        if (k < 1) throw new IllegalArgumentException("Sobol needs at least one factor");
        if (n < 2) throw new IllegalArgumentException("Sobol needs at least 2 samples, got " + n);
        if (2 * k > 1000) throw new IllegalArgumentException("Sobol sampling supports at most 500 factors, got " + k);
        SobolSequenceGenerator g = new SobolSequenceGenerator(2 * k);
        g.skipTo(1);
        double[][] out = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] v = g.nextVector();
            double[] a = Arrays.copyOfRange(v, 0, k), b = Arrays.copyOfRange(v, k, 2 * k);
            int base = j * (k + 2);
            out[base] = a;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                out[base + 1 + i] = ab;
            }
            out[base + k + 1] = b;
        }
        return out;
    }

    /**
     * The indices from the outputs {@code y} at the design points of {@link #design}, using the first {@code rows}
     * rows; a row with a NaN output is left out. {@code bootstrap} resamples drawn with {@code seed}.
     */
    public static Indices indices(double[] y, int k, int rows, int bootstrap, long seed) {
        List<Integer> valid = new ArrayList<>();
        for (int j = 0; j < rows; j++) {
            boolean ok = true;
            for (int m = 0; m < k + 2; m++) ok &= !Double.isNaN(y[j * (k + 2) + m]);
            if (ok) valid.add(j);
        }
        int n = valid.size();
        int[] all = valid.stream().mapToInt(Integer::intValue).toArray();
        double[] s1 = new double[k], st = new double[k];
        estimate(y, k, all, s1, st);
        double[][] bs1 = new double[k][bootstrap], bst = new double[k][bootstrap];
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] pick = new int[n];
        double[] a = new double[k], b = new double[k];
        for (int s = 0; s < bootstrap && n > 0; s++) {
            for (int j = 0; j < n; j++) pick[j] = all[rnd.nextInt(n)];
            estimate(y, k, pick, a, b);
            for (int i = 0; i < k; i++) {
                bs1[i][s] = a[i];
                bst[i][s] = b[i];
            }
        }
        double[] s1Lo = new double[k], s1Hi = new double[k], stLo = new double[k], stHi = new double[k];
        for (int i = 0; i < k; i++) {
            s1Lo[i] = quantile(bs1[i], (1 - LEVEL) / 2);
            s1Hi[i] = quantile(bs1[i], (1 + LEVEL) / 2);
            stLo[i] = quantile(bst[i], (1 - LEVEL) / 2);
            stHi[i] = quantile(bst[i], (1 + LEVEL) / 2);
        }
        return new Indices(s1, s1Lo, s1Hi, st, stLo, stHi, n);
    }

    private static void estimate(double[] y, int k, int[] rows, double[] s1, double[] st) {
        int n = rows.length;
        double mean = 0;
        for (int j : rows) mean += y[j * (k + 2)] + y[j * (k + 2) + k + 1];
        mean /= 2.0 * n;
        double var = 0;
        for (int j : rows) {
            double da = y[j * (k + 2)] - mean, db = y[j * (k + 2) + k + 1] - mean;
            var += da * da + db * db;
        }
        var /= 2.0 * n;
        for (int i = 0; i < k; i++) {
            double first = 0, total = 0;
            for (int j : rows) {
                int base = j * (k + 2);
                double fa = y[base], fb = y[base + k + 1], fab = y[base + 1 + i];
                first += (fb - mean) * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            boolean none = n == 0 || !(var > 0);
            s1[i] = none ? Double.NaN : first / n / var;
            st[i] = none ? Double.NaN : total / (2.0 * n) / var;
        }
    }

    private static double quantile(double[] x, double p) {
        if (x.length == 0) return Double.NaN;
        for (double v : x) if (Double.isNaN(v)) return Double.NaN;
        // Commons Math's default estimation type; p in (0, 1)
        return new Percentile().evaluate(x, p * 100);
    }
}
