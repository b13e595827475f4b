package org.scosim.output;

import org.scosim.decision.DecisionRule;
import org.scosim.decision.Shares;

/** Short text for a rule and its parameters, e.g. "qualified-majority(2/3, equal)" or "qualified-majority(0.67, equal)". */
public final class RuleNames {
    private RuleNames() {
    }

    public static String describe(DecisionRule r) {
        if (r instanceof DecisionRule.OptOut o) return "opt-out(min " + o.minParticipants() + ")";
        if (r instanceof DecisionRule.QualifiedMajority q) {
            return "qualified-majority(" + Shares.text(q.threshold()) + ", " + q.weights().name().toLowerCase() + ")";
        }
        if (r instanceof DecisionRule.WeightedMajority w) {
            return "weighted-majority(" + w.weights().name().toLowerCase() + ", " + Shares.text(w.threshold()) + ")";
        }
        return r.type();
    }
}
