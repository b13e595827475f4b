package org.scosim.output;

import java.util.List;

/**
 * A column a run adds to every row of its tables, right after {@code year}: in a sweep, each varied setting of the
 * design point ({@code rule.type}, {@code parameters.trustDecay}, ...), so a table read on its own says what was
 * varied. Numeric columns are typed as numbers in the columnar store.
 */
public record RunColumn(String name, String value, boolean numeric) implements java.io.Serializable {

    /** A table's columns with {@code extra} after {@code year}. */
    public static List<String> columns(Tables table, List<RunColumn> extra) {
        if (extra.isEmpty()) return table.columns();
        List<String> out = new java.util.ArrayList<>(table.columns());
        int at = out.indexOf("year") + 1;
        for (int k = 0; k < extra.size(); k++) out.add(at + k, extra.get(k).name());
        return out;
    }
}
