package org.scosim.output;

import org.apache.commons.csv.CSVFormat;

import java.util.List;

/**
 * The tidy tables a run writes, with their columns. Every table starts with the same key columns: {@code run} (the
 * run's label: the scenario's name in run and compare, the design point's number in sweep and sensitivity, whose
 * points.csv gives its parameter values), {@code replication}, {@code seed} (that replication's seed) and {@code year};
 * in a sweep, the point's varied settings follow the year ({@link RunColumn}).
 */
public enum Tables {
    MEASURES("measures.csv", List.of("run", "replication", "seed", "year", "measure", "subject", "value")),
    TRADE("trade.csv", List.of("run", "replication", "seed", "year", "reporter", "partner", "trade_bn_usd")),
    STATES("states.csv", List.of("run", "replication", "seed", "year", "state", "status", "gdp_bn_usd", "population",
            "milex_bn_usd", "threat", "security_cooperation", "trade_total_bn_usd", "trust_in_others")),
    DECISIONS("decisions.csv", List.of("run", "replication", "seed", "year", "proposal", "title", "proposer",
            "domain", "rule", "adopted", "outcome", "participants", "state", "member", "position", "salience",
            "capability", "capability_unit", "vote", "gain", "vetoed", "pivotal")),
    /** One row per agreement and year from its adoption, written when the replication ends. */
    AGREEMENTS("agreements.csv", List.of("run", "replication", "seed", "year", "agreement", "title", "domain",
            "year_adopted", "signatories", "funding_bn_usd", "implemented", "implemented_by_state", "status",
            "final_status"));

    /** The table names users give to {@code --tables}: measures, trade, states, decisions, agreements. */
    public String label() { return file.replace(".csv", ""); }

    /**
     * The tables named in a {@code --tables} list: names from {@link #label}, or "all", or "none" (only the summary
     * files and, in experiments, the replication values).
     *
     * @throws IllegalArgumentException naming the unknown entry and the valid ones
     */
    public static java.util.Set<Tables> parse(List<String> names) {
        java.util.Set<Tables> out = java.util.EnumSet.noneOf(Tables.class);
        for (String raw : names) {
            String n = raw.trim();
            if (n.equals("all")) out.addAll(java.util.EnumSet.allOf(Tables.class));
            else if (n.equals("none")) continue;
            else {
                Tables match = null;
                for (Tables t : values()) if (t.label().equals(n)) match = t;
                if (match == null) throw new IllegalArgumentException("--tables: unknown table '" + n
                        + "'; choose from measures, trade, states, decisions, agreements, all, none");
                out.add(match);
            }
        }
        return out;
    }

    /** The SQL type of a column in the columnar (Parquet) store, by name. */
    public String sqlType(String column) {
        return switch (column) {
            case "replication", "year", "year_adopted" -> "INTEGER";
            case "seed" -> "BIGINT";
            case "adopted", "member", "vetoed", "pivotal" -> "BOOLEAN";
            case "run", "measure", "subject", "reporter", "partner", "state", "status", "proposal", "title", "proposer",
                 "domain", "rule", "participants", "capability_unit", "vote", "agreement", "signatories",
                 "implemented_by_state", "final_status" -> "VARCHAR";
            default -> "DOUBLE";
        };
    }

    /** RFC 4180 with Unix line ends, quoting only where needed. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

    private final String file;
    private final List<String> columns;

    Tables(String file, List<String> columns) {
        this.file = file;
        this.columns = columns;
    }

    public String file() { return file; }
    public List<String> columns() { return columns; }
}
