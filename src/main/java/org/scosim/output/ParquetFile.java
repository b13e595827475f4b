package org.scosim.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A Parquet table of columns of its own, for a table that is not one of a run's ({@link Tables}): a sensitivity
 * analysis's outputs, say. Rows come in blocks; a column whose value is the same on every row of a block (the keys,
 * a design point's settings) is given once a block, the others cell by cell. The file is encoded as the run tables
 * are ({@link ParquetTable}: zstd, dictionaries, typed, the same bytes for the same rows) and written to
 * {@code FILE.part}, which {@link #finish} renames: an unfinished file never has the finished name.
 */
public final class ParquetFile implements Closeable {
    private final Path file;
    private final ColumnRows.Kind[] kinds;
    private final ParquetTable table;
    private ColumnRows block;
    private boolean open = true;

    /**
     * A table of these columns, typed by SQL name as {@link Tables#sqlType} gives them: VARCHAR, INTEGER, BIGINT,
     * DOUBLE or BOOLEAN.
     */
    public ParquetFile(Path file, List<String> names, List<String> sqlTypes) throws IOException {
        this(file, names, sqlTypes, ParquetTable.ROW_GROUP_ROWS);
    }

    /** As above with row groups of at least {@code groupRows} rows (tests use small groups). */
    ParquetFile(Path file, List<String> names, List<String> sqlTypes, int groupRows) throws IOException {
        if (names.size() != sqlTypes.size()) {
            throw new IllegalArgumentException(names.size() + " column names for " + sqlTypes.size() + " types");
        }
        kinds = new ColumnRows.Kind[names.size()];
        for (int c = 0; c < kinds.length; c++) kinds[c] = ColumnRows.Kind.ofSql(sqlTypes.get(c));
        this.file = file;
        table = new ParquetTable(AtomicFiles.partOf(file), names, kinds, groupRows, null);
    }

    /**
     * Starts a block of rows: per column, the value all its rows share (a String, a whole number, a double; NaN is
     * missing) or null for a column given cell by cell. Every block has its shared values in the same columns, and
     * they come before and after the cells of a row, not between them.
     */
    public ParquetFile block(Object... shared) throws IOException {
        if (shared.length != kinds.length) {
            throw new IllegalArgumentException(shared.length + " shared values for " + kinds.length + " columns");
        }
        Object[] v = new Object[shared.length];
        for (int c = 0; c < v.length; c++) v[c] = stored(c, shared[c]);
        if (block == null) {
            block = new ColumnRows(kinds, v, 64);
        } else {
            table.append(block);
            block.restart(v);
        }
        return this;
    }

    /** A shared value as the column rows keep it: text as String, whole numbers as Long, numbers as Double. */
    private Object stored(int c, Object x) {
        if (x == null) return null;
        return switch (kinds[c]) {
            case TEXT -> x.toString();
            case DOUBLE -> ((Number) x).doubleValue();
            case BOOLEAN -> (Boolean) x ? 1L : 0L;
            default -> ((Number) x).longValue();
        };
    }

    /** Opens a row of the current block; its cells follow, in column order, skipping the shared columns. */
    public ParquetFile row() {
        if (block == null) throw new IllegalStateException("a row before the first block");
        block.row();
        return this;
    }

    public ParquetFile text(String s) {
        block.text(s);
        return this;
    }

    /** A number to six significant digits, as the CSV tables hold it (NaN and infinities: missing). */
    public ParquetFile num(double v) {
        block.num(v);
        return this;
    }

    public ParquetFile integer(long v) {
        block.integer(v);
        return this;
    }

    public ParquetFile end() {
        block.end();
        return this;
    }

    /** Writes the last block and the footer, and gives the file its name. */
    public void finish() throws IOException {
        if (block != null) table.append(block);
        table.finish();
        open = false;
        AtomicFiles.commit(AtomicFiles.partOf(file), file);
    }

    /** Closes an unfinished file as it is, under its ".part" name. */
    @Override
    public void close() throws IOException {
        if (open) {
            open = false;
            table.close();
        }
    }
}
