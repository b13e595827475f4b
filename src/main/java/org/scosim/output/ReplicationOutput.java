package org.scosim.output;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A finished replication: its rendered table rows (UTF-8 CSV, no header) and its measure values (indexed by
 * {@link Layout}).
 */
public record ReplicationOutput(int replication, long seed, Map<Tables, byte[]> rows, double[] values)
        implements java.io.Serializable {

    /** A table's rows as text, or null when the table was not rendered. */
    public String text(Tables table) {
        byte[] b = rows.get(table);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
