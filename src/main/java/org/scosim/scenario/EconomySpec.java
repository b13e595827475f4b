package org.scosim.scenario;

import java.util.List;
import java.util.Set;

/**
 * The scenario's exogenous economic setting beyond each state's own series: the world oil price, the geography that
 * the gravity equation uses (CEPII GeoDist definitions: contiguity and landlocked states, Mayer and Zignago 2011), and
 * dated energy projects that add a pair's energy trade.
 *
 * @param oilPrice       oil price, US$ per barrel, by year (annual data or anchors); empty: no price effects
 * @param landlocked     ISO3 codes of states without access to the sea
 * @param contiguous     pairs of states that share a land border
 * @param energyProjects pipelines and supply deals, each adding energy trade to one pair
 */
public record EconomySpec(Series oilPrice, Set<String> landlocked, List<Pair> contiguous,
                          List<EnergyProject> energyProjects) implements java.io.Serializable {
    public static final EconomySpec NONE = new EconomySpec(new Series(new int[0], new double[0]), Set.of(), List.of(), List.of());

    public EconomySpec {
        landlocked = Set.copyOf(landlocked);
        contiguous = List.copyOf(contiguous);
        energyProjects = List.copyOf(energyProjects);
    }

    /** Two states, unordered. */
    public record Pair(String a, String b) implements java.io.Serializable {
        public boolean is(String x, String y) { return (a.equals(x) && b.equals(y)) || (a.equals(y) && b.equals(x)); }
    }

    public boolean contiguous(String x, String y) {
        for (Pair p : contiguous) if (p.is(x, y)) return true;
        return false;
    }

    /** The oil price in a year: the data, held at the last observed value beyond it (assumption); NaN without data. */
    public double oilPriceIn(int year) {
        if (oilPrice.isEmpty()) return Double.NaN;
        int[] y = oilPrice.years();
        if (year >= y[y.length - 1]) return oilPrice.values()[y.length - 1];
        if (year <= y[0]) return oilPrice.values()[0];
        return oilPrice.logLinear(year);
    }

    /**
     * An energy project between two states: from {@code start} its energy trade ramps up linearly over {@code rampYears}
     * to {@code volumeBnUsd} (US$ bn a year at the oil price {@code referencePrice}), and then moves with the oil price
     * (a fixed physical volume valued at the year's price).
     */
    public record EnergyProject(String name, String a, String b, int start, int rampYears, double volumeBnUsd,
                                double referencePrice) implements java.io.Serializable {
        /** Share of the full volume flowing in a year: 0 before the start, rising by 1/rampYears a year to 1. */
        public double rampIn(int year) {
            if (year < start) return 0;
            return Math.min(1.0, (year - start + 1) / (double) rampYears);
        }
    }
}
