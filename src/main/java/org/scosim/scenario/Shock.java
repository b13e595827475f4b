package org.scosim.scenario;

/**
 * An exogenous event declared in a scenario. Every kind shares a time profile: full strength for {@code duration}
 * years from {@code start}, then a geometric return with rate {@code recovery} per year. Kinds differ in what the
 * deviation does (see {@link #apply}).
 */
public sealed interface Shock extends java.io.Serializable {
    String name();
    Targets targets();
    int start();
    int duration();
    double magnitude();
    double recovery();
    /** A policy response tabled at the first summit of the shock, or null. */
    ProposalSpec response();

    /** The scenario's name for this kind, e.g. {@code gdp}. */
    String kind();

    /** Strength in a year: 0 before, 1 while it lasts, then (1 - recovery)^years since it ended. */
    default double intensity(int year) {
        if (year < start()) return 0;
        int end = start() + duration();
        if (year < end) return 1;
        return Math.pow(1 - recovery(), year - end + 1);
    }

    /** Applies the shock's deviation (magnitude x intensity) to target state i, or to the world where i is -1. */
    void apply(ShockEffects effects, int i, double deviation);

    /** Whether the shock acts on the world as a whole rather than state by state. */
    default boolean global() { return false; }

    /** How the shock relates to observed data (only GDP and oil-price shocks act on observed drivers). */
    default ShockMode mode() { return ShockMode.ADD; }

    /**
     * GDP falls or rises by a fraction: magnitude -0.08 is an 8% fall below the path. With observed GDP the mode says
     * whether the deviation is added, already in the data, or removed (the counterfactual; magnitude unused).
     */
    record GdpShock(String name, Targets targets, int start, int duration, double magnitude, double recovery,
                    ProposalSpec response, ShockMode mode) implements Shock {
        public GdpShock(String name, Targets targets, int start, int duration, double magnitude, double recovery,
                        ProposalSpec response) {
            this(name, targets, start, duration, magnitude, recovery, response, ShockMode.ADD);
        }

        public String kind() { return "gdp"; }
        public void apply(ShockEffects e, int i, double d) { e.scaleGdp(i, 1 + d); }
    }

    /** All trade of the targets falls or rises by a fraction (sanctions, currency collapse). */
    record TradeShock(String name, Targets targets, int start, int duration, double magnitude, double recovery,
                      ProposalSpec response) implements Shock {
        public String kind() { return "trade"; }
        public void apply(ShockEffects e, int i, double d) { e.scaleTrade(i, 1 + d); }
    }

    /**
     * The world energy price changes by a fraction; exporters' economies and energy trade follow (targets unused).
     * With an observed price series the mode says whether the change is added, already in the data, or removed.
     */
    record EnergyPriceShock(String name, Targets targets, int start, int duration, double magnitude, double recovery,
                            ProposalSpec response, ShockMode mode) implements Shock {
        public EnergyPriceShock(String name, Targets targets, int start, int duration, double magnitude, double recovery,
                                ProposalSpec response) {
            this(name, targets, start, duration, magnitude, recovery, response, ShockMode.ADD);
        }

        public String kind() { return "energy-price"; }
        public boolean global() { return true; }
        public void apply(ShockEffects e, int i, double d) { e.changeEnergyPrice(d); }
    }

    /** Others' trust in the targets shifts by magnitude each year the shock lasts (additive, on the 0..1 scale). */
    record TrustShock(String name, Targets targets, int start, int duration, double magnitude, double recovery,
                      ProposalSpec response) implements Shock {
        public String kind() { return "trust"; }
        public void apply(ShockEffects e, int i, double d) { e.shiftTrustIn(i, d); }
    }

    /** Exposure to the "three evils" rises by a fraction (magnitude 0.5 = half again as exposed). */
    record SecurityShock(String name, Targets targets, int start, int duration, double magnitude, double recovery,
                         ProposalSpec response) implements Shock {
        public String kind() { return "security"; }
        public void apply(ShockEffects e, int i, double d) { e.scaleThreat(i, 1 + d); }
    }
}
