package org.scosim.calibration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The naive benchmarks on hand-worked series: exact exponential growth and a flat-then-jump partner. */
class BenchmarksTest {
    static final double E = Math.E;
    static final List<TargetData.Observation> OBS = List.of(
            new TargetData.Observation("AAA", 2000, 1), new TargetData.Observation("AAA", 2001, E),
            new TargetData.Observation("AAA", 2003, E * E * E),
            new TargetData.Observation("BBB", 2000, 2), new TargetData.Observation("BBB", 2001, 2),
            new TargetData.Observation("BBB", 2003, 2 * E));
    static final YearRange FIT = new YearRange(2000, 2001), ALL = new YearRange(2000, 2003);

    @Test
    void lastValueCarriesTheLastFittedObservationForward() {
        List<Metrics.Point> p = Benchmarks.lastValue(OBS, FIT, ALL);
        assertEquals(2, p.size());
        assertEquals(E, p.get(0).simulated(), 1e-12);      // AAA 2003 forecast: e; error ln(e / e^3) = -2
        assertEquals(2, p.get(1).simulated(), 1e-12);      // BBB: 2; error -1
        assertEquals(Math.sqrt((4 + 1) / 2.0), Metrics.of(p).logRmse(), 1e-12);
    }

    @Test
    void theLogLinearTrendIsExactOnExponentialGrowthAndFlatOnAFlatSeries() {
        List<Metrics.Point> p = Benchmarks.logLinearTrend(OBS, FIT, ALL);
        assertEquals(E * E * E, p.get(0).simulated(), 1e-9);   // slope 1 a year: e^3 in 2003, error 0
        assertEquals(2, p.get(1).simulated(), 1e-12);          // slope 0: error -1
        assertEquals(Math.sqrt(1 / 2.0), Metrics.of(p).logRmse(), 1e-12);
    }

    @Test
    void rowsInsideTheFitYearsAreNeverScored() {
        assertEquals(0, Benchmarks.lastValue(OBS, ALL, ALL).size());
        assertEquals(0, Benchmarks.logLinearTrend(OBS, ALL, ALL).size());
    }
}
