package org.scosim.output;

import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.scosim.model.Fixtures;
import org.scosim.scenario.Scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** series.csv, as written, against Commons CSV's printer with every number through {@link Num#format}. */
class SeriesTableTest {

    /** The oracle: the table as Commons CSV prints it. */
    private static String printed(SeriesStats stats) throws IOException {
        Layout l = stats.layout();
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, Tables.FORMAT)) {
            p.printRecord("measure", "subject", "year", "n", "mean", "sd", "ci95_low", "ci95_high");
            for (int m = 0; m < l.measures().size(); m++) {
                for (int s = 0; s < l.subjects(); s++) {
                    for (int t = 0; t < l.years(); t++) {
                        SeriesStats.Cell c = stats.cell(m, s, t);
                        if (c.n() == 0) continue;
                        p.printRecord(l.measures().get(m).name(), l.subjectName(s), l.scenario().startYear() + t,
                                c.n(), Num.format(c.mean()), Num.format(c.sd()), Num.format(c.low()), Num.format(c.high()));
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Replications of values drawn over every magnitude the renderer treats apart (zero, whole numbers, tiny and huge
     * ones written by Double.toString, negative ones), with cells that stay missing (no row), and cells with one value
     * (its s.d. and bounds are NA).
     */
    @Test
    void theBytesAreThePrintersForValuesOfEveryKind() throws IOException {
        Scenario sc = Fixtures.small();
        Layout layout = new Layout(sc, Measures.STANDARD);
        SplittableRandom rnd = new SplittableRandom(7);
        double[] kinds = {0, 1, 3, -2, 1e-7, 2.5e16, 123456.789, -0.000123456789, 1e5, 99999.95, 0.1};
        for (int reps : new int[]{1, 2, 5}) {
            SeriesStats stats = new SeriesStats(layout);
            int missing = 0;
            for (int r = 0; r < reps; r++) {
                double[] v = new double[layout.size()];
                for (int k = 0; k < v.length; k++) {
                    double x = k % 7 == 3 ? Double.NaN : kinds[(k + r) % kinds.length] * (1 + rnd.nextDouble());
                    v[k] = k % 5 == 1 ? Math.floor(x) : x;
                    if (Double.isNaN(v[k])) missing++;
                }
                stats.add(v);
            }
            String want = printed(stats);
            String got = new String(SeriesTable.render(stats), StandardCharsets.UTF_8);
            assertTrue(missing > 0, "some cells stay missing");
            assertTrue(want.contains("E"), "numbers written by Double.toString");
            if (reps == 1) assertTrue(want.contains(",NA,NA,NA\n"), "one value: no s.d. or bounds");
            assertEquals(want, got, reps + " replications");
        }
    }

    @Test
    void aLayoutWithNoValueGivesTheHeaderAlone() throws IOException {
        Layout layout = new Layout(Fixtures.small(), Measures.STANDARD);
        SeriesStats stats = new SeriesStats(layout);
        double[] none = new double[layout.size()];
        Arrays.fill(none, Double.NaN);
        stats.add(none);
        assertEquals(SeriesTable.HEADER + "\n", new String(SeriesTable.render(stats), StandardCharsets.UTF_8));
        assertEquals(printed(stats), SeriesTable.HEADER + "\n");
    }
}
