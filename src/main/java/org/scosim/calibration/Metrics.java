package org.scosim.calibration;

import java.util.List;

/**
 * Fit statistics on the log scale, over pairs of simulated and observed values: log-RMSE = sqrt(mean(e^2)), bias =
 * mean(e), with e = ln(simulated) - ln(observed); R^2 = 1 - sum(e^2) / sum((ln obs - mean ln obs)^2).
 */
public record Metrics(int n, double logRmse, double bias, double r2, double sse) {

    /** A simulated and an observed value of one observation. */
    public record Point(String partner, int year, double simulated, double observed) {
        public double logError() { return Math.log(simulated) - Math.log(observed); }
    }

    public static final Metrics EMPTY = new Metrics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public static Metrics of(List<Point> points) {
        int n = points.size();
        if (n == 0) return EMPTY;
        double sse = 0, sum = 0, meanObs = 0;
        for (Point p : points) {
            double e = safeError(p);
            sse += e * e;
            sum += e;
            meanObs += Math.log(p.observed());
        }
        meanObs /= n;
        double sst = 0;
        for (Point p : points) {
            double d = Math.log(p.observed()) - meanObs;
            sst += d * d;
        }
        double r2 = sst > 0 ? 1 - sse / sst : Double.NaN;
        return new Metrics(n, Math.sqrt(sse / n), sum / n, r2, sse);
    }

    /** The log error, with a simulated value of zero counted as 1e-9 US$ bn (a large but finite error). */
    static double safeError(Point p) {
        double s = p.simulated() > 0 && Double.isFinite(p.simulated()) ? p.simulated() : 1e-9;
        return Math.log(s) - Math.log(p.observed());
    }

    /** The factor exp(|bias|) by which the simulation is systematically off. */
    public double biasFactor() { return Math.exp(Math.abs(bias)); }
}
