package org.scosim.experiment;

import org.scosim.io.ResolvedScenario;
import org.scosim.output.RunColumn;
import org.scosim.output.TableFormat;
import org.scosim.output.Tables;
import org.scosim.scenario.Scenario;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * One run as every command describes it to the {@link Engine}: the scenario, its label in the tables, the folder, the
 * master seed and number of replications, which tables in which format, whether to draw plots, the command line for
 * provenance, whether it is one run of an experiment (kept values and a done marker, for resuming), and whether it
 * writes its own summaries (series.csv, summary.json). Immutable; built and checked by {@link Builder}.
 *
 * @param runId        the run's label in the tables' {@code run} column
 * @param scenarioFile the scenario file as the user named it, for provenance
 * @param summaries    whether the run writes its series.csv and summary.json; a sweep's point without tables does
 *                     not, as the sweep's own files (sweep.csv, sweep-summary.csv, provenance.json) summarize it
 */
public record RunSpec(ResolvedScenario scenario, String runId, Path dir, String scenarioFile, long masterSeed,
                      int replications, Set<Tables> tables, TableFormat format, boolean plots, String command,
                      boolean resumable, java.util.List<RunColumn> columns, boolean summaries) {

    public RunSpec {
        columns = java.util.List.copyOf(columns);
        tables = java.util.Collections.unmodifiableSet(tables.isEmpty() ? EnumSet.noneOf(Tables.class) : EnumSet.copyOf(tables));
    }

    /** A builder for a run of {@code scenario}; every other field has a default but the folder. */
    public static Builder of(ResolvedScenario scenario) {
        return new Builder(scenario);
    }

    /** Collects a run's settings and checks them together in {@link #build}. */
    public static final class Builder {
        private final ResolvedScenario scenario;
        private String runId;
        private Path dir;
        private String scenarioFile = "";
        private Long masterSeed;
        private Integer replications;
        private Set<Tables> tables = EnumSet.allOf(Tables.class);
        private TableFormat format = TableFormat.CSV;
        private boolean plots = true;
        private String command = "";
        private boolean resumable;
        private java.util.List<RunColumn> columns = java.util.List.of();
        private boolean summaries = true;

        private Builder(ResolvedScenario scenario) {
            if (scenario == null) throw new IllegalArgumentException("a run needs a scenario");
            this.scenario = scenario;
        }

        /** The label in the tables' run column (default: the scenario's name). */
        public Builder runId(String id) { this.runId = id; return this; }
        public Builder dir(Path d) { this.dir = d; return this; }
        public Builder scenarioFile(String f) { this.scenarioFile = f; return this; }
        /** Default: the scenario's seed. */
        public Builder masterSeed(long s) { this.masterSeed = s; return this; }
        /** Default: the scenario's replications. */
        public Builder replications(int n) { this.replications = n; return this; }
        public Builder tables(Set<Tables> t) { this.tables = t; return this; }
        public Builder format(TableFormat f) { this.format = f; return this; }
        public Builder plots(boolean p) { this.plots = p; return this; }
        public Builder command(String c) { this.command = c; return this; }
        /** The run's own columns after {@code year} in every table row (a sweep's varied settings). */
        public Builder columns(java.util.List<RunColumn> c) { this.columns = c; return this; }
        /** One run of an experiment: values kept for the combined files, a done marker, cleared when redone. */
        public Builder resumable(boolean r) { this.resumable = r; return this; }
        /** Whether the run writes its series.csv and summary.json (default: it does). */
        public Builder summaries(boolean s) { this.summaries = s; return this; }

        /**
         * The run, once its settings agree.
         *
         * @throws IllegalArgumentException naming the setting and what it must be
         */
        public RunSpec build() {
            Scenario sc = scenario.scenario();
            int n = replications != null ? replications : sc.replications();
            if (n < 1 || n > Scenario.MAX_REPLICATIONS) {
                throw new IllegalArgumentException("--replications must be between 1 and " + Scenario.MAX_REPLICATIONS + ", got " + n);
            }
            if (dir == null) throw new IllegalArgumentException("a run needs an output folder");
            if (tables == null) throw new IllegalArgumentException("a run needs its set of tables (it may be empty)");
            if (format == null) throw new IllegalArgumentException("a run needs a table format");
            if (columns == null) throw new IllegalArgumentException("a run needs its list of own columns (it may be empty)");
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Tables t : Tables.values()) names.addAll(t.columns());
            for (RunColumn c : columns) {
                if (!names.add(c.name())) throw new IllegalArgumentException("a run's own column '" + c.name()
                        + "' has the name of a table column or of another of its columns");
            }
            String id = runId != null ? runId : sc.name();
            if (id.isBlank()) throw new IllegalArgumentException("a run needs a non-blank label");
            return new RunSpec(scenario, id, dir, scenarioFile == null ? "" : scenarioFile,
                    masterSeed != null ? masterSeed : sc.seed(), n, tables, format, plots,
                    command == null ? "" : command, resumable, columns, summaries);
        }
    }
}
