package org.scosim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeriesAndShockTest {
    private final Series gdp = new Series(new int[]{2000, 2010}, new double[]{100, 400});

    @ParameterizedTest
    @CsvSource({"2000,100", "2010,400", "2005,200", "1990,25", "2020,1600"})
    void logLinearInterpolatesAndExtrapolatesByTheSpanGrowth(int year, double expected) {
        assertEquals(expected, gdp.logLinear(year), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"2000,100", "2005,250", "1990,100", "2020,400"})
    void linearIsConstantOutsideTheAnchors(int year, double expected) {
        assertEquals(expected, gdp.linear(year), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"2008,0", "2009,1", "2010,1", "2011,0.5", "2012,0.25"})
    void shockIntensityProfile(int year, double expected) {
        Shock s = new Shock.GdpShock("x", new Targets(List.of("all")), 2009, 2, -0.1, 0.5, null);
        assertEquals(expected, s.intensity(year), 1e-12);
    }
}
