package org.scosim.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the summit weighs its members and which outside powers bear on it.
 *
 * @param capability    per domain, what a state's bargaining weight is measured in (every member holds a veto under
 *                      consensus whatever its size; capability only pulls the compromise)
 * @param outsidePowers non-member powers whose presence in a member shifts its stand (the United States' bases)
 * @param dependencePartner ISO3 of the state whose trade share of GDP measures a member's economic stake (China:
 *                      Gao Fei 2010, "Cooperation in the economic realm")
 */
public record SummitSpec(Map<Domain, Capability> capability, List<OutsidePower> outsidePowers,
                         String dependencePartner) implements java.io.Serializable {
    public SummitSpec {
        EnumMap<Domain, Capability> c = new EnumMap<>(Domain.class);
        for (Domain d : Domain.values()) c.put(d, DEFAULT_CAPABILITY.apply(d));
        c.putAll(capability);
        capability = java.util.Collections.unmodifiableMap(c);
        outsidePowers = List.copyOf(outsidePowers);
        if (dependencePartner == null) dependencePartner = DEFAULT_PARTNER;
    }

    /** China, whose trade Gao Fei 2010's Table 1 records. */
    public static final String DEFAULT_PARTNER = "CHN";

    /** Military expenditure for security, GDP otherwise: the model's weighting before scenarios named it. */
    private static final java.util.function.Function<Domain, Capability> DEFAULT_CAPABILITY =
            d -> d == Domain.SECURITY ? Capability.MILEX : Capability.GDP;

    public static final SummitSpec DEFAULT = new SummitSpec(Map.of(), List.of(), DEFAULT_PARTNER);

    public Capability capability(Domain d) { return capability.get(d); }

    /** What a bargaining weight is measured in; the label is the unit column of decisions.csv. */
    public enum Capability {
        GDP("gdp", "gdp_bn_usd"), MILEX("milex", "milex_bn_usd"), POPULATION("population", "population"),
        EQUAL("equal", "one_per_state");

        private final String label;
        private final String unit;

        Capability(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        public String label() { return label; }

        public String unit() { return unit; }

        public static Capability fromLabel(String s) {
            for (Capability c : values()) if (c.label.equals(s)) return c;
            return null;
        }
    }

    /**
     * A power outside the organization present in some states over some years (military bases), giving those hosts
     * another provider in the domain.
     */
    public record OutsidePower(String name, Domain domain, List<Presence> presence) implements java.io.Serializable {
        public OutsidePower {
            presence = List.copyOf(presence);
        }

        public boolean presentIn(String iso3, int year) {
            for (Presence p : presence) if (p.host().equals(iso3) && year >= p.from() && year <= p.to()) return true;
            return false;
        }
    }

    /** A host state and the years [from, to] of the presence. */
    public record Presence(String host, int from, int to) implements java.io.Serializable {
    }
}
