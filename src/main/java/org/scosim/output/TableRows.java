package org.scosim.output;

/**
 * One table's rows of one replication as {@link ReplicationCollector} writes them, cell by cell: rendered as CSV
 * bytes ({@link CsvRows}) or kept typed for the columnar store ({@link ColumnRows}). A row starts with its key cells
 * ({@link #start}), then one call per cell in the table's column order, then {@link #end}.
 */
abstract class TableRows {
    /** Starts a row: the run, replication, seed, the year, and the run's own columns ({@link RunColumn}). */
    abstract TableRows start(int year);

    /** A text cell whose CSV rendering is already at hand ({@code csv}, as {@link CsvRows#render} gives it). */
    abstract TableRows known(byte[] csv, String value);

    /** A text cell whose value recurs across rows. */
    abstract TableRows text(String s);

    /** A text cell seen once. */
    abstract TableRows textOnce(String s);

    abstract TableRows integer(long v);

    /** A number; NaN and infinities are missing ("NA" in CSV, null in Parquet). */
    abstract TableRows num(double v);

    abstract TableRows bool(boolean b);

    /**
     * A text cell made of parts ({@link #part}, {@link #partNum}, numbers spelled as {@link Num#format} does), which
     * the caller knows need no quoting (letters, digits, '=', spaces between, not starting with a space); it ends
     * with the next cell or the row's end.
     */
    abstract TableRows open();

    abstract TableRows part(byte[] ascii);

    abstract TableRows part(char c);

    abstract TableRows partNum(double v);

    /** A position in the rows: where the next cell goes. Marks bracket cells to {@link #repeat}. */
    abstract int mark();

    /**
     * Writes again the cells between two marks of one earlier row (a row's first cells, or cells in its middle), at
     * the same columns; starts a row first when none is open.
     */
    abstract TableRows repeat(int from, int to);

    /** Ends the row. */
    abstract TableRows end();
}
