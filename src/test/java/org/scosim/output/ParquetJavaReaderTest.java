package org.scosim.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Apache Parquet's Java reader (parquet-hadoop, what Spark's readers build on) reads every table of a run: the
 * schema's types and logical types, every cell against the CSV table of the same run (parsed by Commons CSV), and
 * each row group's statistics in the footer (null count, smallest and largest value) against the values it read.
 * A second reader besides DuckDB ({@link ParquetTablesTest}): the two implement the format independently.
 */
class ParquetJavaReaderTest {

    @Test
    void apacheParquetReadsEveryTableCellForCellWithTrueStatistics(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("csv"), pq = tmp.resolve("pq");
        // 90 replications: two row groups of the trade and measures tables, one of the others
        String[] common = {"run", "scenarios/sco-baseline.yaml", "-n", "90", "--seed", "17", "--no-plots", "-q"};
        assertEquals(0, ParquetTablesTest.run(concat(common, "--out", csv.toString())));
        assertEquals(0, ParquetTablesTest.run(concat(common, "--format", "parquet", "--out", pq.toString())));
        int groups = 0;
        long cells = 0;
        for (Tables t : Tables.values()) {
            List<CSVRecord> rows = csvRows(csv.resolve(t.file()));
            int k = 0, block = 0;
            for (RowGroup g : rowGroups(pq.resolve(ParquetTables.fileOf(t)))) {
                block++;
                if (block == 1) checkSchema(t, g.schema());
                for (Group row : g.rows()) cells += sameRow(t, g.schema(), rows.get(k++), row, k);
                checkStatistics(t, g.schema(), g.meta(), g.rows());
                for (ColumnChunkMetaData chunk : g.meta().getColumns()) {
                    // near-random flows: compressed in the first row group, where zstd saves less than an eighth,
                    // and stored as they are after it; every other column compressed
                    boolean stored = t == Tables.TRADE && chunk.getPath().toDotString().equals("trade_bn_usd") && block > 1;
                    assertEquals(stored ? CompressionCodecName.UNCOMPRESSED : CompressionCodecName.ZSTD, chunk.getCodec(),
                            t.file() + " " + chunk.getPath() + " in row group " + block);
                }
                groups++;
            }
            assertEquals(rows.size(), k, t.file() + ": as many rows as the CSV table");
        }
        assertTrue(groups >= 7, "row groups read: " + groups);
        assertTrue(cells > 1_000_000, "cells compared: " + cells);
    }

    @Test
    void handMadeRowsWithMissingNumbersComeBackWithTheirNullCounts(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("decisions.parquet");
        List<ParquetTableTest.Row> expected = ParquetTableTest.writeHandMade(file);
        long missing = 0;
        List<Long> groupRows = new java.util.ArrayList<>();
        int k = 0;
        for (RowGroup rg : rowGroups(file)) {
            MessageType schema = rg.schema();
            for (Group g : rg.rows()) {
                ParquetTableTest.Row e = expected.get(k++);
                assertEquals("point-7", g.getString("run", 0));
                assertEquals(e.replication(), g.getInteger("replication", 0));
                assertEquals(e.seed(), g.getLong("seed", 0));
                assertEquals(e.year(), g.getInteger("year", 0));
                assertEquals("opt-out", g.getString("rule.type", 0));
                assertEquals(0.05, g.getDouble("parameters.trustDecay", 0));
                for (int col = 0; col < e.cells().length; col++) {
                    Object want = e.cells()[col];
                    String where = "row " + k + " " + schema.getFieldName(6 + col);
                    if (want == null) {
                        assertEquals(0, g.getFieldRepetitionCount(6 + col), where + " missing");
                        missing++;
                    } else {
                        Object got = value(schema.getType(6 + col).asPrimitiveType(), g, 6 + col);
                        assertEquals(want, got instanceof Binary b ? b.toStringUsingUTF8() : got, where);
                    }
                }
            }
            checkStatistics(Tables.DECISIONS, schema, rg.meta(), rg.rows());
            groupRows.add(rg.meta().getRowCount());
        }
        assertEquals(expected.size(), k, "as many rows");
        assertEquals(List.of(652L, 1278L, 2L), groupRows);
        assertTrue(missing > 1000, "missing numbers read: " + missing);
    }

    /** One row group as Apache Parquet's reader gives it: the file's schema, the group's metadata, its rows. */
    record RowGroup(MessageType schema, BlockMetaData meta, Group[] rows) {
    }

    /** Every row group of a file, read with Apache Parquet's record reader. */
    static List<RowGroup> rowGroups(Path file) throws Exception {
        List<RowGroup> out = new java.util.ArrayList<>();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(schema));
                Group[] rows = new Group[(int) pages.getRowCount()];
                for (int r = 0; r < rows.length; r++) rows[r] = records.read();
                out.add(new RowGroup(schema, reader.getFooter().getBlocks().get(out.size()), rows));
            }
        }
        return out;
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<CSVRecord> csvRows(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    /** Each column's physical type and logical type, and whether it may be missing, from the table's SQL types. */
    private static void checkSchema(Tables t, MessageType schema) {
        for (Type f : schema.getFields()) {
            PrimitiveType p = f.asPrimitiveType();
            String sql = t.sqlType(f.getName()), where = t.file() + " " + f.getName();
            switch (sql) {
                case "VARCHAR" -> {
                    assertEquals(PrimitiveType.PrimitiveTypeName.BINARY, p.getPrimitiveTypeName(), where);
                    assertEquals(LogicalTypeAnnotation.stringType(), p.getLogicalTypeAnnotation(), where);
                }
                case "INTEGER" -> assertEquals(PrimitiveType.PrimitiveTypeName.INT32, p.getPrimitiveTypeName(), where);
                case "BIGINT" -> assertEquals(PrimitiveType.PrimitiveTypeName.INT64, p.getPrimitiveTypeName(), where);
                case "BOOLEAN" -> assertEquals(PrimitiveType.PrimitiveTypeName.BOOLEAN, p.getPrimitiveTypeName(), where);
                default -> assertEquals(PrimitiveType.PrimitiveTypeName.DOUBLE, p.getPrimitiveTypeName(), where);
            }
            assertTrue(f.getRepetition() != Type.Repetition.REPEATED, where);
        }
    }

    /** One row against its CSV record: text and integers exactly, numbers bit for bit, NA as a missing value. */
    private static int sameRow(Tables t, MessageType schema, CSVRecord csv, Group g, int row) {
        assertEquals(csv.size(), schema.getFieldCount(), t.file() + " row " + row);
        for (int c = 0; c < schema.getFieldCount(); c++) {
            String name = schema.getFieldName(c), cell = csv.get(c), where = t.file() + " row " + row + " " + name;
            boolean present = g.getFieldRepetitionCount(c) > 0;
            switch (t.sqlType(name)) {
                case "VARCHAR" -> assertEquals(cell, g.getString(c, 0), where);
                case "INTEGER" -> assertEquals(Integer.parseInt(cell), g.getInteger(c, 0), where);
                case "BIGINT" -> assertEquals(Long.parseLong(cell), g.getLong(c, 0), where);
                case "BOOLEAN" -> assertEquals(Boolean.parseBoolean(cell), g.getBoolean(c, 0), where);
                default -> {
                    if (cell.equals("NA")) {
                        assertTrue(!present, where + " missing");
                    } else {
                        assertTrue(present, where + " present");
                        assertEquals(Double.doubleToLongBits(Double.parseDouble(cell)),
                                Double.doubleToLongBits(g.getDouble(c, 0)), where + ": " + cell);
                    }
                }
            }
        }
        return schema.getFieldCount();
    }

    /** The footer's statistics of each column of a row group: its null count and range, from the rows read. */
    private static void checkStatistics(Tables t, MessageType schema, BlockMetaData meta, Group[] rows) {
        assertEquals(rows.length, meta.getRowCount());
        for (int c = 0; c < schema.getFieldCount(); c++) {
            ColumnChunkMetaData chunk = meta.getColumns().get(c);
            Statistics<?> stats = chunk.getStatistics();
            String where = t.file() + " " + schema.getFieldName(c) + " at row group offset " + chunk.getStartingPos();
            assertNotNull(stats, where);
            assertEquals(rows.length, chunk.getValueCount(), where);
            long nulls = 0;
            Object min = null, max = null;
            for (Group g : rows) {
                if (g.getFieldRepetitionCount(c) == 0) {
                    nulls++;
                    continue;
                }
                Object v = value(schema.getType(c).asPrimitiveType(), g, c);
                if (min == null || compare(stats, v, min) < 0) min = v;
                if (max == null || compare(stats, v, max) > 0) max = v;
            }
            assertEquals(nulls, stats.getNumNulls(), where + " null count");
            if (min == null || schema.getType(c).asPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BOOLEAN) {
                continue; // no range for an all-missing chunk; booleans carry none
            }
            if (!stats.hasNonNullValue()) {
                // a range is optional in the format; the store leaves it out only for text written plain (long
                // per-state lists), where one pass over the bytes would cost more than a reader gains
                assertEquals(PrimitiveType.PrimitiveTypeName.BINARY, schema.getType(c).asPrimitiveType().getPrimitiveTypeName(), where);
                assertTrue(chunk.getEncodings().stream().noneMatch(e -> e.usesDictionary()), where + " written plain");
                continue;
            }
            assertEquals(0, compare(stats, min, stats.genericGetMin()), where + " min " + min + " vs " + stats.genericGetMin());
            assertEquals(0, compare(stats, max, stats.genericGetMax()), where + " max " + max + " vs " + stats.genericGetMax());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Statistics stats, Object a, Object b) {
        // the format writes a range ending at zero as -0.0 (min) and +0.0 (max): equal as numbers
        if (a instanceof Double x && b instanceof Double y && x.doubleValue() == y.doubleValue()) return 0;
        return stats.comparator().compare(a, b);
    }

    private static Object value(PrimitiveType type, Group g, int c) {
        return switch (type.getPrimitiveTypeName()) {
            case BINARY -> Binary.fromString(g.getString(c, 0));
            case INT32 -> g.getInteger(c, 0);
            case INT64 -> g.getLong(c, 0);
            case BOOLEAN -> g.getBoolean(c, 0);
            default -> g.getDouble(c, 0);
        };
    }
}
