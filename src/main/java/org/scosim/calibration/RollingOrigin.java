package org.scosim.calibration;

/**
 * One rolling-origin check: the free parameters re-fitted on the target rows up to {@code origin}, scored on the later
 * rows of {@code scored}, beside the two naive benchmarks fitted on the same rows ({@link Benchmarks}).
 */
public record RollingOrigin(YearRange fitted, YearRange scored, Metrics inSample, Metrics outOfSample,
                            Metrics lastValue, Metrics trend, double[] parameters) {

    /** Whether the model beats both benchmarks out of sample. */
    public boolean beatsBenchmarks() {
        return outOfSample.logRmse() < lastValue.logRmse() && outOfSample.logRmse() < trend.logRmse();
    }

    /** Out-of-sample error over in-sample error. */
    public double ratio() { return outOfSample.logRmse() / inSample.logRmse(); }
}
