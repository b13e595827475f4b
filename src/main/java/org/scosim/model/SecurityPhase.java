package org.scosim.model;

import org.scosim.scenario.BorderSpec.BorderStatus;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.Status;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Security phase: each state's exposure to the "three evils" net of implemented security cooperation; joint
 * exercises between cooperating members; settlement of negotiated border disputes, likelier as trust grows.
 */
final class SecurityPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState simState) {
        ScoModel m = (ScoModel) simState;
        Parameters p = m.parameters();
        MemberState[] s = m.states();
        for (MemberState st : s) {
            double exposure = st.spec().threeEvilsExposure() * m.effects().threatFactor(st.index());
            st.setThreat(threat(exposure, p.securityCooperationEffect(), st.securityCooperation()));
        }
        int exercises = 0;
        // read once a year: the pair loop below is the phase's cost in a large world
        int n = s.length;
        boolean[] member = new boolean[n];
        boolean[] exercising = new boolean[n];   // a member with some security cooperation: may exercise with another
        double[] cooperation = new double[n];
        for (int i = 0; i < n; i++) {
            member[i] = s[i].status() == Status.MEMBER;
            cooperation[i] = s[i].securityCooperation();
            exercising[i] = member[i] && cooperation[i] > 0;
        }
        // Pairs in ascending order, as the random draws are taken: a pair's exercise draw, then its border's. Only
        // pairs of exercising members and pairs with a border (few in a large world) have anything to do.
        for (int i = 0; i < n; i++) {
            int[] borders = m.borderPartnersAbove(i);
            if (!exercising[i]) {
                for (int j : borders) border(m, p, i, j, member[i] && member[j], Double.NaN);
                continue;
            }
            int next = 0;
            for (int j = i + 1; j < n; j++) {
                double trust = Double.NaN; // mutual trust, read only where it matters
                if (exercising[j]) {
                    double coop = Math.min(cooperation[i], cooperation[j]);
                    trust = m.trustSymmetric(i, j);
                    if (m.random.nextDouble() < exerciseChance(p, coop, trust)) {
                        exercises++;
                        m.addTrust(i, j, p.trustGainExercise());
                        m.addTrust(j, i, p.trustGainExercise());
                    }
                }
                if (next < borders.length && borders[next] == j) {
                    next++;
                    border(m, p, i, j, member[j], trust);
                }
            }
        }
        m.recordExercises(exercises);
    }

    /** A pair with a border: settlement in its historical year, or talks and settlement as trust allows. */
    private static void border(ScoModel m, Parameters p, int i, int j, boolean members, double trust) {
        BorderStatus b = m.border(i, j);
        int prescribed = m.borderSettlesIn(i, j);
        if (prescribed > 0) {
            // a historical settlement year: the record, not the hazard, decides when
            if (b != BorderStatus.SETTLED && m.year() == prescribed) settle(m, p, i, j);
        } else if (b == BorderStatus.OPEN && members && mutual(m, i, j, trust) >= p.talksTrust()) {
            m.setBorder(i, j, BorderStatus.NEGOTIATING);
        } else if (b == BorderStatus.NEGOTIATING && m.random.nextDouble() < settlementChance(p, mutual(m, i, j, trust))) {
            settle(m, p, i, j);
        }
    }

    /** The pair's mutual trust: {@code known} if it was read this step, else read now (it is never NaN itself). */
    private static double mutual(ScoModel m, int i, int j, double known) {
        return Double.isNaN(known) ? m.trustSymmetric(i, j) : known;
    }

    /** Exposure to the "three evils" net of implemented security cooperation, at most 1 (docs/ODD.md 7.3). */
    static double threat(double exposure, double cooperationEffect, double cooperation) {
        return Math.min(1.0, exposure * (1 - cooperationEffect * cooperation));
    }

    /** Yearly chance of a joint exercise between two cooperating members: exerciseRate x min cooperation x trust. */
    static double exerciseChance(Parameters p, double cooperation, double trust) {
        return p.exerciseRate() * cooperation * trust;
    }

    /** Yearly chance that a negotiated dispute without a prescribed year is settled: settlementHazard x trust². */
    static double settlementChance(Parameters p, double trust) {
        return p.settlementHazard() * trust * trust;
    }

    private static void settle(ScoModel m, Parameters p, int i, int j) {
        m.setBorder(i, j, BorderStatus.SETTLED);
        m.addTrust(i, j, p.trustGainSettlement());
        m.addTrust(j, i, p.trustGainSettlement());
    }
}
