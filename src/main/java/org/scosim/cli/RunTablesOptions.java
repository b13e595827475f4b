package org.scosim.cli;

import picocli.CommandLine.Option;

import java.util.List;

/**
 * The options compare, sweep, sensitivity and calibrate share for their runs' own tables: which ones, and in which
 * format.
 */
final class RunTablesOptions {
    @Option(names = "--tables", paramLabel = "T,T", split = ",",
            description = "Each run's tables, of: measures, trade, states, decisions, agreements, or all, or none "
                    + "(default: all for compare; none for sweep and sensitivity, whose combined tables and summaries are "
                    + "always written, and for calibrate, whose run of calibrated.yaml then goes to run/).")
    List<String> tables;

    @Option(names = "--format", paramLabel = "parquet|csv",
            description = "How each run's tables (and a sensitivity analysis's outputs) are stored: parquet (default; "
                    + "typed, compressed, for pandas, R's arrow, DuckDB and Spark: docs/analysis.md) or csv.")
    String format;

    /** Whether either option was given (a command repeated with --resume must then agree with the original). */
    boolean given() { return tables != null || format != null; }

    /** Lists either option that differs from the original's. */
    void compare(ExperimentCommand.Differences d, RunTablesOptions original) {
        d.option("--format", format, original.format).option("--tables", tables, original.tables);
    }

    /** Takes the original's options, to resume its experiment. */
    void restore(RunTablesOptions original) {
        format = original.format;
        tables = original.tables;
    }

    /** The options as given, for the manifest's command line. */
    void addTo(List<String> args) {
        if (format != null) args.add("--format=" + format);
        if (tables != null) args.add("--tables=" + String.join(",", tables));
    }
}
