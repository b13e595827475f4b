package org.scosim.output;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumTest {
    @ParameterizedTest
    @CsvSource({"0,0", "1,1", "-1,-1", "0.1,0.1", "0.30000000000000004,0.3", "123456789,123456789",
            "6.849999,6.85", "0.0123456789,0.0123457", "1234.56789,1234.57", "-0.000001234,-0.000001234",
            "NaN,NA", "100,100", "99.99999999,100"})
    void sixSignificantDigits(double v, String expected) {
        assertEquals(expected, Num.format(v));
    }
}
