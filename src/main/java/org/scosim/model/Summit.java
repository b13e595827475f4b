package org.scosim.model;

import org.scosim.decision.Actor;
import org.scosim.decision.Decider;
import org.scosim.decision.Decision;
import org.scosim.decision.Issue;
import org.scosim.scenario.Domain;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.ProposalSpec;
import org.scosim.scenario.Shock;
import org.scosim.scenario.Status;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * The annual summit: the agenda (historical items, responses to shocks, members' own proposals) is decided one
 * proposal at a time under the rule in force; then earlier agreements move toward implementation.
 */
final class Summit implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState simState) {
        ScoModel m = (ScoModel) simState;
        for (ProposalSpec p : agenda(m)) decide(m, p);
        Implementation.advance(m);
        Implementation.endYear(m);
    }

    static List<ProposalSpec> agenda(ScoModel m) {
        int year = m.year();
        List<ProposalSpec> items = new ArrayList<>();
        for (ProposalSpec p : m.scenario().agenda()) if (p.year() == year) items.add(p);
        for (Shock s : m.scenario().shocks()) {
            if (s.response() != null && s.start() == year && Calendar.tablesResponse(m, s)) items.add(s.response());
        }
        Parameters par = m.parameters();
        for (MemberState st : m.states()) {
            if (st.status() != Status.MEMBER || m.random.nextDouble() >= par.ownProposalRate()) continue;
            Domain d = ownDomain(m, st);
            double ambition = par.ownAmbitionMin() + (par.ownAmbitionMax() - par.ownAmbitionMin()) * m.random.nextDouble();
            items.add(new ProposalSpec(year, year + "-" + st.iso3() + "-" + d.label(),
                    st.getName() + " proposes " + d.label() + " cooperation", d, st.iso3(), ambition, null));
        }
        return items;
    }

    private static Domain ownDomain(ScoModel m, MemberState st) {
        if (m.random.nextDouble() < st.spec().securityWeight()) return Domain.SECURITY;
        double r = m.random.nextDouble();
        if (r < m.parameters().ownCultureShare()) return Domain.CULTURE;
        if (st.spec().energyExporter() && r < m.parameters().ownCultureShare() + m.parameters().ownEnergyShare()) return Domain.ENERGY;
        return Domain.ECONOMY;
    }

    static void decide(ScoModel m, ProposalSpec p) {
        Issue issue = issueFor(m, p);
        if (issue.actors().stream().noneMatch(Actor::member)) return;
        Decision d = Decider.decide(issue, m.rule());
        m.recordDecision(new SummitRecord(m.year(), p, issue, d));
        int proposer = m.indexOf(p.proposer());
        for (String v : d.vetoes()) {
            int vi = m.indexOf(v);
            if (vi >= 0 && proposer >= 0 && vi != proposer) m.addTrust(proposer, vi, -m.parameters().trustLossVeto());
        }
        if (!d.adopted()) return;
        if (p.domain() == Domain.MEMBERSHIP && p.subject() != null) {
            m.scheduleAccession(m.indexOf(p.subject()));
            return;
        }
        boolean[] part = new boolean[m.states().length];
        for (String name : d.participants()) part[m.indexOf(name)] = true;
        m.addAgreement(new Agreement(p.id(), p.title(), p.domain(), d.outcome(), part, m.year(), p.fundingBnUsd()));
    }

    /**
     * Members vote; observers bargain without a vote; each state forms its own stand ({@link StatePolicy}). The
     * status quo is the proposal's (0 when nothing exists on the matter).
     */
    static Issue issueFor(ScoModel m, ProposalSpec p) {
        List<Actor> actors = new ArrayList<>();
        int proposer = m.indexOf(p.proposer());
        for (MemberState st : m.states()) {
            boolean member = st.status() == Status.MEMBER;
            if (!member && st.status() != Status.OBSERVER && st.index() != proposer) continue;
            actors.add(st.policy().actorOn(p, proposer, m));
        }
        // Nobody can opt out of admitting a member: an accession is decided by the consensus of all under opt-out.
        return new Issue(p.id(), p.statusQuo(), actors, p.domain() != Domain.MEMBERSHIP);
    }
}
