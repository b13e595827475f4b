package org.scosim.experiment;

import org.scosim.model.ModelBasis;
import org.scosim.model.ScoModel;
import org.scosim.output.Layout;
import org.scosim.output.ReplicationCollector;
import org.scosim.output.ReplicationOutput;
import org.scosim.output.TableFormat;
import org.scosim.output.Tables;

import java.util.EnumSet;
import java.util.Set;

/**
 * One replication, headless: the model observed by a {@link ReplicationCollector}. A pure function of the scenario
 * (its {@link ModelBasis}, derived once per run) and the seed; {@link Engine} runs many of them on its workers and
 * hands them over in order.
 */
public final class ReplicationRunner {
    private ReplicationRunner() {
    }

    /** One replication, headless. */
    public static ReplicationOutput runOne(ModelBasis basis, Layout layout, String run, int replication, long seed) {
        return runOne(basis, layout, run, replication, seed, EnumSet.allOf(Tables.class));
    }

    /** One replication, headless, rendering only the given tables. */
    public static ReplicationOutput runOne(ModelBasis basis, Layout layout, String run, int replication, long seed,
                                           Set<Tables> tables) {
        return runOne(basis, layout, run, replication, seed, tables, java.util.List.of());
    }

    /** As above, with the run's own columns in every row ({@link org.scosim.output.RunColumn}). */
    public static ReplicationOutput runOne(ModelBasis basis, Layout layout, String run, int replication, long seed,
                                           Set<Tables> tables, java.util.List<org.scosim.output.RunColumn> columns) {
        return runOne(basis, layout, run, replication, seed, tables, columns, TableFormat.CSV);
    }

    /** As above, the rows kept as {@code format} stores them (CSV bytes, or typed for Parquet). */
    public static ReplicationOutput runOne(ModelBasis basis, Layout layout, String run, int replication, long seed,
                                           Set<Tables> tables, java.util.List<org.scosim.output.RunColumn> columns,
                                           TableFormat format) {
        ScoModel model = new ScoModel(basis, seed);
        ReplicationCollector collector = new ReplicationCollector(layout, run, replication, seed, tables, columns, format);
        model.setObserver(collector);
        model.runToEnd();
        return collector.output();
    }
}
