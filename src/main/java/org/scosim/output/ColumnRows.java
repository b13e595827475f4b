package org.scosim.output;

import java.util.Arrays;
import java.util.List;

/**
 * One table's rows of one replication kept typed, column by column, for the columnar store ({@link ParquetTable}):
 * numbers as doubles, to the six significant digits of the CSV tables (NaN and infinities are missing), integers and
 * booleans as longs, text as the cell's
 * {@code String} or, for a cell made of parts, its UTF-8 bytes. The columns that are the same on every row of a
 * replication (run, replication, seed and the run's own columns) are kept once.
 */
public final class ColumnRows extends TableRows implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** A column's type in the store. */
    enum Kind {
        TEXT, INT32, INT64, DOUBLE, BOOLEAN;

        /** From a column's SQL type ({@link Tables#sqlType}). */
        static Kind ofSql(String sql) {
            return switch (sql) {
                case "VARCHAR" -> TEXT;
                case "INTEGER" -> INT32;
                case "BIGINT" -> INT64;
                case "BOOLEAN" -> BOOLEAN;
                case "DOUBLE" -> DOUBLE;
                default -> throw new IllegalArgumentException("no store type for SQL type " + sql);
            };
        }
    }

    /** The key columns before {@code year}: run, replication, seed. */
    private static final int KEYS = 3;

    private final Kind[] kinds;
    /** The value of each column that is the same on every row, or null for a column kept row by row. */
    private final Object[] constants;
    private final double[][] doubles;
    private final long[][] longs;
    private final Object[][] texts;
    /** Per text column, whether a cell made of parts (a byte[]) is among its rows: the others copy in one piece. */
    private final boolean[] withParts;
    private final int yearColumn;
    private int rows;
    /** The rows the columns hold before they grow. */
    private int capacity;
    private int col;
    private boolean rowOpen;
    /** Where this goes back once its rows are copied ({@link #release}); null: nowhere (made by hand, or deserialized). */
    private transient RowsPool origin;
    /** The parts of an open cell, rendered by the CSV renderer (they never need quoting). */
    private transient CsvRows parts;
    private boolean partsOpen;

    /**
     * Rows of {@code table} for one replication; {@code columns}: the run's own, after {@code year}; {@code capacity}:
     * the rows expected, so the columns rarely grow.
     */
    ColumnRows(Tables table, List<RunColumn> columns, String run, int replication, long seed, int capacity) {
        this(kindsOf(table, columns), columns, run, replication, seed, capacity);
    }

    /** As above, the table's column types given ({@link #kindsOf}; only read, so a run's replications share them). */
    ColumnRows(Kind[] kinds, List<RunColumn> columns, String run, int replication, long seed, int capacity) {
        this(kinds, setKeys(new Object[kinds.length], columns, run, replication, seed), KEYS, capacity);
    }

    /**
     * Rows of a table of columns of its own ({@link ParquetFile}), without a year: {@code shared} holds, per column, the
     * value every row of these rows has (a String, Long or Double), or null for a column kept row by row; the shared
     * columns come before and after the others, not between them. Rows open with {@link #row}.
     */
    ColumnRows(Kind[] kinds, Object[] shared, int capacity) {
        this(kinds, checkedShared(kinds.length, shared), -1, capacity);
    }

    /** The columns kept row by row get arrays of {@code capacity} rows; {@code yearColumn} is -1 for a table without. */
    private ColumnRows(Kind[] kinds, Object[] constants, int yearColumn, int capacity) {
        int n = kinds.length;
        this.kinds = kinds;
        this.constants = constants;
        this.yearColumn = yearColumn;
        doubles = new double[n][];
        longs = new long[n][];
        texts = new Object[n][];
        withParts = new boolean[n];
        int cap = Math.max(16, capacity);
        this.capacity = cap;
        for (int c = 0; c < n; c++) {
            if (constants[c] != null) continue;
            switch (kinds[c]) {
                case DOUBLE -> doubles[c] = new double[cap];
                case TEXT -> texts[c] = new Object[cap];
                default -> longs[c] = new long[cap];
            }
        }
    }

    private static Object[] checkedShared(int n, Object[] shared) {
        if (shared.length != n) throw new IllegalArgumentException(shared.length + " shared values for " + n + " columns");
        int first = 0, last = n;
        while (first < n && shared[first] != null) first++;
        while (last > first && shared[last - 1] != null) last--;
        for (int c = first; c < last; c++) {
            if (shared[c] != null) throw new IllegalArgumentException("shared column " + c + " between the cells of a row");
        }
        return shared.clone();
    }

    /**
     * The same columns again for the next rows, with these shared values (null where the first rows had null): once
     * the writer has copied the rows, so that a table of many small blocks keeps one set of arrays.
     */
    ColumnRows restart(Object[] shared) {
        for (int c = 0; c < kinds.length; c++) {
            if ((shared[c] == null) != (constants[c] == null)) {
                throw new IllegalArgumentException("column " + c + (shared[c] == null ? " was" : " was not") + " shared");
            }
            constants[c] = shared[c];
        }
        empty();
        return this;
    }

    /** Lets the rows' text cells go and holds no rows; the arrays stay. */
    private void empty() {
        for (Object[] t : texts) if (t != null) Arrays.fill(t, 0, rows, null);
        Arrays.fill(withParts, false);
        rows = 0;
        col = 0;
        rowOpen = false;
        partsOpen = false;
    }

    /** Opens a row of rows made without a year ({@link #ColumnRows(Kind[], Object[], int)}). */
    ColumnRows row() {
        if (yearColumn >= 0) throw new IllegalStateException("rows of a table with a year start with start(year)");
        if (rows == capacity) grow();
        rows++;
        rowOpen = true;
        col = 0;
        while (col < kinds.length && constants[col] != null) col++;
        return this;
    }

    private void setConstants(List<RunColumn> columns, String run, int replication, long seed) {
        setKeys(constants, columns, run, replication, seed);
    }

    /** Puts the keys and the run's own columns into {@code constants}; returns it. */
    private static Object[] setKeys(Object[] constants, List<RunColumn> columns, String run, int replication, long seed) {
        constants[0] = run;
        constants[1] = (long) replication;
        constants[2] = seed;
        for (int k = 0; k < columns.size(); k++) {
            RunColumn rc = columns.get(k);
            constants[KEYS + 1 + k] = rc.numeric() ? (Object) Double.parseDouble(rc.value()) : rc.value();
        }
        return constants;
    }

    /**
     * Rows of the same table for another replication, in these columns' arrays: what {@link RowsPool} hands out
     * again once {@link #release} gave it back. The rows written from here on are the only ones it holds.
     */
    ColumnRows reuse(List<RunColumn> columns, String run, int replication, long seed, RowsPool pool) {
        setConstants(columns, run, replication, seed);
        origin = pool;
        return this;
    }

    /** Whether these rows hold a table with these column types (the run's own columns included). */
    boolean fits(Kind[] wanted) {
        return kinds == wanted;
    }

    /** Made by {@code pool}: {@link #release} gives it back there. */
    ColumnRows from(RowsPool pool) {
        origin = pool;
        return this;
    }

    /**
     * Hands these rows back to where they came from, once the writer has copied them: their text cells are let go
     * (so no replication's objects outlive it here) and the arrays wait for another replication. Nothing may read
     * them afterwards.
     */
    void release() {
        RowsPool pool = origin;
        if (pool == null) return;
        origin = null;
        empty();
        pool.giveBack(this);
    }

    /** The types of a table's columns, the run's own after {@code year} ({@link RunColumn#columns}). */
    static Kind[] kindsOf(Tables table, List<RunColumn> columns) {
        List<String> names = RunColumn.columns(table, columns);
        Kind[] kinds = new Kind[names.size()];
        for (int c = 0; c < kinds.length; c++) kinds[c] = kindOf(table, names.get(c), columns);
        return kinds;
    }

    /** A column's type: the run's own columns are numbers or text by their values, the table's by name. */
    static Kind kindOf(Tables table, String column, List<RunColumn> columns) {
        for (RunColumn c : columns) if (c.name().equals(column)) return c.numeric() ? Kind.DOUBLE : Kind.TEXT;
        return Kind.ofSql(table.sqlType(column));
    }

    int rows() { return rows; }
    int width() { return kinds.length; }
    Kind kind(int c) { return kinds[c]; }

    /** The column's value on every row (a String, Long or Double), or null when it is kept row by row. */
    Object constant(int c) { return constants[c]; }

    double[] doubles(int c) { return doubles[c]; }
    long[] longs(int c) { return longs[c]; }
    Object[] texts(int c) { return texts[c]; }
    /** Whether column {@code c} holds a cell made of parts (a byte[]); if not, its cells are Strings or null. */
    boolean withParts(int c) { return withParts[c]; }

    @Override
    ColumnRows start(int year) {
        if (yearColumn < 0) throw new IllegalStateException("rows without a year open with row()");
        if (rows == capacity) grow();
        rows++;
        rowOpen = true;
        col = yearColumn;
        longs[col++][rows - 1] = year;
        while (col < kinds.length && constants[col] != null) col++;
        return this;
    }

    private void grow() {
        int cap = capacity * 2;
        capacity = cap;
        for (int c = 0; c < kinds.length; c++) {
            if (doubles[c] != null) doubles[c] = Arrays.copyOf(doubles[c], cap);
            if (longs[c] != null) longs[c] = Arrays.copyOf(longs[c], cap);
            if (texts[c] != null) texts[c] = Arrays.copyOf(texts[c], cap);
        }
    }

    private int cell() {
        if (partsOpen) closeParts();
        if (!rowOpen || col >= kinds.length) throw new IllegalStateException("a cell outside a row, or past its last column");
        return col++;
    }

    @Override
    ColumnRows known(byte[] csv, String value) {
        return text(value);
    }

    @Override
    ColumnRows text(String s) {
        int c = cell();
        texts[c][rows - 1] = s;
        return this;
    }

    @Override
    ColumnRows textOnce(String s) {
        return text(s);
    }

    @Override
    ColumnRows integer(long v) {
        int c = cell();
        longs[c][rows - 1] = v;
        return this;
    }

    /** A number as the CSV table holds it, six significant digits ({@link CsvRows#sixDigits}): one value, either format. */
    @Override
    ColumnRows num(double v) {
        int c = cell();
        doubles[c][rows - 1] = CsvRows.sixDigits(v);
        return this;
    }

    @Override
    ColumnRows bool(boolean b) {
        return integer(b ? 1 : 0);
    }

    @Override
    ColumnRows open() {
        cell();
        col--; // the cell is written when its parts end
        if (parts == null) parts = new CsvRows();
        parts.reset();
        parts.open();
        partsOpen = true;
        return this;
    }

    @Override
    ColumnRows part(byte[] ascii) {
        parts.part(ascii);
        return this;
    }

    @Override
    ColumnRows part(char c) {
        parts.part(c);
        return this;
    }

    @Override
    ColumnRows partNum(double v) {
        parts.partNum(v);
        return this;
    }

    private void closeParts() {
        partsOpen = false;
        withParts[col] = true;
        texts[col++][rows - 1] = parts.bytes();
    }

    @Override
    int mark() {
        if (partsOpen) closeParts();
        return rowOpen ? (rows - 1) * kinds.length + col : rows * kinds.length;
    }

    @Override
    ColumnRows repeat(int from, int to) {
        if (partsOpen) closeParts();
        int w = kinds.length, row = from / w, first = from % w, last = to - row * w;
        if (!rowOpen) {
            if (yearColumn >= 0) start((int) longs[yearColumn][row]);
            else row();
            col = 0;
        }
        if (col != first) {
            throw new IllegalStateException("repeating cells " + first + ".." + last + " at column " + col);
        }
        int r = rows - 1;
        for (int c = first; c < last; c++) {
            if (doubles[c] != null) doubles[c][r] = doubles[c][row];
            else if (longs[c] != null) longs[c][r] = longs[c][row];
            else if (texts[c] != null) texts[c][r] = texts[c][row];
        }
        col = last;
        return this;
    }

    @Override
    ColumnRows end() {
        if (partsOpen) closeParts();
        if (yearColumn < 0) while (col < kinds.length && constants[col] != null) col++;   // shared columns after the cells
        if (col != kinds.length) throw new IllegalStateException("a row of " + col + " cells, not " + kinds.length);
        rowOpen = false;
        return this;
    }
}
