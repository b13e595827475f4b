package org.scosim.calibration;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.scosim.io.InputException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Observed China trade to calibrate against: a CSV with columns {@code partner,year,trade_100m_usd} as in Table 1 of
 * Gao Fei 2010 (unit US$ 100 million). Values are converted to US$ billions, the model's unit.
 */
public final class TargetData {
    /** One observation: China's total trade with {@code partner} in {@code year}, US$ bn. */
    public record Observation(String partner, int year, double bnUsd) {
    }

    private TargetData() {
    }

    public static List<Observation> read(Path file) throws InputException {
        if (!Files.isRegularFile(file)) throw new InputException(file, null, "target file not found");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file);
        } catch (IOException e) {
            throw new InputException(file, null, "cannot read: " + e.getMessage());
        }
    }

    static List<Observation> parse(Reader reader, Path file) throws IOException, InputException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();
        List<Observation> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try (CSVParser p = CSVParser.parse(reader, format)) {
            for (String col : new String[]{"partner", "year", "trade_100m_usd"}) {
                if (!p.getHeaderMap().containsKey(col)) {
                    throw new InputException(file, 1, -1, col, "missing column '" + col
                            + "'; expected the columns partner,year,trade_100m_usd (US$ 100 million, as Table 1)");
                }
            }
            for (CSVRecord rec : p) {
                int line = (int) rec.getRecordNumber() + 1;
                String partner = rec.get("partner").trim();
                int year;
                double v;
                try {
                    year = Integer.parseInt(rec.get("year").trim());
                } catch (NumberFormatException e) {
                    throw new InputException(file, line, -1, "year", "expected a year, got '" + rec.get("year") + "'");
                }
                try {
                    v = Double.parseDouble(rec.get("trade_100m_usd").trim());
                } catch (NumberFormatException e) {
                    throw new InputException(file, line, -1, "trade_100m_usd",
                            "expected a number, got '" + rec.get("trade_100m_usd") + "'");
                }
                if (!(v > 0) || !Double.isFinite(v)) {
                    throw new InputException(file, line, -1, "trade_100m_usd",
                            "expected a positive value (the fit is on logs), got " + v);
                }
                if (!seen.add(partner + "/" + year)) {
                    throw new InputException(file, line, -1, "partner", "duplicate row for " + partner + " " + year);
                }
                out.add(new Observation(partner, year, v / 10.0));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException(file, null, "not a valid CSV: " + e.getMessage());
        }
        if (out.isEmpty()) throw new InputException(file, null, "no observations");
        return List.copyOf(out);
    }

    /** The partners in order of first appearance. */
    public static List<String> partners(List<Observation> obs) {
        Set<String> s = new LinkedHashSet<>();
        for (Observation o : obs) s.add(o.partner());
        return List.copyOf(s);
    }
}
