package org.scosim.output;

/**
 * The columnar store's files: each table of a run folder is {@code TABLE.parquet} (zstd-compressed, typed columns:
 * {@link Tables#sqlType}), written by {@link ParquetTable} as the replications arrive. pandas, R's arrow, DuckDB and
 * Spark read the files as they are (docs/analysis.md).
 */
public final class ParquetTables {
    private ParquetTables() {
    }

    public static String fileOf(Tables t) {
        return t.file().replace(".csv", ".parquet");
    }
}
