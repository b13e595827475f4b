package org.scosim.model;

import org.scosim.scenario.Domain;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.ProposalSpec;
import org.scosim.scenario.StateSpec;
import org.scosim.scenario.Status;

/**
 * How a state stands on a proposal, from its interests, its trust in the proposer (or, for an accession, in the
 * applicant) and its costs (sovereignty, ties to rival institutions). docs/ODD.md section 7.5 gives the formulas.
 */
final class Positions {
    private Positions() {
    }

    /** Interest in a domain: security weight for security, its complement for economy and energy. */
    static double interest(StateSpec s, Domain d) {
        return switch (d) {
            case SECURITY -> s.securityWeight();
            case ECONOMY -> 1 - s.securityWeight();
            case ENERGY -> Math.min(1, 1 - s.securityWeight() + 0.1);
            case CULTURE, INSTITUTIONS, MEMBERSHIP -> 0.5;
        };
    }

    /** Ideal outcome, 0..100: the proposer wants the ambition; others scale it by their net support. */
    static double position(ScoModel m, MemberState st, ProposalSpec p, int proposer) {
        if (st.index() == proposer) return p.ambition();
        Parameters par = m.parameters();
        StateSpec s = st.spec();
        int other = p.subject() != null ? m.scenario().indexOf(p.subject()) : proposer;
        if (other == st.index()) return 100; // an applicant wants in
        double trust = other >= 0 ? st.trustIn(other) : 0.5;
        double cost = par.sovereigntyCost() * s.sovereigntySensitivity() * (p.ambition() / 100.0)
                * (p.domain() == Domain.INSTITUTIONS || p.domain() == Domain.MEMBERSHIP ? 1.5 : 1.0);
        if (p.domain() == Domain.SECURITY || p.domain() == Domain.ECONOMY) {
            cost += par.rivalTieCost() * s.rivalTies(m.year());
        }
        double support = interest(s, p.domain()) + par.trustInProposerWeight() * 2 * (trust - 0.5) - cost;
        return Math.max(0, Math.min(100, 2 * support * p.ambition()));
    }

    static double salience(ScoModel m, MemberState st, ProposalSpec p, int proposer) {
        double sal = st.index() == proposer ? Math.max(0.8, interest(st.spec(), p.domain()))
                : interest(st.spec(), p.domain());
        if (st.status() != Status.MEMBER) sal *= m.parameters().observerSalience();
        return Math.max(0, Math.min(1, sal));
    }
}
