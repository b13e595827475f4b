package org.scosim.experiment.sensitivity;

import org.scosim.output.RunningMoments;

/**
 * How much of the variance of the design points' replication means is replication noise rather than the factors'
 * effect. With R replications per point and within-point variance s_p^2 (n-1), the noise in a point's mean has
 * variance s_p^2 / R; its average over the points, set against the variance (n-1) of the means across points, is the
 * share of that variance that chance alone would give. Near 0: the indices describe the factors; near or above 1: the
 * means are mostly noise, and more replications are needed.
 *
 * @param meansVariance variance of the point means across points
 * @param noiseVariance mean over points of the within-point variance divided by R (NaN when R = 1)
 * @param share         noiseVariance / meansVariance (NaN when either is undefined or the means do not vary)
 */
public record NoiseShare(double meansVariance, double noiseVariance, double share) {

    /** From {@code values[p][r]}: point p, replication r; NaN values are left out. */
    public static NoiseShare of(double[][] values) {
        int points = 0;
        double sumMeans = 0, sumMeanSq = 0, noise = 0;
        int noisePoints = 0;
        double[] means = new double[values.length];
        for (int p = 0; p < values.length; p++) {
            RunningMoments point = new RunningMoments(1);
            for (double x : values[p]) point.add(0, x);
            long n = point.n(0);
            means[p] = point.mean(0);
            if (n == 0) continue;
            points++;
            sumMeans += means[p];
            if (n >= 2) {
                noise += point.variance(0) / n;
                noisePoints++;
            }
        }
        double grand = points == 0 ? Double.NaN : sumMeans / points;
        for (double m : means) if (!Double.isNaN(m)) sumMeanSq += (m - grand) * (m - grand);
        double meansVar = points < 2 ? Double.NaN : sumMeanSq / (points - 1);
        double noiseVar = noisePoints == 0 ? Double.NaN : noise / noisePoints;
        double share = meansVar > 0 ? noiseVar / meansVar : Double.NaN;
        return new NoiseShare(meansVar, noiseVar, share);
    }
}
