package org.scosim.decision;

import java.util.List;
import java.util.Map;

/**
 * What a rule made of a package of issues decided together ({@link Decider#decidePackage}).
 *
 * @param rule         the rule applied
 * @param items        the decision on each item, in the order the items were given
 * @param separate     the decision each item gets on its own (the reference the package must beat), same order
 * @param share        how far the package goes from the separate decisions towards the compromises, 0..1
 *                     (0: no package deal, the items stay as decided one by one)
 * @param signatories  members that accept the package (weakly prefer it to the separate decisions), by name
 * @param holding      members whose acceptance limit fixes how far the package goes (when it stops short of the
 *                     compromises) or who accept no package at all (when there is no deal), by name
 * @param packageGains each actor's salience-weighted gain against the status quo summed over the items, by name
 * @param concessions  who conceded on which items for gains on which others, by member name
 */
public record PackageDecision(DecisionRule rule, List<Decision> items, List<Decision> separate, double share,
                              List<String> signatories, List<String> holding, Map<String, Double> packageGains,
                              List<Concession> concessions) {

    /**
     * A member that accepts, on {@code conceded}, less than it would get there on its own, for more on
     * {@code gainedOn}.
     *
     * @param member   the member
     * @param conceded items where its gain is smaller than in the separate decision, by item id
     * @param gainedOn items where its gain is larger than in the separate decision, by item id
     * @param lost     its salience-weighted loss on the conceded items (against the separate decisions), >= 0
     * @param gained   its salience-weighted gain on the other items (against the separate decisions), >= lost
     */
    public record Concession(String member, List<String> conceded, List<String> gainedOn, double lost, double gained) {}

    /** True if the package goes beyond the separate decisions (some item moved because of the deal). */
    public boolean deal() {
        return share > 0;
    }
}
