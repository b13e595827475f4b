package org.scosim.output;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * One table's typed rows handed from replication to replication within a run: the writer gives a replication's
 * {@link ColumnRows} back once it has copied them, and the next replication's collector fills the same arrays
 * instead of allocating its own (a tenth of a Parquet run's time went to the collector, which new arrays every
 * replication call for). Bounded, so rows given back where nobody takes them (a cluster's driver) are let go.
 */
final class RowsPool {
    /** Rows kept at most: more than a run has in flight on a few cores. */
    static final int KEPT = 32;
    private final ArrayBlockingQueue<ColumnRows> spare = new ArrayBlockingQueue<>(KEPT);

    /** Rows for one replication: given back ones when they have these column types, else new ones. */
    ColumnRows take(ColumnRows.Kind[] kinds, List<RunColumn> columns, String run, int replication, long seed, int capacity) {
        ColumnRows r = spare.poll();
        if (r != null && r.fits(kinds)) return r.reuse(columns, run, replication, seed, this);
        return new ColumnRows(kinds, columns, run, replication, seed, capacity).from(this);
    }

    void giveBack(ColumnRows rows) {
        spare.offer(rows);
    }
}
