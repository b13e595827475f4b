package org.scosim.output;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;

/**
 * Renders the aggregated series (mean, s.d., 95% CI over replications) as a tidy CSV: the bytes Commons CSV's printer
 * gives with {@link Tables#FORMAT} and {@link Num#format} for the numbers, written by the tables' own renderer
 * ({@link CsvRows}), which makes them without a String a cell (a world of 200 states has 40,000 rows here, which
 * took a tenth of a second, cold, through the printer).
 */
public final class SeriesTable {
    public static final String FILE = "series.csv";
    static final String HEADER = "measure,subject,year,n,mean,sd,ci95_low,ci95_high";

    private SeriesTable() {
    }

    /** The table as UTF-8 bytes, header first. */
    public static byte[] render(SeriesStats stats) {
        Layout l = stats.layout();
        CsvRows rows = new CsvRows(new HashMap<>(), new HashMap<>(), (int) Math.min(1 << 26, 64L * l.size() + HEADER.length()));
        rows.first(HEADER.getBytes(StandardCharsets.US_ASCII)).end();
        for (int m = 0; m < l.measures().size(); m++) {
            byte[] measure = CsvRows.render(l.measures().get(m).name(), true);
            for (int s = 0; s < l.subjects(); s++) {
                byte[] subject = l.subjectCell(s);
                for (int t = 0; t < l.years(); t++) {
                    SeriesStats.Cell c = stats.cell(m, s, t);
                    if (c.n() == 0) continue;
                    rows.first(measure).cell(subject).integer(l.scenario().startYear() + t).integer(c.n())
                            .num(c.mean()).num(c.sd()).num(c.low()).num(c.high()).end();
                }
            }
        }
        return rows.bytes();
    }
}
