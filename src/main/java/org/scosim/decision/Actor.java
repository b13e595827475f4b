package org.scosim.decision;

/**
 * One party to a decision: a state (or an institution) with an ideal point on the 0-100 scale.
 *
 * @param name       display name, unique within an issue
 * @param position   ideal outcome, 0..100
 * @param salience   how much the actor cares, 0..1
 * @param capability bargaining weight, > 0 (GDP or a composite)
 * @param member     true if the actor votes; false if it bargains without a vote (observers, institutions)
 * @param gdp        GDP used by {@code weights: gdp}; NaN when unknown (then capability is used)
 * @param population population used by {@code weights: population}; NaN when unknown (then capability is used)
 */
public record Actor(String name, double position, double salience, double capability, boolean member,
                    double gdp, double population) {

    public Actor(String name, double position, double salience, double capability, boolean member) {
        this(name, position, salience, capability, member, Double.NaN, Double.NaN);
    }
}
