package org.scosim.decision;

/**
 * A named collective-decision rule. Each rule says which coalitions of voting members are winning; the bargaining
 * procedure in {@link Decider} does the rest.
 */
public sealed interface DecisionRule {

    /** The rule's name as written in scenario files, e.g. {@code qualified-majority}. */
    String type();

    /** Every member can veto. */
    record Unanimity() implements DecisionRule {
        public String type() { return "unanimity"; }
    }

    /**
     * Consensus where a member that would veto may opt out instead; the agreement binds the rest if at least
     * {@code minParticipants} members remain (variable geometry).
     */
    record OptOut(int minParticipants) implements DecisionRule {
        public String type() { return "opt-out"; }
    }

    /** All members but one must agree. */
    record ConsensusMinusOne() implements DecisionRule {
        public String type() { return "consensus-minus-one"; }
    }

    /** At least {@code threshold} of the members (by count, or by weight unless {@code weights} is EQUAL). */
    record QualifiedMajority(double threshold, Weighting weights) implements DecisionRule {
        public String type() { return "qualified-majority"; }
    }

    /** Weighted votes with a threshold share of the total weight. */
    record WeightedMajority(Weighting weights, double threshold) implements DecisionRule {
        public String type() { return "weighted-majority"; }
    }

    /** More than half of the members. */
    record SimpleMajority() implements DecisionRule {
        public String type() { return "simple-majority"; }
    }
}
