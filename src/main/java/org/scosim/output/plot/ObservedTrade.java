package org.scosim.output.plot;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Observed trade of China with Russia and the Central Asian members, 1996-2008 (Table 1 of Gao Fei 2010, from the China
 * MFA / Customs), read from the classpath copy of {@code scenarios/data/table1-china-trade-1996-2008.csv}. The file
 * is in US$ 100 million; values here are in US$ billions.
 */
public final class ObservedTrade {
    public static final String RESOURCE = "/org/scosim/data/table1-china-trade-1996-2008.csv";

    private ObservedTrade() {
    }

    /** Partner ISO3 -> (year -> China's total trade with it, US$ bn), partners in file order. */
    public static Map<String, SortedMap<Integer, Double>> table1() throws IOException {
        try (InputStream in = ObservedTrade.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IOException("observed trade data not on the classpath: " + RESOURCE);
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        }
    }

    static Map<String, SortedMap<Integer, Double>> parse(Reader reader, String source) throws IOException {
        Map<String, SortedMap<Integer, Double>> out = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();
        try (CSVParser p = CSVParser.parse(reader, format)) {
            for (String col : new String[] {"partner", "year", "trade_100m_usd"}) {
                if (!p.getHeaderMap().containsKey(col)) throw new IOException(source + ": no column '" + col + "'");
            }
            for (CSVRecord r : p) {
                try {
                    String partner = r.get("partner").trim();
                    int year = Integer.parseInt(r.get("year").trim());
                    double hundredMillions = Double.parseDouble(r.get("trade_100m_usd").trim());
                    out.computeIfAbsent(partner, k -> new TreeMap<>()).put(year, hundredMillions / 10.0);
                } catch (IllegalArgumentException e) {
                    throw new IOException(source + " line " + (r.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        Map<String, SortedMap<Integer, Double>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSortedMap(v)));
        return Collections.unmodifiableMap(frozen);
    }
}
