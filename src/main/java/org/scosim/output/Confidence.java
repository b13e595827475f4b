package org.scosim.output;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.concurrent.ConcurrentHashMap;

/** 95% confidence intervals of a mean over replications (Student's t); every report uses this one definition. */
public final class Confidence {
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
}
