package org.scosim.model;

import org.scosim.scenario.Domain;
import org.scosim.scenario.Parameters;

/**
 * Implementation of adopted agreements ("paper agreements", Gao Fei 2010, "Achievements and challenges"): each year every
 * signatory implements its share at its own pace ({@link StatePolicy#implement}); common economic and energy
 * programmes need money, which only what was committed to them (and the organization's small budget) provides. Only
 * implemented shares change the world.
 */
final class Implementation {
    private Implementation() {
    }

    static void advance(ScoModel m) {
        Parameters p = m.parameters();
        int year = m.year();
        double[] added = new double[m.states().length];   // by state; only signatories' entries are set and read
        for (Agreement a : m.agreements()) {
            if (a.yearAdopted() >= year || a.stage() == Agreement.Stage.ON_PAPER) continue;
            double resources = resources(a, p);
            for (int i : a.signatories()) added[i] = m.state(i).policy().implement(a, resources, m);
            apply(m, a, added);
            Agreement.Stage moved = a.review(year, p.paperAfterYears(), p.paperShare(), p.inForceShare());
            if (moved == Agreement.Stage.IMPLEMENTED) bookTrust(m, a, p.trustGainImplemented());
            else if (moved == Agreement.Stage.ON_PAPER) bookTrust(m, a, -p.trustLossPaper());
        }
    }

    /** Records every agreement's implemented shares at the end of the year (after this year's adoptions). */
    static void endYear(ScoModel m) {
        for (Agreement a : m.agreements()) a.endYear();
    }

    /**
     * Share of what the agreement needs that its resources cover, 0..1. Security, culture and institutions are
     * carried out by the members' own services; economic and energy programmes need common money:
     * min(1, (funding committed to it + commonBudget) / (resourceNeed x depth/100)).
     */
    static double resources(Agreement a, Parameters p) {
        if (a.domain() != Domain.ECONOMY && a.domain() != Domain.ENERGY) return 1;
        double need = p.resourceNeedBnUsd() * a.depth() / 100.0;
        if (!(need > 0)) return 1;
        return Math.min(1, (a.fundingBnUsd() + p.commonBudgetBnUsd()) / need);
    }

    /** What the implemented shares do, by domain: a pair moves by the mean of its two members' shares. */
    private static void apply(ScoModel m, Agreement a, double[] added) {
        double scale = a.depth() / 100.0;
        double integration = scale * m.parameters().integrationPerDepth();
        int[] sig = a.signatories();
        if (a.domain() == Domain.SECURITY) {
            for (int i : sig) if (added[i] > 0) m.state(i).addSecurityCooperation(added[i] * scale);
            return;
        }
        Domain d = a.domain();
        if (d != Domain.ECONOMY && d != Domain.ENERGY && d != Domain.INSTITUTIONS && d != Domain.CULTURE) return;
        if (d == Domain.CULTURE) {
            cultureTrust(m, sig, added, m.parameters().trustGainCulture());
            return;
        }
        double institutions = m.parameters().institutionIntegrationShare();
        boolean institutional = d == Domain.INSTITUTIONS;
        for (int p = 0; p < sig.length; p++) {
            int i = sig[p];
            double[] stock = m.integrationAbove(i);   // signatories ascend: j > i
            for (int q = p + 1; q < sig.length; q++) {
                int j = sig[q];
                double share = 0.5 * (added[i] + added[j]);
                if (share <= 0) continue;
                stock[j] += institutional ? institutions * share * integration : share * integration;
            }
        }
    }

    /**
     * Cultural exchange: each signatory's trust in each other one gains {@code culture} times the pair's mean share.
     * Booked row by row (a state's changes lie together), which in a large world is what the loop costs.
     */
    static void cultureTrust(ScoModel m, int[] sig, double[] added, double culture) {
        for (int p = 0; p < sig.length; p++) {
            int i = sig[p];
            double[] changes = m.trustChangesOf(i);
            for (int q = 0; q < sig.length; q++) {
                int j = sig[q];
                double share = 0.5 * (added[i] + added[j]);
                if (q == p || share <= 0) continue;
                changes[j] += culture * share;
            }
        }
    }

    private static void bookTrust(ScoModel m, Agreement a, double delta) {
        int[] sig = a.signatories();
        for (int i : sig) {
            double[] changes = m.trustChangesOf(i);
            for (int j : sig) if (i != j) changes[j] += delta;
        }
    }
}
