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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table of columns of its own in Parquet, against DuckDB's reader: rows made here in blocks, with the values a
 * reader must see worked out by hand beside them (six significant digits, missing numbers, text CSV would quote,
 * shared columns before and after a row's cells, several row groups).
 */
class ParquetFileTest {
    private static final List<String> NAMES = List.of("run", "replication", "seed", "measure", "value", "x.a", "x.b");
    private static final List<String> TYPES = List.of("VARCHAR", "INTEGER", "BIGINT", "VARCHAR", "DOUBLE", "DOUBLE", "DOUBLE");

    /** Point p, replication r: 3 rows; writes the blocks of points 1..points x replications 0..reps-1. */
    private static void write(Path file, int points, int reps, int groupRows) throws Exception {
        try (ParquetFile f = new ParquetFile(file, NAMES, TYPES, groupRows)) {
            for (int p = 1; p <= points; p++) {
                for (int r = 0; r < reps; r++) {
                    f.block(Integer.toString(p), r, -(1L << 62) + 7L * r, null, null, 0.05 * p, p == 2 ? Double.NaN : 1e6 + p);
                    f.row().text("mean, \"trust\"").num(1.23456789 * p + r).end();
                    f.row().text("vetoes").num(r == 1 ? Double.NaN : -r).end();
                    f.row().text("trade_bn_usd").num(Double.POSITIVE_INFINITY).end();
                }
            }
            f.finish();
        }
    }

    /**
     * Row k of {@code write(file, 4, 5, ...)} as a reader must see it, worked out by hand: point 1 + k / 15, replication
     * (k / 3) % 5, line k % 3; numbers to six significant digits, missing (NaN, infinite) as null.
     */
    private static Object[] expected(int k) {
        int p = 1 + k / 15, rep = (k / 3) % 5, line = k % 3;
        // 1.23456789 p + rep, to six significant digits
        double[][] first = {{1.23457, 2.23457, 3.23457, 4.23457, 5.23457}, {2.46914, 3.46914, 4.46914, 5.46914, 6.46914},
                {3.7037, 4.7037, 5.7037, 6.7037, 7.7037}, {4.93827, 5.93827, 6.93827, 7.93827, 8.93827}};
        Double value = line == 0 ? Double.valueOf(first[p - 1][rep]) : line == 1 && rep != 1 ? Double.valueOf(-rep) : null;
        return new Object[] {Integer.toString(p), rep, -4611686018427387904L + 7L * rep,
                List.of("mean, \"trust\"", "vetoes", "trade_bn_usd").get(line), value, 0.05 * p, p == 2 ? null : 1e6 + p};
    }

    @Test
    void everyCellComesBackAsWorkedOutByHandOverSeveralRowGroups(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("outputs.parquet");
        write(file, 4, 5, 10);   // 60 rows in row groups of at least 10, whole blocks each: 12, 12, 12, 12, 12
        assertFalse(Files.exists(tmp.resolve("outputs.parquet.part")));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            List<String> types = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '" + file + "')")) {
                List<String> names = new ArrayList<>();
                while (r.next()) {
                    names.add(r.getString(1));
                    types.add(r.getString(2));
                }
                assertEquals(NAMES, names);
            }
            assertEquals(TYPES, types);
            int k = 0;
            try (ResultSet r = s.executeQuery("SELECT * FROM '" + file + "'")) {
                while (r.next()) {
                    Object[] want = expected(k);
                    for (int col = 0; col < want.length; col++) {
                        Object got = r.getObject(col + 1);
                        if (got instanceof Number n && want[col] instanceof Long) got = n.longValue();
                        assertEquals(want[col], got, "row " + k + ", " + NAMES.get(col));
                    }
                    k++;
                }
            }
            assertEquals(60, k);
            List<Long> groups = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT row_group_id, any_value(row_group_num_rows) FROM parquet_metadata('"
                    + file + "') GROUP BY 1 ORDER BY 1")) {
                while (r.next()) groups.add(r.getLong(2));
            }
            assertEquals(List.of(12L, 12L, 12L, 12L, 12L), groups, "blocks of 3 rows gather until 10 or more");
        }
    }

    @Test
    void apacheParquetReadsTheSameCellsWithTheirTypes(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("outputs.parquet");
        write(file, 4, 5, 10);
        int k = 0;
        for (ParquetJavaReaderTest.RowGroup g : ParquetJavaReaderTest.rowGroups(file)) {
            org.apache.parquet.schema.MessageType schema = g.schema();
            assertEquals(List.of("BINARY", "INT32", "INT64", "BINARY", "DOUBLE", "DOUBLE", "DOUBLE"), schema.getColumns().stream()
                    .map(d -> d.getPrimitiveType().getPrimitiveTypeName().name()).toList());
            assertEquals(org.apache.parquet.schema.LogicalTypeAnnotation.stringType(), schema.getType("measure").getLogicalTypeAnnotation());
            for (org.apache.parquet.example.data.Group row : g.rows()) {
                Object[] want = expected(k);
                for (int c = 0; c < want.length; c++) {
                    String where = "row " + k + ", " + NAMES.get(c);
                    if (want[c] == null) {
                        assertEquals(0, row.getFieldRepetitionCount(c), where);
                        continue;
                    }
                    Object got = switch (c) {
                        case 0, 3 -> row.getString(c, 0);
                        case 1 -> row.getInteger(c, 0);
                        case 2 -> row.getLong(c, 0);
                        default -> row.getDouble(c, 0);
                    };
                    assertEquals(want[c], got, where);
                }
                k++;
            }
        }
        assertEquals(60, k);
    }

    @Test
    void theSameRowsGiveTheSameBytesAndAnEmptyTableIsReadable(@TempDir Path tmp) throws Exception {
        write(tmp.resolve("a.parquet"), 3, 4, 7);
        write(tmp.resolve("b.parquet"), 3, 4, 7);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.parquet")), Files.readAllBytes(tmp.resolve("b.parquet")));
        write(tmp.resolve("empty.parquet"), 0, 0, 7);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT measure) FROM '" + tmp.resolve("empty.parquet") + "'")) {
            r.next();
            assertEquals(0, r.getLong(1));
        }
    }

    @Test
    void anUnfinishedFileKeepsItsPartName(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("outputs.parquet");
        try (ParquetFile f = new ParquetFile(file, NAMES, TYPES)) {
            f.block("1", 0, 1L, null, null, 0.1, 0.2);
            f.row().text("m").num(1).end();
        }
        assertFalse(Files.exists(file));
        assertTrue(Files.exists(tmp.resolve("outputs.parquet.part")));
    }

    @Test
    void misuseIsRefusedAtOnce(@TempDir Path tmp) throws Exception {
        try (ParquetFile f = new ParquetFile(tmp.resolve("x.parquet"), NAMES, TYPES)) {
            assertThrows(IllegalStateException.class, f::row, "a row before a block");
            assertThrows(IllegalArgumentException.class, () -> f.block("1", 0, 1L, null, 2.0, null, 0.2),
                    "a shared column between a row's cells");
            assertThrows(IllegalArgumentException.class, () -> f.block("1", 0, 1L, null, null, 0.1), "too few values");
            f.block("1", 0, 1L, null, null, 0.1, 0.2);
            f.row().text("m").num(1).end();
            assertThrows(IllegalArgumentException.class, () -> f.block("1", 0, null, null, null, 0.1, 0.2),
                    "a block that shares other columns");
            f.block("1", 1, 2L, null, null, 0.1, 0.2);
            assertThrows(IllegalStateException.class, () -> f.row().text("m").end(), "a row with a cell missing");
        }
        assertThrows(IllegalArgumentException.class, () -> new ParquetFile(tmp.resolve("y.parquet"), NAMES, TYPES.subList(0, 6)));
        assertThrows(IllegalArgumentException.class, () -> new ParquetFile(tmp.resolve("z.parquet"), List.of("a"), List.of("DATE")));
    }
}
