package org.scosim.model;

import org.scosim.decision.Actor;
import org.scosim.scenario.Domain;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.ProposalSpec;
import org.scosim.scenario.StateSpec;
import org.scosim.scenario.Status;
import org.scosim.scenario.SummitSpec;

/**
 * How one state stands at the summit and carries out what it signed: its stake in each domain (its salience), its
 * ideal point on a proposal's own scale, its bargaining weight, and its yearly implementation of agreements. It reads
 * only its own state and what the model shows every observer (trade, borders, the year, the agreements). docs/ODD.md
 * sections 7.5 and 7.6 give the formulas and their sources.
 */
final class StatePolicy implements java.io.Serializable {
    /** Least bargaining weight: a state without measured capability still counts a little (numeric guard). */
    static final double MIN_CAPABILITY = 1e-6;

    private static final long serialVersionUID = 1L;

    private final MemberState self;
    /**
     * Mean trust in the co-signatories of the last few signatory sets weighed, valid while this state's trust is at
     * {@link #weighedAt}: agreements of one set share its array, and trust changes once a year, so a state weighs
     * each set once a year instead of once per agreement (in a world of 1,000 states, 500 reads an agreement).
     */
    private static final int WEIGHED_SETS = 4;   // a run's agreements have a few sets, one of them most often
    private final int[][] weighedSets = new int[WEIGHED_SETS][];
    private final double[] weighedMeans = new double[WEIGHED_SETS];
    private long weighedAt = -1;
    private int weighedNext;

    StatePolicy(MemberState self) {
        this.self = self;
    }

    /**
     * Stake in a domain, 0..1: how much the state has riding on cooperation there, whatever the direction it wants
     * (salience). Security: its security orientation and exposure to the "three evils", more with a disputed border;
     * economy: its economic orientation and its trade dependence on China; energy: the same, more for exporters.
     */
    double stake(Domain d, ScoModel m) {
        Parameters par = m.parameters();
        StateSpec s = self.spec();
        double econ = 0.5 * (1 - s.securityWeight() + Math.min(1, dependenceOnChina(m) / par.dependenceReference()));
        double v = switch (d) {
            case SECURITY -> 0.5 * (s.securityWeight() + s.threeEvilsExposure()) + (disputedBorder(m) ? par.borderStake() : 0);
            case ECONOMY -> econ;
            case ENERGY -> econ + (s.energyExporter() ? par.energyExporterStake() : 0);
            case CULTURE -> par.cultureStake();
            case INSTITUTIONS -> 0.5 * (par.institutionStakeBase() + s.sovereigntySensitivity());
            case MEMBERSHIP -> par.membershipStake();
        };
        return clamp01(v);
    }

    /** What the state wants the text to say, on the proposal's 0-100 scale (it may lie below the status quo). */
    double idealPoint(ProposalSpec p, int proposer, ScoModel m) {
        if (self.index() == proposer) return p.ambition();
        int other = p.subject() != null ? m.indexOf(p.subject()) : proposer;
        if (other == self.index()) return 100; // an applicant wants in
        Parameters par = m.parameters();
        StateSpec s = self.spec();
        Domain d = p.domain();
        double trust = other >= 0 ? self.trustIn(other) : par.neutralTrust();
        double want = par.commonInterest() + par.stakeWeight() * stake(d, m)
                + par.trustInProposerWeight() * (trust - par.neutralTrust());
        double cost = par.sovereigntyCost() * s.sovereigntySensitivity()
                * (d == Domain.INSTITUTIONS || d == Domain.MEMBERSHIP ? par.deepSovereigntyFactor() : 1.0)
                + par.rivalTieCost() * s.rivalTies(m.year(), d)
                + par.outsidePowerPull() * outsidePowersHosted(d, m);
        return Math.max(0, Math.min(100, 100 * (want - cost)));
    }

    double salience(ProposalSpec p, int proposer, ScoModel m) {
        double sal = stake(p.domain(), m);
        if (self.index() == proposer) sal = Math.max(m.parameters().proposerSalience(), sal);
        if (self.status() != Status.MEMBER) sal *= m.parameters().observerSalience();
        return clamp01(sal);
    }

    /** Bargaining weight in the domain, in the unit the scenario names for it (at least a tiny positive number). */
    double capability(Domain d, ScoModel m) {
        double c = switch (m.scenario().summit().capability(d)) {
            case GDP -> self.gdp();
            case MILEX -> self.milexBn() > 0 ? self.milexBn() : self.gdp();
            case POPULATION -> Double.isNaN(self.population()) ? self.gdp() : self.population();
            case EQUAL -> 1.0;
        };
        return Math.max(c, MIN_CAPABILITY);
    }

    /** The state as a party to the decision on a proposal. */
    Actor actorOn(ProposalSpec p, int proposer, ScoModel m) {
        double position = idealPoint(p, proposer, m), salience = salience(p, proposer, m);
        double[] hand = m.handSet(self.iso3(), p.id());
        if (hand != null) {
            if (!Double.isNaN(hand[0])) position = hand[0];
            if (!Double.isNaN(hand[1])) salience = hand[1];
        }
        return new Actor(self.iso3(), position, salience, capability(p.domain(), m),
                self.status() == Status.MEMBER, self.gdp(), self.population());
    }

    /**
     * This year's implementation of an agreement it signed: with probability its mean trust in the co-signatories,
     * it implements {@code implementationRate x resources x capacity x (1 - 0.5 sovereignty x depth/100)}.
     * Returns the share added.
     */
    double implement(Agreement a, double resources, ScoModel m) {
        Parameters par = m.parameters();
        if (a.completedBy(self.index())) {
            m.random.nextDouble();   // the year's draw all the same, so the random stream does not depend on it
            return 0;
        }
        double trust = meanTrustInCosignatories(a.signatories());
        if (m.random.nextDouble() >= trust) return 0;
        double share = par.implementationRate() * resources * capacity(par)
                * (1 - m.parameters().sovereigntyDrag() * self.spec().sovereigntySensitivity() * a.depth() / 100.0);
        return a.progress(self.index(), share);
    }

    /** Mean trust in the other signatories (1 when it signed alone), in signatory order. */
    double meanTrustInCosignatories(int[] signatories) {
        if (weighedAt != self.trustVersion()) {
            java.util.Arrays.fill(weighedSets, null);
            weighedAt = self.trustVersion();
        }
        for (int k = 0; k < weighedSets.length; k++) if (weighedSets[k] == signatories) return weighedMeans[k];
        double trust = 0;
        int others = 0;
        for (int j : signatories) {
            if (j != self.index()) {
                trust += self.trustIn(j);
                others++;
            }
        }
        trust = others == 0 ? 1 : trust / others;
        weighedSets[weighedNext] = signatories;
        weighedMeans[weighedNext] = trust;
        weighedNext = (weighedNext + 1) % weighedSets.length;
        return trust;
    }

    /** Capacity to implement, 0..1: sqrt(GDP per head / capacityGdpPerCapita), at most 1; 1 without population. */
    double capacity(Parameters par) {
        double pop = self.population();
        if (Double.isNaN(pop) || !(pop > 0)) return 1;
        return Math.min(1, Math.sqrt(self.gdp() * 1e9 / pop / par.capacityGdpPerCapita()));
    }

    /** Trade with China (the scenario's dependence partner) as a share of GDP; for China, its trade with the members. */
    double dependenceOnChina(ScoModel m) {
        int china = m.dependencePartner();
        if (china < 0 || !(self.gdp() > 0)) return 0;
        if (china != self.index()) return m.trade(self.index(), china) / self.gdp();
        double t = 0;
        for (MemberState o : m.states()) if (o.index() != china && o.status() == Status.MEMBER) t += m.trade(china, o.index());
        return t / self.gdp();
    }

    /** A border with a member (or would-be member) that is not settled yet. */
    boolean disputedBorder(ScoModel m) {
        for (MemberState o : m.states()) {
            if (o.index() == self.index()) continue;
            var b = m.border(self.index(), o.index());
            if (b != null && b != org.scosim.scenario.BorderSpec.BorderStatus.SETTLED) return true;
        }
        return false;
    }

    /** How many outside powers of the domain have forces in the state this year. */
    int outsidePowersHosted(Domain d, ScoModel m) {
        int k = 0;
        for (SummitSpec.OutsidePower op : m.scenario().summit().outsidePowers()) {
            if (op.domain() == d && op.presentIn(self.iso3(), m.year())) k++;
        }
        return k;
    }

    private static double clamp01(double v) { return Math.max(0, Math.min(1, v)); }
}
