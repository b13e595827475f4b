package org.scosim.decision;

/**
 * A named collective-decision rule. Each rule says which coalitions of voting members are winning
 * ({@link #isWinning}); the bargaining procedure in {@link Decider} does the rest.
 *
 * <p>All rules are monotone: adding a yes-vote to a winning coalition keeps it winning, and the coalition of all
 * members is winning (for {@link OptOut} when there are at least {@code minParticipants} members). Thresholds are
 * fractions in (0, 1] with "at least" semantics, compared with a relative tolerance of {@value #TOLERANCE} so that a
 * threshold of exactly 2/3 of 9 members needs 6 votes while 0.67 of 10 needs 7.
 */
public sealed interface DecisionRule extends java.io.Serializable {

    /** Relative tolerance used when comparing a yes share with a threshold. */
    double TOLERANCE = 1e-9;

    /** The rule's name as written in scenario files, e.g. {@code qualified-majority}. */
    String type();

    /**
     * The coalition test. {@code yes[k]} is member k's vote and {@code weights[k]} its vote weight (as given by
     * {@link #voteWeight}); both arrays range over the voting members only. Count-based rules ignore
     * {@code weights}, which may then be null. No coalition without a yes-vote is winning.
     */
    boolean isWinning(boolean[] yes, double[] weights);

    /** How this rule weights votes; {@link Weighting#EQUAL} for count-based rules. */
    default Weighting weighting() { return Weighting.EQUAL; }

    /** The vote weight of a member under this rule. */
    default double voteWeight(Actor a) { return weighting().of(a); }

    /** Every member can veto. */
    record Unanimity() implements DecisionRule {
        public String type() { return "unanimity"; }

        public boolean isWinning(boolean[] yes, double[] weights) {
            if (yes.length == 0) return false;
            for (boolean b : yes) if (!b) return false;
            return true;
        }
    }

    /**
     * Consensus where a member that would veto may opt out instead; the agreement binds the rest if at least
     * {@code minParticipants} members remain (variable geometry). As a coalition test: a coalition of at least
     * {@code minParticipants} members can go ahead among themselves.
     */
    record OptOut(int minParticipants) implements DecisionRule {
        public OptOut {
            if (minParticipants < 1) throw new IllegalArgumentException("minParticipants must be >= 1, got " + minParticipants);
        }

        public String type() { return "opt-out"; }

        public boolean isWinning(boolean[] yes, double[] weights) {
            return count(yes) >= minParticipants;
        }
    }

    /** All members but one must agree (with one or two members: at least one yes). */
    record ConsensusMinusOne() implements DecisionRule {
        public String type() { return "consensus-minus-one"; }

        public boolean isWinning(boolean[] yes, double[] weights) {
            return count(yes) >= Math.max(1, yes.length - 1);
        }
    }

    /** At least {@code threshold} of the members (by count, or by weight unless {@code weights} is EQUAL). */
    record QualifiedMajority(double threshold, Weighting weights) implements DecisionRule {
        public QualifiedMajority {
            checkThreshold(threshold);
            if (weights == null) throw new IllegalArgumentException("weights must not be null");
        }

        public String type() { return "qualified-majority"; }

        public Weighting weighting() { return weights; }

        public boolean isWinning(boolean[] yes, double[] w) {
            return atLeast(yes, weights == Weighting.EQUAL ? null : w, threshold);
        }
    }

    /** Weighted votes with a threshold share of the total weight. */
    record WeightedMajority(Weighting weights, double threshold) implements DecisionRule {
        public WeightedMajority {
            checkThreshold(threshold);
            if (weights == null) throw new IllegalArgumentException("weights must not be null");
        }

        public String type() { return "weighted-majority"; }

        public Weighting weighting() { return weights; }

        public boolean isWinning(boolean[] yes, double[] w) {
            return atLeast(yes, weights == Weighting.EQUAL ? null : w, threshold);
        }
    }

    /** More than half of the members. */
    record SimpleMajority() implements DecisionRule {
        public String type() { return "simple-majority"; }

        public boolean isWinning(boolean[] yes, double[] weights) {
            return 2 * count(yes) > yes.length;
        }
    }

    private static int count(boolean[] yes) {
        int c = 0;
        for (boolean b : yes) if (b) c++;
        return c;
    }

    private static void checkThreshold(double t) {
        if (!(t > 0 && t <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1], got " + t);
    }

    /** Yes share (by count when {@code w} is null, else by weight) is at least {@code t}, and there is a yes. */
    private static boolean atLeast(boolean[] yes, double[] w, double t) {
        double total = 0, in = 0;
        for (int k = 0; k < yes.length; k++) {
            double x = w == null ? 1.0 : w[k];
            total += x;
            if (yes[k]) in += x;
        }
        if (!(in > 0)) return false;
        return in >= t * total * (1 - TOLERANCE);
    }
}
