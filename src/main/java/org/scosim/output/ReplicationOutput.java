package org.scosim.output;

import java.util.Map;

/** A finished replication: its rendered table rows and its measure values (indexed by {@link Layout}). */
public record ReplicationOutput(int replication, long seed, Map<Tables, String> rows, double[] values)
        implements java.io.Serializable {
}
