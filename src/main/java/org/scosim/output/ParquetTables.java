package org.scosim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The columnar store: each finished table of a run folder becomes {@code TABLE.parquet} (zstd-compressed, typed
 * columns: {@link Tables#sqlType}), written by DuckDB's {@code COPY ... TO ... (FORMAT parquet)}. Each table is
 * written by one DuckDB thread, since DuckDB's row groups depend on how many threads it uses (a test shows it), so
 * the same rows give the same bytes on any machine; the tables are written side by side, as many at once as the run
 * has threads. pandas, R's
 * arrow, DuckDB and Spark read the files as they are (docs/analysis.md). The CSV is removed once its Parquet file is
 * in place; a file appears whole or not at all.
 */
public final class ParquetTables {
    private ParquetTables() {
    }

    public static String fileOf(Tables t) {
        return t.file().replace(".csv", ".parquet");
    }

    /** Converts every given table whose CSV is in {@code dir}, {@code parallel} at once; returns the number converted. */
    static int convert(Path dir, Set<Tables> tables, int parallel) throws IOException {
        return convert(dir, tables, List.of(), parallel);
    }

    /**
     * As above, for tables with the run's own columns after {@code year} ({@link RunColumn}); {@code parallel} is the
     * run's own thread count, so that {@code --threads 1} keeps to one core here too, and 1 where several points
     * convert side by side.
     */
    public static int convert(Path dir, Set<Tables> tables, List<RunColumn> columns, int parallel) throws IOException {
        List<Tables> present = new ArrayList<>();
        for (Tables t : tables) if (Files.exists(dir.resolve(t.file()))) present.add(t);
        if (present.isEmpty()) return 0;
        if (parallel <= 1 || present.size() == 1) {
            for (Tables t : present) convertOne(dir, t, columns);
            return present.size();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, present.size()), r -> {
            Thread th = new Thread(r, "parquet");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            // the largest tables first, so the last one to start is a small one
            present.sort((a, b) -> Long.compare(size(dir.resolve(b.file())), size(dir.resolve(a.file()))));
            for (Tables t : present) done.add(pool.submit(() -> {
                convertOne(dir, t, columns);
                return null;
            }));
            for (Future<?> f : done) f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IOException("writing Parquet in " + dir + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("writing Parquet in " + dir + " was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return present.size();
    }

    private static void convertOne(Path dir, Tables t, List<RunColumn> extra) throws IOException {
        Path csv = dir.resolve(t.file());
        Path target = dir.resolve(fileOf(t)), part = AtomicFiles.partOf(target);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = 1");
            s.execute("SET preserve_insertion_order = true");
            Files.deleteIfExists(part);
            StringJoiner cols = new StringJoiner(", ", "{", "}");
            for (String col : RunColumn.columns(t, extra)) cols.add(quote(col) + ": '" + type(t, col, extra) + "'");
            s.execute("COPY (SELECT * FROM read_csv(" + quote(csv.toAbsolutePath().toString())
                    + ", header = true, delim = ',', quote = '\"', escape = '\"', nullstr = 'NA', columns = " + cols
                    + ")) TO " + quote(part.toAbsolutePath().toString()) + " (FORMAT parquet, COMPRESSION zstd)");
        } catch (SQLException e) {
            throw new IOException("writing " + target + ": " + e.getMessage(), e);
        }
        AtomicFiles.commit(part, target);
        Files.delete(csv);
    }

    /** A column's SQL type: the run's own columns are numbers or text by their values, the table's by name. */
    private static String type(Tables t, String column, List<RunColumn> extra) {
        for (RunColumn c : extra) if (c.name().equals(column)) return c.numeric() ? "DOUBLE" : "VARCHAR";
        return t.sqlType(column);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A SQL string literal. */
    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
