package org.scosim.output;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A finished replication: its table rows, rendered (UTF-8 CSV, no header: {@code rows}) or typed for the columnar
 * store ({@code columns}), and its measure values (indexed by {@link Layout}).
 */
public record ReplicationOutput(int replication, long seed, Map<Tables, byte[]> rows, double[] values,
                                Map<Tables, ColumnRows> columns) implements java.io.Serializable {

    /** A replication whose tables are CSV rows. */
    public ReplicationOutput(int replication, long seed, Map<Tables, byte[]> rows, double[] values) {
        this(replication, seed, rows, values, Map.of());
    }

    /** The tables this replication holds rows of, in either form. */
    public java.util.Set<Tables> tables() {
        java.util.Set<Tables> t = java.util.EnumSet.noneOf(Tables.class);
        t.addAll(rows.keySet());
        t.addAll(columns.keySet());
        return t;
    }

    /**
     * Gives the typed rows back for a later replication's collector, as the run's writer does once it has copied
     * them ({@link RowsPool}); nothing may read {@link #columns} afterwards. CSV rows are left as they are.
     */
    public void release() {
        for (ColumnRows c : columns.values()) c.release();
    }

    /** A table's rows as text, or null when the table was not rendered. */
    public String text(Tables table) {
        byte[] b = rows.get(table);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
