package org.scosim.output;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.concurrent.ConcurrentHashMap;

/**
 * 95% confidence intervals of a mean over replications; every report uses this one definition: Student's t-interval
 * intersected with the values the measure can take ({@link Measure.Range}). The true mean of a count lies in
 * [0, inf) and that of a share in [0, 1], so the intersection holds it whenever the t-interval does: the coverage is
 * that of the t-interval, only impossible values (a negative count, a share above 1) are dropped. A t-interval on a
 * logit or log scale would also stay inside, but it covers the mean of the transformed values, not the mean, and
 * fails on the exact zeros and ones that counts and shares often take.
 */
public final class Confidence {
    /** Below this many replications a 95% interval is too wide and too uncertain to rely on (assumption: with
     *  n = 4 the t quantile is 3.18, 62% above the normal 1.96, and the s.d. itself is estimated from 4 values). */
    public static final int MIN_RELIABLE_N = 5;

    private static final ConcurrentHashMap<Long, Double> T975 = new ConcurrentHashMap<>();

    private Confidence() {
    }

    /** Half-width of the 95% t-interval of a mean of {@code n} values with standard deviation {@code sd}. */
    public static double halfWidth95(long n, double sd) {
        if (n < 2) return Double.NaN;
        // The quantile costs an iterative inversion; n takes few values in a run, so each is computed once.
        double q = T975.computeIfAbsent(n, k -> new TDistribution(k - 1).inverseCumulativeProbability(0.975));
        return q * sd / Math.sqrt(n);
    }

    /** The interval [low, high]. */
    public record Interval(double low, double high) {
    }

    /**
     * The 95% interval of a mean of {@code n} values with standard deviation {@code sd}, inside {@code range};
     * NaN ends with fewer than two values.
     */
    public static Interval mean95(long n, double mean, double sd, Measure.Range range) {
        if (n < 2) return new Interval(Double.NaN, Double.NaN);
        double half = halfWidth95(n, sd);
        return new Interval(range.clip(mean - half), range.clip(mean + half));
    }

    /** The warning every summary shows when {@code n < MIN_RELIABLE_N}. */
    public static String fewReplicationsWarning(long n) {
        return "Only " + n + " replication" + (n == 1 ? "" : "s") + ": confidence intervals from fewer than "
                + MIN_RELIABLE_N + " replications are unreliable; run at least " + MIN_RELIABLE_N + " (30 or more "
                + "for a report).";
    }
}
