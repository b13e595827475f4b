package org.scosim.decision;

/** How votes are weighted by weighted rules. */
public enum Weighting {
    /** One member, one vote. */
    EQUAL,
    /** Votes weighted by {@link Actor#gdp()}, falling back to {@link Actor#capability()} when NaN. */
    GDP,
    /** Votes weighted by {@link Actor#population()}, falling back to {@link Actor#capability()} when NaN. */
    POPULATION,
    /** Votes weighted by {@link Actor#capability()}. */
    CAPABILITY;

    /** The vote weight of an actor under this weighting (1 for {@link #EQUAL}). */
    public double of(Actor a) {
        return switch (this) {
            case EQUAL -> 1.0;
            case GDP -> Double.isNaN(a.gdp()) ? a.capability() : a.gdp();
            case POPULATION -> Double.isNaN(a.population()) ? a.capability() : a.population();
            case CAPABILITY -> a.capability();
        };
    }
}
