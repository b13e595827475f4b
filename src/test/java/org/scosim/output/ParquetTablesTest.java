package org.scosim.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scosim.cli.Main;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Parquet store holds exactly the rows of the CSV tables: the same run written both ways, the CSV parsed by
 * Commons CSV, the Parquet read back by DuckDB as a reader would, every cell of every table compared (a number is
 * the value its CSV cell parses to, bit for bit). Typed columns; the same bytes on a second run and on one thread.
 */
class ParquetTablesTest {
    static final String SCENARIO = "scenarios/classroom/gui/founding-five-1996.yaml";

    static int run(String... args) {
        return Main.commandLine().execute(args);
    }

    @Test
    void parquetHoldsEveryCellOfTheCsvTablesTypedAndTheSameBytesTwice(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("csv"), pq = tmp.resolve("pq"), pq2 = tmp.resolve("pq2");
        assertEquals(0, run("run", SCENARIO, "-n", "3", "--seed", "9", "--no-plots", "-q", "--out", csv.toString()));
        assertEquals(0, run("run", SCENARIO, "-n", "3", "--seed", "9", "--no-plots", "-q", "--format", "parquet", "--out", pq.toString()));
        assertEquals(0, run("run", SCENARIO, "-n", "3", "--seed", "9", "--no-plots", "-q", "--format", "parquet", "--out", pq2.toString()));
        for (Tables t : Tables.values()) {
            assertFalse(Files.exists(pq.resolve(t.file())), t.file() + " not written as CSV");
            assertFalse(Files.exists(AtomicFiles.partOf(pq.resolve(ParquetTables.fileOf(t)))), "no .part left");
            assertArrayEquals(Files.readAllBytes(pq.resolve(ParquetTables.fileOf(t))), Files.readAllBytes(pq2.resolve(ParquetTables.fileOf(t))), t.file());
        }
        long compared = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            List<String> types = new ArrayList<>();
            try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM '" + pq.resolve("trade.parquet") + "'")) {
                while (r.next()) types.add(r.getString(1) + " " + r.getString(2));
            }
            assertEquals(List.of("run VARCHAR", "replication INTEGER", "seed BIGINT", "year INTEGER", "reporter VARCHAR",
                    "partner VARCHAR", "trade_bn_usd DOUBLE"), types);
            for (Tables t : Tables.values()) compared += sameCells(s, csv.resolve(t.file()), pq.resolve(ParquetTables.fileOf(t)), t);
        }
        assertTrue(compared > 5_000, "cells compared: " + compared);
    }

    /** Every cell of a CSV table against its Parquet file, row by row in file order; returns the cells compared. */
    static long sameCells(Statement s, Path csvFile, Path parquetFile, Tables t) throws Exception {
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(csvFile)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
        long cells = 0;
        int k = 0;
        try (ResultSet r = s.executeQuery("SELECT * FROM '" + parquetFile + "'")) {
            ResultSetMetaData md = r.getMetaData();
            while (r.next()) {
                CSVRecord row = rows.get(k++);
                assertEquals(row.size(), md.getColumnCount());
                for (int c = 1; c <= md.getColumnCount(); c++) {
                    String cell = row.get(c - 1), where = t.file() + " row " + k + " " + md.getColumnName(c);
                    switch (t.sqlType(md.getColumnName(c))) {
                        case "VARCHAR" -> assertEquals(cell, r.getString(c), where);
                        case "INTEGER", "BIGINT" -> assertEquals(Long.parseLong(cell), r.getLong(c), where);
                        case "BOOLEAN" -> assertEquals(Boolean.parseBoolean(cell), r.getBoolean(c), where);
                        default -> {
                            double v = r.getDouble(c);
                            if (cell.equals("NA")) {
                                assertTrue(r.wasNull(), where + " missing");
                            } else {
                                assertEquals(Double.doubleToLongBits(Double.parseDouble(cell)), Double.doubleToLongBits(v), where + ": " + cell + " vs " + v);
                            }
                        }
                    }
                    cells++;
                }
            }
        }
        assertEquals(rows.size(), k, t.file() + ": as many rows");
        return cells;
    }

    @Test
    void oneThreadAndTwoGiveTheSameBytesOverManyRowGroups(@TempDir Path tmp) throws Exception {
        // 300 replications: about four row groups of the trade and measures tables
        List<Path> dirs = new ArrayList<>();
        for (String threads : new String[]{"1", "2"}) {
            Path d = tmp.resolve("t" + threads);
            assertEquals(0, run("run", "scenarios/sco-baseline.yaml", "-n", "300", "--seed", "3", "--no-plots", "-q",
                    "--threads", threads, "--tables", "measures,trade", "--format", "parquet", "--out", d.toString()));
            dirs.add(d);
        }
        for (Tables t : List.of(Tables.MEASURES, Tables.TRADE)) {
            assertArrayEquals(Files.readAllBytes(dirs.get(0).resolve(ParquetTables.fileOf(t))),
                    Files.readAllBytes(dirs.get(1).resolve(ParquetTables.fileOf(t))), t.file());
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(DISTINCT row_group_id), count(DISTINCT replication) FROM parquet_metadata('"
                     + dirs.get(0).resolve("trade.parquet") + "'), '" + dirs.get(0).resolve("trade.parquet") + "'")) {
            r.next();
            assertTrue(r.getLong(1) >= 3, "several row groups: " + r.getLong(1));
            assertEquals(300, r.getLong(2));
        }
    }

    @Test
    void anUnknownFormatIsRefusedBeforeAnythingIsWritten(@TempDir Path tmp) {
        Path out = tmp.resolve("o");
        assertEquals(2, run("run", SCENARIO, "-n", "1", "--format", "xml", "--out", out.toString()));
        assertFalse(Files.exists(out));
    }
}
