package org.scosim.model;

import org.scosim.scenario.Domain;
import org.scosim.scenario.Parameters;

/**
 * Implementation of adopted agreements ("paper agreements" problem, seed 000, "Achievements and challenges"): each
 * year an agreement progresses with a probability that grows with its participants' mutual trust, by a share that
 * shrinks with their sovereignty sensitivity and the agreement's depth. Only implemented shares change the world.
 */
final class Implementation {
    private Implementation() {
    }

    static void advance(ScoModel m) {
        Parameters p = m.parameters();
        int year = m.year();
        int n = m.states().length;
        for (Agreement a : m.agreements()) {
            if (a.stage() != Agreement.Stage.ADOPTED || a.yearAdopted() >= year) continue;
            double trust = 0, sov = 0;
            int pairs = 0, count = 0;
            for (int i = 0; i < n; i++) {
                if (!a.participates(i)) continue;
                count++;
                sov += m.state(i).spec().sovereigntySensitivity();
                for (int j = 0; j < n; j++) {
                    if (j != i && a.participates(j)) {
                        trust += m.state(i).trustIn(j);
                        pairs++;
                    }
                }
            }
            trust = pairs == 0 ? 1 : trust / pairs;
            sov = count == 0 ? 0 : sov / count;
            if (m.random.nextDouble() < trust) {
                double share = a.progress(p.implementationRate() * (1 - 0.5 * sov * a.depth() / 100.0), year);
                apply(m, a, share);
                if (a.stage() == Agreement.Stage.IMPLEMENTED) bookTrust(m, a, p.trustGainImplemented());
            } else if (a.stallCheck(year, p.paperAfterYears())) {
                bookTrust(m, a, -p.trustLossPaper());
            }
        }
    }

    /** What an implemented share does, by domain. */
    private static void apply(ScoModel m, Agreement a, double share) {
        double amount = share * a.depth() / 100.0;
        int n = m.states().length;
        for (int i = 0; i < n; i++) {
            if (!a.participates(i)) continue;
            if (a.domain() == Domain.SECURITY) m.state(i).addSecurityCooperation(amount);
            for (int j = i + 1; j < n; j++) {
                if (!a.participates(j)) continue;
                switch (a.domain()) {
                    case ECONOMY, ENERGY -> m.addIntegration(i, j, amount);
                    case INSTITUTIONS -> m.addIntegration(i, j, 0.5 * amount);
                    case CULTURE -> {
                        m.addTrust(i, j, m.parameters().trustGainCulture() * share);
                        m.addTrust(j, i, m.parameters().trustGainCulture() * share);
                    }
                    default -> { }
                }
            }
        }
    }

    private static void bookTrust(ScoModel m, Agreement a, double delta) {
        int n = m.states().length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && a.participates(i) && a.participates(j)) m.addTrust(i, j, delta);
            }
        }
    }
}
