package org.scosim.output;

import java.util.Locale;

/** How the per-replication tables are stored: tidy CSV, or Parquet (columnar, compressed, typed). */
public enum TableFormat {
    CSV, PARQUET;

    /** "csv" or "parquet" (any case); null for anything else. */
    public static TableFormat parse(String s) {
        if (s == null) return null;
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "parquet" -> PARQUET;
            default -> null;
        };
    }

    public String label() { return name().toLowerCase(Locale.ROOT); }
}
