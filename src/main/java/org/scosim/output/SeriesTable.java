package org.scosim.output;

import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;

/** Renders the aggregated series (mean, s.d., 95% CI over replications) as a tidy CSV. */
public final class SeriesTable {
    public static final String FILE = "series.csv";

    private SeriesTable() {
    }

    public static String render(SeriesStats stats) throws IOException {
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
}
