package org.scosim.scenario;

import java.util.List;
import java.util.Set;

/**
 * Which states a shock hits: ISO3 codes and group names. Groups are resolved each year, so "members" follows
 * accessions.
 */
public record Targets(List<String> tokens) implements java.io.Serializable {
    public static final Set<String> GROUPS = Set.of("all", "members", "observers", "energy-exporters", "energy-importers");

    public Targets {
        tokens = List.copyOf(tokens);
    }

    public boolean includes(StateSpec state, Status current) {
        for (String t : tokens) {
            switch (t) {
                case "all" -> { return true; }
                case "members" -> { if (current == Status.MEMBER) return true; }
                case "observers" -> { if (current == Status.OBSERVER) return true; }
                case "energy-exporters" -> { if (state.energyExporter()) return true; }
                case "energy-importers" -> { if (!state.energyExporter()) return true; }
                default -> { if (t.equals(state.iso3())) return true; }
            }
        }
        return false;
    }
}
