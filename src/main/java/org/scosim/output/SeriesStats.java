package org.scosim.output;

/**
 * Streaming mean and variance ({@link RunningMoments}) of every measure x subject x year across replications. Memory is fixed by
 * the layout, not by the number of replications; replications must be added in order for byte-identical results.
 */
public final class SeriesStats {
    private final Layout layout;
    private final RunningMoments moments;

    public SeriesStats(Layout layout) {
        this.layout = layout;
        this.moments = new RunningMoments(layout.size());
    }

    public Layout layout() { return layout; }

    public void add(double[] values) {
        moments.addAll(values);
    }

    /** Mean and 95% interval of one cell, inside the measure's range ({@link Confidence}); NaN bounds with fewer than two values. */
    public Cell cell(int measure, int subject, int yearIndex) {
        int k = layout.index(measure, subject, yearIndex);
        long c = moments.n(k);
        if (c == 0) return new Cell(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        if (c == 1) return new Cell(1, moments.mean(k), Double.NaN, Double.NaN, Double.NaN);
        Confidence.Interval ci = moments.interval95(k, layout.measures().get(measure).range());
        return new Cell(c, moments.mean(k), moments.sd(k), ci.low(), ci.high());
    }

    /** The whole time series of a measure for a subject, or null if the measure never gave it a value. */
    public Band band(String measure, String subject) {
        int mi = -1;
        for (int i = 0; i < layout.measures().size(); i++) if (layout.measures().get(i).name().equals(measure)) mi = i;
        int si = layout.subjectIndex(subject);
        if (mi < 0 || si < 0) return null;
        int years = layout.years();
        int[] y = new int[years];
        double[] mu = new double[years], lo = new double[years], hi = new double[years];
        boolean any = false;
        for (int t = 0; t < years; t++) {
            Cell c = cell(mi, si, t);
            y[t] = layout.scenario().startYear() + t;
            mu[t] = c.mean();
            lo[t] = Double.isNaN(c.low()) ? c.mean() : c.low();
            hi[t] = Double.isNaN(c.high()) ? c.mean() : c.high();
            any |= c.n() > 0;
        }
        return any ? new Band(measure, subject, y, mu, lo, hi) : null;
    }

    public record Cell(long n, double mean, double sd, double low, double high) {
    }

    /** Mean with a 95% confidence band over replications, year by year. */
    public record Band(String measure, String subject, int[] years, double[] mean, double[] low, double[] high) {
    }
}
