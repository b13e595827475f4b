package org.scosim.calibration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricsTest {
    @Test
    void logRmseBiasAndR2OnHandComputedNumbers() {
        double e = Math.E;
        // Observed ln values 0, 1, 2 (mean 1, total sum of squares 2); log errors +1, 0, -0.5.
        List<Metrics.Point> pts = List.of(
                new Metrics.Point("A", 2000, e, 1),
                new Metrics.Point("A", 2001, e, e),
                new Metrics.Point("A", 2002, e * e * Math.exp(-0.5), e * e));
        Metrics m = Metrics.of(pts);
        assertEquals(3, m.n());
        assertEquals(1.25, m.sse(), 1e-12);                       // 1 + 0 + 0.25
        assertEquals(Math.sqrt(1.25 / 3), m.logRmse(), 1e-12);    // 0.645497...
        assertEquals(0.5 / 3, m.bias(), 1e-12);                   // (1 + 0 - 0.5) / 3
        assertEquals(1 - 1.25 / 2, m.r2(), 1e-12);                // 0.375
        assertEquals(Math.exp(0.5 / 3), m.biasFactor(), 1e-12);
    }

    @Test
    void perfectFitAndEmpty() {
        Metrics m = Metrics.of(List.of(new Metrics.Point("A", 1, 2, 2), new Metrics.Point("A", 2, 5, 5)));
        assertEquals(0, m.logRmse(), 1e-15);
        assertEquals(0, m.bias(), 1e-15);
        assertEquals(1, m.r2(), 1e-15);
        assertEquals(0, Metrics.of(List.of()).n());
    }

    @Test
    void yearRangesAndQuantiles() {
        assertEquals(new YearRange(1996, 2004), YearRange.parse("1996-2004"));
        assertEquals(new YearRange(2005, 2005), YearRange.parse("2005"));
        assertEquals(2.5, Quantiles.of(new double[]{4, 1, 3, 2}, 0.5), 1e-12);
        assertEquals(1.15, Quantiles.of(new double[]{4, 1, 3, 2}, 0.05), 1e-12);
    }
}
