package org.scosim.gui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.geom.Path2D;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map's country outlines: capitals lie in their own country's outline and in no other (atlas coordinates). */
class CountryOutlinesTest {
    static boolean inside(CountryOutlines.Ring r, double lon, double lat) {
        Path2D.Double p = new Path2D.Double();
        double[] v = r.lonLat();
        p.moveTo(v[0], v[1]);
        for (int q = 2; q < v.length; q += 2) p.lineTo(v[q], v[q + 1]);
        p.closePath();
        return p.contains(lon, lat);
    }

    @ParameterizedTest(name = "{0} at {1} E {2} N")
    @CsvSource({
            "CHN, 116.4, 39.9",   // Beijing
            "RUS, 37.6, 55.75",   // Moscow
            "KAZ, 71.45, 51.15",  // Astana
            "KGZ, 74.6, 42.87",   // Bishkek
            "TJK, 68.78, 38.56",  // Dushanbe
            "UZB, 69.24, 41.3",   // Tashkent
            "IND, 77.2, 28.6",    // New Delhi
            "IRN, 51.4, 35.7",    // Tehran
            "PAK, 73.05, 33.7",   // Islamabad
            "MNG, 106.9, 47.9",   // Ulaanbaatar
    })
    void aCapitalLiesInItsOwnCountryOnly(String iso3, double lon, double lat) {
        List<CountryOutlines.Ring> in = CountryOutlines.rings().stream().filter(r -> !r.hole() && inside(r, lon, lat)).toList();
        assertEquals(1, in.size(), iso3 + ": " + in.stream().map(CountryOutlines.Ring::name).toList());
        assertEquals(iso3, in.get(0).iso3());
    }

    @Test
    void theCaspianIsInNoCountry() {
        assertTrue(CountryOutlines.rings().stream().noneMatch(r -> !r.hole() && inside(r, 51.0, 42.0)));
        assertFalse(CountryOutlines.rings().isEmpty());
    }

    @Test
    void aBrokenLineIsRefusedWithItsLineNumber() {
        var e = assertThrows(IllegalStateException.class, () -> CountryOutlines.parse(new BufferedReader(
                new StringReader("# header\n156|CHN|China|outer|1 2 3\n"))));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
    }
}
