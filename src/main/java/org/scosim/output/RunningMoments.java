package org.scosim.output;

/**
 * Streaming count, mean and variance of many cells at once (Welford's update), missing values (NaN) skipped: the one
 * accumulator behind every mean and 95% interval over replications (run series, comparisons, sweeps, the noise share
 * of a sensitivity analysis). Memory is fixed by the number of cells, not by the number of values; values must be
 * added in the same order for byte-identical results.
 */
public final class RunningMoments {
    private final long[] n;
    private final double[] mean;
    private final double[] m2;

    public RunningMoments(int cells) {
        this.n = new long[cells];
        this.mean = new double[cells];
        this.m2 = new double[cells];
    }

    public int cells() { return n.length; }

    /** Adds {@code v} to cell {@code k}; NaN is skipped. */
    public void add(int k, double v) {
        if (Double.isNaN(v)) return;
        long c = ++n[k];
        double d = v - mean[k];
        mean[k] += d / c;
        m2[k] += d * (v - mean[k]);
    }

    /** Adds {@code values[k]} to cell k, for every k. */
    public void addAll(double[] values) {
        for (int k = 0; k < values.length; k++) add(k, values[k]);
    }

    public long n(int k) { return n[k]; }

    /** The mean of cell k, NaN when it has no value. */
    public double mean(int k) { return n[k] == 0 ? Double.NaN : mean[k]; }

    /** The sample variance of cell k, NaN with fewer than two values. */
    public double variance(int k) { return n[k] < 2 ? Double.NaN : Math.max(0, m2[k]) / (n[k] - 1); }

    /** The sample standard deviation of cell k, NaN with fewer than two values. */
    public double sd(int k) { return Math.sqrt(variance(k)); }

    /** The 95% interval of cell k's mean inside {@code range} ({@link Confidence}); NaN ends with fewer than two values. */
    public Confidence.Interval interval95(int k, Measure.Range range) {
        return Confidence.mean95(n[k], mean[k], sd(k), range);
    }
}
