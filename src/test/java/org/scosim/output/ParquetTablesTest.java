package org.scosim.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scosim.cli.Main;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Parquet store holds exactly the rows of the CSV tables: the same run written both ways, the CSV parsed here
 * line by line, the Parquet read back by DuckDB as a reader would. Typed columns; the same bytes on a second run.
 */
class ParquetTablesTest {
    static final String SCENARIO = "scenarios/classroom/gui/founding-five-1996.yaml";

    static int run(String... args) {
        return Main.commandLine().execute(args);
    }

    @Test
    void parquetHoldsTheCsvRowsTypedAndTheSameBytesTwice(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("csv"), pq = tmp.resolve("pq"), pq2 = tmp.resolve("pq2");
        assertEquals(0, run("run", SCENARIO, "-n", "3", "--seed", "9", "--no-plots", "-q", "--out", csv.toString()));
        assertEquals(0, run("run", SCENARIO, "-n", "3", "--seed", "9", "--no-plots", "-q", "--format", "parquet", "--out", pq.toString()));
        assertEquals(0, run("run", SCENARIO, "-n", "3", "--seed", "9", "--no-plots", "-q", "--format", "parquet", "--out", pq2.toString()));
        for (Tables t : Tables.values()) {
            assertFalse(Files.exists(pq.resolve(t.file())), t.file() + " replaced by Parquet");
            assertArrayEquals(Files.readAllBytes(pq.resolve(ParquetTables.fileOf(t))), Files.readAllBytes(pq2.resolve(ParquetTables.fileOf(t))), t.file());
        }
        // trade: every CSV row, by hand, against the Parquet rows in the same order
        List<String> lines = Files.readAllLines(csv.resolve("trade.csv"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            List<String> types = new ArrayList<>();
            try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM '" + pq.resolve("trade.parquet") + "'")) {
                while (r.next()) types.add(r.getString(1) + " " + r.getString(2));
            }
            assertEquals(List.of("run VARCHAR", "replication INTEGER", "seed BIGINT", "year INTEGER", "reporter VARCHAR",
                    "partner VARCHAR", "trade_bn_usd DOUBLE"), types);
            int k = 1;
            try (ResultSet r = s.executeQuery("SELECT * FROM '" + pq.resolve("trade.parquet") + "'")) {
                while (r.next()) {
                    String[] f = lines.get(k++).split(",");
                    assertEquals(f[0], r.getString(1));
                    assertEquals(Integer.parseInt(f[1]), r.getInt(2));
                    assertEquals(Long.parseLong(f[2]), r.getLong(3));
                    assertEquals(Integer.parseInt(f[3]), r.getInt(4));
                    assertEquals(f[5], r.getString(6));
                    assertEquals(Double.parseDouble(f[6]), r.getDouble(7), 0.0);
                }
            }
            assertEquals(lines.size(), k, "as many rows");
            // the other tables: as many rows as their CSV, and the missing values (NA) are NULL
            for (Tables t : Tables.values()) {
                long rows = Files.readAllLines(csv.resolve(t.file())).size() - 1;
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM '" + pq.resolve(ParquetTables.fileOf(t)) + "'")) {
                    r.next();
                    assertEquals(rows, r.getLong(1), t.file());
                }
            }
            long na = Files.readAllLines(csv.resolve("measures.csv")).stream().filter(l -> l.endsWith(",NA")).count();
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM '" + pq.resolve("measures.parquet") + "' WHERE value IS NULL")) {
                r.next();
                assertEquals(na, r.getLong(1));
            }
        }
    }

    @Test
    void writingTablesSideBySideGivesTheBytesOfOneAtATime(@TempDir Path tmp) throws Exception {
        // large enough (about 20 MB a table) that DuckDB would split them, were it given more than one thread
        Path csv = tmp.resolve("csv");
        assertEquals(0, run("run", "scenarios/sco-baseline.yaml", "-n", "200", "--seed", "3", "--no-plots", "-q",
                "--tables", "measures,trade", "--out", csv.toString()));
        java.util.Set<Tables> tables = java.util.EnumSet.of(Tables.MEASURES, Tables.TRADE);
        List<Path> dirs = new ArrayList<>();
        for (int threads : new int[]{1, 4}) {
            Path d = Files.createDirectory(tmp.resolve("t" + threads));
            for (Tables t : tables) Files.copy(csv.resolve(t.file()), d.resolve(t.file()));
            assertEquals(2, ParquetTables.convert(d, tables, threads));
            assertFalse(Files.exists(d.resolve("measures.csv")));
            dirs.add(d);
        }
        for (Tables t : tables) {
            assertTrue(Files.size(csv.resolve(t.file())) > 15_000_000, "big enough to be split");
            assertArrayEquals(Files.readAllBytes(dirs.get(0).resolve(ParquetTables.fileOf(t))),
                    Files.readAllBytes(dirs.get(1).resolve(ParquetTables.fileOf(t))), t.file());
        }
    }

    @Test
    void anUnknownFormatIsRefusedBeforeAnythingIsWritten(@TempDir Path tmp) {
        Path out = tmp.resolve("o");
        assertEquals(2, run("run", SCENARIO, "-n", "1", "--format", "xml", "--out", out.toString()));
        assertFalse(Files.exists(out));
        assertTrue(ParquetTables.quote("it's").equals("'it''s'"));
    }
}
