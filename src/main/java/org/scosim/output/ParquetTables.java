package org.scosim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The columnar store: each finished table of a run folder becomes {@code TABLE.parquet} (zstd-compressed, typed
 * columns: {@link Tables#sqlType}), written by DuckDB's {@code COPY ... TO ... (FORMAT parquet)} on one thread, so the
 * same rows give the same bytes. pandas, R's arrow, DuckDB and Spark read the files as they are (docs/analysis.md).
 * The CSV is removed once its Parquet file is in place; a file appears whole or not at all.
 */
public final class ParquetTables {
    private ParquetTables() {
    }

    public static String fileOf(Tables t) {
        return t.file().replace(".csv", ".parquet");
    }

    /** Converts every given table whose CSV is in {@code dir}; returns the number converted. */
    public static int convert(Path dir, Set<Tables> tables) throws IOException {
        int done = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = 1");
            s.execute("SET preserve_insertion_order = true");
            for (Tables t : tables) {
                Path csv = dir.resolve(t.file());
                if (!Files.exists(csv)) continue;
                Path target = dir.resolve(fileOf(t)), part = AtomicFiles.partOf(target);
                Files.deleteIfExists(part);
                StringJoiner cols = new StringJoiner(", ", "{", "}");
                for (String col : t.columns()) cols.add(quote(col) + ": '" + t.sqlType(col) + "'");
                s.execute("COPY (SELECT * FROM read_csv(" + quote(csv.toAbsolutePath().toString())
                        + ", header = true, delim = ',', quote = '\"', escape = '\"', nullstr = 'NA', columns = " + cols
                        + ")) TO " + quote(part.toAbsolutePath().toString()) + " (FORMAT parquet, COMPRESSION zstd)");
                AtomicFiles.commit(part, target);
                Files.delete(csv);
                done++;
            }
        } catch (SQLException e) {
            throw new IOException("writing Parquet in " + dir + ": " + e.getMessage(), e);
        }
        return done;
    }

    /** A SQL string literal. */
    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
