package org.scosim.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Parquet writer against DuckDB's reader, on rows made here with their expected values kept alongside: every
 * type, missing numbers, text that CSV would quote, cells made of parts, columns with few distinct values
 * (dictionary) and with many (plain), constant columns, empty replications, several row groups, an empty table.
 */
class ParquetTableTest {
    private static final List<RunColumn> RUN_COLUMNS = List.of(new RunColumn("rule.type", "opt-out", false),
            new RunColumn("parameters.trustDecay", "0.05", true));

    /** One expected row of the decisions table: its values as a reader should see them (null: missing). */
    record Row(int replication, long seed, int year, Object[] cells) {
    }

    @Test
    void everyValueComesBackAsWrittenOverSeveralRowGroups(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("decisions.parquet");
        List<Row> expected = writeHandMade(file);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            int k = 0;
            try (ResultSet r = s.executeQuery("SELECT * FROM '" + file + "'")) {
                while (r.next()) {
                    Row e = expected.get(k++);
                    assertEquals("point-7", r.getString("run"));
                    assertEquals(e.replication, r.getInt("replication"));
                    assertEquals(e.seed, r.getLong("seed"));
                    assertEquals(e.year, r.getInt("year"));
                    assertEquals("opt-out", r.getString("rule.type"));
                    assertEquals(0.05, r.getDouble("parameters.trustDecay"), 0.0);
                    for (int col = 0; col < e.cells.length; col++) {
                        Object want = e.cells[col], got = r.getObject(7 + col);
                        String where = "row " + k + " column " + (7 + col);
                        if (want == null) assertNull(got, where);
                        else if (want instanceof Double d) assertEquals(Double.doubleToLongBits(d), Double.doubleToLongBits((Double) got), where);
                        else assertEquals(want, got, where);
                    }
                }
            }
            assertEquals(expected.size(), k, "as many rows");
            assertTrue(expected.size() > 1500);
            // row groups of whole replications, at least 500 rows each but the last; dictionary and plain pages
            List<Long> groupRows = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT row_group_id, any_value(row_group_num_rows) FROM parquet_metadata('"
                    + file + "') GROUP BY 1 ORDER BY 1")) {
                while (r.next()) groupRows.add(r.getLong(2));
            }
            assertEquals(List.of(652L, 1278L, 2L), groupRows);
            try (ResultSet r = s.executeQuery("SELECT path_in_schema, encodings FROM parquet_metadata('" + file + "') WHERE row_group_id = 1")) {
                java.util.Map<String, String> enc = new java.util.HashMap<>();
                while (r.next()) enc.put(r.getString(1), r.getString(2));
                assertTrue(enc.get("proposal").contains("RLE_DICTIONARY"), enc.toString());
                assertTrue(enc.get("salience").contains("RLE_DICTIONARY"), enc.toString());
                assertTrue(!enc.get("title").contains("DICTIONARY") && !enc.get("position").contains("DICTIONARY"), enc.toString());
            }
            // statistics a reader may prune with: the row group of replications 7 and 8 has no gain at all
            try (ResultSet r = s.executeQuery("SELECT stats_null_count, num_values, stats_min_value, stats_max_value FROM parquet_metadata('"
                    + file + "') WHERE row_group_id = 1 AND path_in_schema = 'gain'")) {
                r.next();
                assertEquals(r.getLong(2), r.getLong(1));
            }
            try (ResultSet r = s.executeQuery("SELECT min(year), max(year), count(*) FROM '" + file + "' WHERE year >= 2020")) {
                r.next();
                assertEquals(expected.stream().filter(e -> e.year >= 2020).count(), r.getLong(3));
            }
        }
    }

    /**
     * Writes a decisions table of hand-made rows in row groups of at least 500 rows (652, 1278 and 2 rows) and returns
     * the values a reader should see, column by column after {@code year} (null: missing).
     */
    static List<Row> writeHandMade(Path file) throws Exception {
        Random rnd = new Random(11);
        List<Row> expected = new ArrayList<>();
        String[] few = {"bank", "energy, \"oil\"", "Ürümqi — line\nbreak", ""};
        try (ParquetTable t = new ParquetTable(file, Tables.DECISIONS, RUN_COLUMNS, 500, null)) {
            int[] sizes = {0, 1, 5, 13, 400, 0, 233, 301, 977, 2};
            for (int b = 0; b < sizes.length; b++) {
                long seed = rnd.nextLong();
                ColumnRows rows = new ColumnRows(Tables.DECISIONS, RUN_COLUMNS, "point-7", b, seed, 4);
                for (int k = 0; k < sizes[b]; k++) {
                    int year = 1996 + rnd.nextInt(30);
                    String proposal = few[rnd.nextInt(few.length)];
                    String title = "title " + b + "/" + k + (k % 7 == 0 ? ", with \"quotes\"" : "");
                    boolean adopted = rnd.nextBoolean();
                    double outcome = k % 11 == 0 ? Double.NaN : k % 13 == 0 ? Double.POSITIVE_INFINITY : rnd.nextGaussian() * 50;
                    double position = rnd.nextDouble() * 100;
                    double salience = new double[]{0.25, 0.5, 0.8}[rnd.nextInt(3)];
                    double gain = b == 7 || b == 8 ? Double.NaN : -rnd.nextDouble() * 1e-3;
                    double share = rnd.nextInt(5) / 4.0;
                    rows.start(year).text(proposal).textOnce(title).text("CHN").text("economy").text("opt-out(min 2)")
                            .bool(adopted).num(outcome)
                            .open().part("CHN".getBytes()).part(' ').part("KAZ=".getBytes()).partNum(share)
                            .text("RUS").bool(!adopted).num(position).num(salience).num(1e9 + k).text("gdp_bn_usd")
                            .text(k % 2 == 0 ? "yes" : "no").num(gain).bool(k % 3 == 0).bool(false).end();
                    expected.add(new Row(b, seed, year, new Object[]{proposal, title, "CHN", "economy", "opt-out(min 2)",
                            adopted, num(outcome), "CHN KAZ=" + Num.format(share), "RUS", !adopted, num(position),
                            num(salience), num(1e9 + k), "gdp_bn_usd", k % 2 == 0 ? "yes" : "no", num(gain), k % 3 == 0, false}));
                }
                t.append(rows);
            }
            t.finish();
        }
        return expected;
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? CsvRows.sixDigits(v) : null;
    }

    @Test
    void aTableWithoutRowsIsAValidFileWithItsColumns(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("trade.parquet");
        try (ParquetTable t = new ParquetTable(file, Tables.TRADE, List.of(), null)) {
            t.append(new ColumnRows(Tables.TRADE, List.of(), "r", 0, 1, 16));
            t.finish();
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            List<String> cols = new ArrayList<>();
            try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM '" + file + "'")) {
                while (r.next()) cols.add(r.getString(1) + " " + r.getString(2));
            }
            assertEquals(List.of("run VARCHAR", "replication INTEGER", "seed BIGINT", "year INTEGER", "reporter VARCHAR",
                    "partner VARCHAR", "trade_bn_usd DOUBLE"), cols);
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM '" + file + "'")) {
                r.next();
                assertEquals(0, r.getLong(1));
            }
        }
        assertTrue(Files.size(file) < 1000);
    }

    @Test
    void aRowOfTheWrongShapeIsRefused() {
        ColumnRows rows = new ColumnRows(Tables.TRADE, List.of(), "r", 0, 1, 2);
        rows.start(2000).text("CHN");
        assertThrows(IllegalStateException.class, rows::end, "a row ended short");
        ColumnRows full = new ColumnRows(Tables.TRADE, List.of(), "r", 0, 1, 2);
        full.start(2000).text("CHN").text("RUS").num(1);
        assertThrows(IllegalStateException.class, () -> full.num(2), "a cell past the last column");
    }

    @Test
    void repeatedCellsCopyAnEarlierRowsValues() {
        // the decisions table repeats a proposal's first cells on each actor's row; agreements repeat shares mid-row
        ColumnRows rows = new ColumnRows(Tables.TRADE, List.of(), "r", 0, 1, 1);
        int from = rows.mark();
        rows.start(2001).text("CHN");
        int to = rows.mark();
        rows.text("RUS").num(1.5).end();
        rows.repeat(from, to).text("KAZ").num(2.5).end();
        int mid = rows.mark();
        rows.start(2002).text("UZB");
        int midFrom = rows.mark();
        rows.text("TJK");
        int midTo = rows.mark();
        rows.num(3).end();
        rows.start(2003).text("KGZ").repeat(midFrom, midTo).num(4).end();
        assertEquals(4, rows.rows());
        assertEquals(2001, rows.longs(3)[1]);
        assertEquals("CHN", rows.texts(4)[1]);
        assertEquals("KAZ", rows.texts(5)[1]);
        assertEquals("TJK", rows.texts(5)[3]);
        assertEquals(2003, rows.longs(3)[3]);
        assertTrue(mid > to);
    }
}
