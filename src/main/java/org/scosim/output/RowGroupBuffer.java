package org.scosim.output;

import java.util.Arrays;

/**
 * One row group of a Parquet table gathering, column by column: the replications' typed rows are copied in as they
 * arrive ({@link #add}), so each replication's own arrays die young and the collector never copies them, and the
 * buffer's arrays are kept from one row group to the next. The columns that are the same on every row of a
 * replication (run, replication, seed, the run's own columns) are kept as runs: one value and a row count a
 * replication.
 */
final class RowGroupBuffer {
    /**
     * Stands in a text column for a cell made of parts, whose bytes are copied into the column's arena: the row group
     * then holds no young objects, which a collection would copy again and again until the group is written.
     */
    static final Object PARTS = new Object();

    final ColumnRows.Kind[] kinds;
    /** Per text column, the bytes of its cells made of parts, and where each row's cell lies (offset << 32 | length). */
    private final byte[][] arena;
    private final int[] arenaUsed;
    private final long[][] spans;
    private final boolean[] perReplication;
    private final double[][] doubles;
    private final long[][] longs;
    private final Object[][] texts;
    private Object[][] runValues;
    private int[] runRows;
    private int rows, runs, capacity;

    RowGroupBuffer(ColumnRows.Kind[] kinds, ColumnRows first, int capacity) {
        this.kinds = kinds;
        int n = kinds.length;
        perReplication = new boolean[n];
        doubles = new double[n][];
        longs = new long[n][];
        texts = new Object[n][];
        arena = new byte[n][];
        arenaUsed = new int[n];
        spans = new long[n][];
        runValues = new Object[n][16];
        runRows = new int[16];
        this.capacity = Math.max(16, capacity);
        for (int c = 0; c < n; c++) {
            perReplication[c] = first.constant(c) != null;
            if (perReplication[c]) continue;
            switch (kinds[c]) {
                case DOUBLE -> doubles[c] = new double[this.capacity];
                case TEXT -> texts[c] = new Object[this.capacity];
                default -> longs[c] = new long[this.capacity];
            }
        }
    }

    int rows() { return rows; }

    /** Copies one replication's rows in. */
    void add(ColumnRows b) {
        int n = b.rows();
        if (rows + n > capacity) grow(rows + n);
        if (runs == runRows.length) {
            runRows = Arrays.copyOf(runRows, runs * 2);
            for (int c = 0; c < kinds.length; c++) runValues[c] = Arrays.copyOf(runValues[c], runs * 2);
        }
        for (int c = 0; c < kinds.length; c++) {
            if (perReplication[c]) {
                Object v = b.constant(c);
                if (v == null) throw new IllegalArgumentException("column " + c + " is not the same on every row");
                runValues[c][runs] = v;
            } else if (doubles[c] != null) {
                System.arraycopy(b.doubles(c), 0, doubles[c], rows, n);
            } else if (longs[c] != null) {
                System.arraycopy(b.longs(c), 0, longs[c], rows, n);
            } else {
                if (b.withParts(c)) addTexts(c, b.texts(c), n);
                else System.arraycopy(b.texts(c), 0, texts[c], rows, n);   // Strings and nulls only
            }
        }
        runRows[runs++] = n;
        rows += n;
    }

    private void addTexts(int c, Object[] cells, int n) {
        Object[] to = texts[c];
        for (int k = 0; k < n; k++) {
            Object cell = cells[k];
            if (cell instanceof byte[] raw) {
                if (spans[c] == null) spans[c] = new long[capacity];
                int at = arenaUsed[c];
                if (arena[c] == null || at + raw.length > arena[c].length) {
                    arena[c] = Arrays.copyOf(arena[c] == null ? new byte[0] : arena[c],
                            Math.max(at + raw.length, Math.max(1 << 16, 2 * at)));
                }
                System.arraycopy(raw, 0, arena[c], at, raw.length);
                arenaUsed[c] = at + raw.length;
                spans[c][rows + k] = (long) at << 32 | raw.length;
                cell = PARTS;
            }
            to[rows + k] = cell;
        }
    }

    private void grow(int needed) {
        capacity = Math.max(needed, capacity + capacity / 2);
        for (int c = 0; c < kinds.length; c++) {
            if (doubles[c] != null) doubles[c] = Arrays.copyOf(doubles[c], capacity);
            if (longs[c] != null) longs[c] = Arrays.copyOf(longs[c], capacity);
            if (texts[c] != null) texts[c] = Arrays.copyOf(texts[c], capacity);
            if (spans[c] != null) spans[c] = Arrays.copyOf(spans[c], capacity);
        }
    }

    /** Empties the buffer for the next row group; its arrays stay. */
    void clear() {
        for (Object[] t : texts) if (t != null) Arrays.fill(t, 0, rows, null);
        for (Object[] r : runValues) Arrays.fill(r, 0, runs, null);
        Arrays.fill(arenaUsed, 0);
        rows = 0;
        runs = 0;
    }

    /** Whether the column is one value per replication, kept as runs ({@link #runValue}, {@link #runRows}). */
    boolean perReplication(int c) { return perReplication[c]; }

    int runs() { return runs; }
    Object runValue(int c, int run) { return runValues[c][run]; }
    int runRows(int run) { return runRows[run]; }

    double[] doubles(int c) { return doubles[c]; }
    long[] longs(int c) { return longs[c]; }
    /** A text column's cells: a String, {@link #PARTS} (its bytes in {@link #arena}), or null. */
    Object[] texts(int c) { return texts[c]; }

    /** The bytes of column {@code c}'s cells made of parts; row {@code r}'s lie at {@link #partsOffset}. */
    byte[] arena(int c) { return arena[c]; }
    int partsOffset(int c, int r) { return (int) (spans[c][r] >>> 32); }
    int partsLength(int c, int r) { return (int) spans[c][r]; }
}
