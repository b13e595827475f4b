package org.scosim.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.scosim.scenario.Series;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Annual exogenous drivers read from CSV files that a scenario names: per-state GDP and population
 * ({@code iso3,year,gdp_bn_usd,population}, e.g. WDI) and a world price ({@code year,<value>}, e.g. EIA Brent). Empty
 * cells are missing years. Every problem names the file, the line and the column.
 */
final class DriverData {
    /** Largest driver file read (they are tables of a few hundred rows). */
    static final long MAX_BYTES = 16L << 20;

    /** Per-state series of one table: ISO3 to GDP and population. */
    record States(Map<String, Series> gdp, Map<String, Series> population) {
    }

    private DriverData() {
    }

    /**
     * The driver files one scenario reader has read, by path: the variants of a sweep or a sensitivity analysis
     * name the same files, which are then parsed once. Safe to share between threads.
     */
    static final class Cache {
        private final Map<Path, States> states = new java.util.HashMap<>();
        private final Map<Path, Series> world = new java.util.HashMap<>();

        synchronized States states(Path file) throws InputException {
            States s = states.get(file);
            if (s == null) states.put(file, s = DriverData.states(file));
            return s;
        }

        synchronized Series world(Path file) throws InputException {
            Series s = world.get(file);
            if (s == null) world.put(file, s = DriverData.world(file));
            return s;
        }
    }

    static States states(Path file) throws InputException {
        Map<String, TreeMap<Integer, Double>> gdp = new LinkedHashMap<>(), pop = new LinkedHashMap<>();
        parse(file, List.of("iso3", "year", "gdp_bn_usd", "population"), rec -> {
            String iso3 = rec.get("iso3").trim();
            if (!iso3.matches("[A-Z]{3}")) throw err(file, rec, "iso3", "expected an ISO 3166 alpha-3 code, got '" + iso3 + "'");
            int year = year(file, rec);
            put(file, rec, "gdp_bn_usd", gdp.computeIfAbsent(iso3, k -> new TreeMap<>()), year);
            put(file, rec, "population", pop.computeIfAbsent(iso3, k -> new TreeMap<>()), year);
        });
        Map<String, Series> g = new LinkedHashMap<>(), p = new LinkedHashMap<>();
        gdp.forEach((k, v) -> { if (!v.isEmpty()) g.put(k, Series.of(v)); });
        pop.forEach((k, v) -> { if (!v.isEmpty()) p.put(k, Series.of(v)); });
        return new States(java.util.Collections.unmodifiableMap(g), java.util.Collections.unmodifiableMap(p));
    }

    /** A world series: the file's {@code year} column and its one other column. */
    static Series world(Path file) throws InputException {
        TreeMap<Integer, Double> out = new TreeMap<>();
        String[] column = new String[1];
        parse(file, List.of("year"), rec -> {
            if (column[0] == null) {
                for (String h : rec.getParser().getHeaderNames()) if (!h.equals("year")) column[0] = h;
                if (column[0] == null || rec.getParser().getHeaderNames().size() != 2) {
                    throw new InputException(file, 1, -1, null,
                            "expected two columns, year and the value (e.g. year,brent_usd_per_barrel), got "
                                    + String.join(",", rec.getParser().getHeaderNames()));
                }
            }
            put(file, rec, column[0], out, year(file, rec));
        });
        if (out.isEmpty()) throw new InputException(file, null, "no values");
        return Series.of(out);
    }

    private interface Row {
        void accept(CSVRecord rec) throws InputException;
    }

    private static void parse(Path file, List<String> required, Row row) throws InputException {
        if (!Files.isRegularFile(file)) throw new InputException(file, null, "data file not found");
        try {
            if (Files.size(file) > MAX_BYTES) throw new InputException(file, null, "data file larger than " + (MAX_BYTES >> 20) + " MiB");
        } catch (IOException e) {
            throw new InputException(file, null, "cannot read: " + e.getMessage());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setCommentMarker('#').build();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
            for (String col : required) {
                if (!p.getHeaderMap().containsKey(col)) {
                    throw new InputException(file, 1, -1, col, "missing column '" + col + "'; expected the columns "
                            + String.join(",", required));
                }
            }
            for (CSVRecord rec : p) {
                if (!rec.isConsistent()) throw err(file, rec, null, "expected " + p.getHeaderNames().size() + " cells, got " + rec.size());
                row.accept(rec);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file, null, "cannot read: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException(file, null, "not a valid CSV file: " + e.getMessage());
        }
    }

    private static int year(Path file, CSVRecord rec) throws InputException {
        String s = rec.get("year").trim();
        try {
            int y = Integer.parseInt(s);
            if (y >= Fields.MIN_YEAR && y <= Fields.MAX_YEAR) return y;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw err(file, rec, "year", "expected a year from " + Fields.MIN_YEAR + " to " + Fields.MAX_YEAR + ", got '" + s + "'");
    }

    private static void put(Path file, CSVRecord rec, String column, Map<Integer, Double> into, int year) throws InputException {
        String s = rec.get(column).trim();
        if (s.isEmpty()) return;
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw err(file, rec, column, "expected a number or an empty cell, got '" + s + "'");
        }
        if (!(v > 0) || !Double.isFinite(v)) throw err(file, rec, column, "expected a positive number, got " + s);
        if (into.put(year, v) != null) throw err(file, rec, "year", "year " + year + " is given twice");
    }

    private static InputException err(Path file, CSVRecord rec, String column, String message) {
        return new InputException(file, (int) rec.getRecordNumber() + 1, -1, column, message);
    }
}
