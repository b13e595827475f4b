package org.scosim.output;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The tables of a run, streamed as replications finish: CSV rows are appended to ".part" files, typed rows go to
 * Parquet files ({@link ParquetTable}) written as they come; the files are renamed to their final names only when
 * the run completes, so an interrupted run never leaves a file that looks complete. (The statistics over
 * replications are the engine's: a run may need none.)
 */
public final class RunOutput implements Closeable {
    private final Path dir;
    private final Map<Tables, OutputStream> writers = new EnumMap<>(Tables.class);
    private final Map<Tables, ParquetTable> parquet = new EnumMap<>(Tables.class);
    /** Where full Parquet row groups are encoded, or null: on the calling thread. */
    private java.util.concurrent.ExecutorService encoders;
    private int replications;
    private boolean finished;

    public RunOutput(Path dir) throws IOException {
        this(dir, java.util.EnumSet.allOf(Tables.class));
    }

    /** Writes only the given tables. */
    public RunOutput(Path dir, java.util.Set<Tables> tables) throws IOException {
        this(dir, tables, java.util.List.of());
    }

    /** As above, the tables' headers with the run's own columns after {@code year} ({@link RunColumn}). */
    public RunOutput(Path dir, java.util.Set<Tables> tables, java.util.List<RunColumn> columns)
            throws IOException {
        this(dir, tables, columns, TableFormat.CSV);
    }

    /** As above, the tables stored as {@code format}: the replications must bring their rows in that form. */
    public RunOutput(Path dir, java.util.Set<Tables> tables, java.util.List<RunColumn> columns,
                     TableFormat format) throws IOException {
        this(dir, tables, columns, format, 1);
    }

    /**
     * As above; {@code threads}: the run's own, on which Parquet row groups are encoded while replications go on
     * (1: on the calling thread, so {@code --threads 1} keeps to one core). The bytes are the same either way.
     */
    public RunOutput(Path dir, java.util.Set<Tables> tables, java.util.List<RunColumn> columns,
                     TableFormat format, int threads) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        if (format == TableFormat.PARQUET) {
            if (threads > 1 && tables.size() > 0) {
                encoders = java.util.concurrent.Executors.newFixedThreadPool(Math.min(threads, tables.size()), r -> {
                    Thread th = new Thread(r, "scosim-parquet");
                    th.setDaemon(true);
                    return th;
                });
            }
            try {
                for (Tables t : tables) {
                    parquet.put(t, new ParquetTable(AtomicFiles.partOf(dir.resolve(ParquetTables.fileOf(t))), t, columns, encoders));
                }
            } catch (IOException e) {
                close();
                throw e;
            }
            return;
        }
        for (Tables t : tables) {
            OutputStream w = new BufferedOutputStream(Files.newOutputStream(AtomicFiles.partOf(dir.resolve(t.file()))), 1 << 16);
            w.write(header(RunColumn.columns(t, columns)).getBytes(StandardCharsets.UTF_8));
            writers.put(t, w);
        }
    }

    /** A header row, each name quoted where CSV needs it (a varied path never does, but a name could). */
    private static String header(java.util.List<String> names) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (org.apache.commons.csv.CSVPrinter p = new org.apache.commons.csv.CSVPrinter(sb, Tables.FORMAT)) {
            p.printRecord(names);
        }
        return sb.toString();
    }

    public Path dir() { return dir; }
    public int replications() { return replications; }

    public void accept(ReplicationOutput out) throws IOException {
        for (var e : parquet.entrySet()) {
            ColumnRows rows = out.columns().get(e.getKey());
            if (rows == null) throw new IllegalArgumentException("replication has no typed rows for " + e.getKey().file());
            e.getValue().append(rows);
            rows.release();   // copied into the table's row group: the arrays go back for a later replication's rows
        }
        for (var e : writers.entrySet()) {
            byte[] rows = out.rows().get(e.getKey());
            if (rows == null) throw new IllegalArgumentException("replication has no rows for " + e.getKey().file());
            e.getValue().write(rows);
        }
        replications++;
    }

    /** Closes the tables and gives them their final names. */
    public void finish() throws IOException {
        for (var e : parquet.entrySet()) e.getValue().finish();
        if (encoders != null) encoders.shutdown();
        for (var e : parquet.entrySet()) {
            Path target = dir.resolve(ParquetTables.fileOf(e.getKey()));
            AtomicFiles.commit(AtomicFiles.partOf(target), target);
        }
        for (var e : writers.entrySet()) e.getValue().close();
        for (Tables t : writers.keySet()) AtomicFiles.commit(AtomicFiles.partOf(dir.resolve(t.file())), dir.resolve(t.file()));
        finished = true;
    }

    /** Closes without renaming: the ".part" files show the run did not finish. */
    @Override
    public void close() throws IOException {
        if (finished) return;
        for (ParquetTable p : parquet.values()) {
            try {
                p.close();
            } catch (IOException ignored) {
                // as below
            }
        }
        if (encoders != null) encoders.shutdownNow();
        for (OutputStream w : writers.values()) {
            try {
                w.close();
            } catch (IOException ignored) {
                // the run is being abandoned; the .part names already mark it incomplete
            }
        }
    }
}
