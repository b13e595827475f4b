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
        boolean[] member = new boolean[s.length];
        double[] cooperation = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            member[i] = s[i].status() == Status.MEMBER;
            cooperation[i] = s[i].securityCooperation();
        }
        for (int i = 0; i < s.length; i++) {
            for (int j = i + 1; j < s.length; j++) {
                boolean members = member[i] && member[j];
                double trust = Double.NaN; // mutual trust, read only where it matters (most pairs of a large world)
                if (members && Math.min(cooperation[i], cooperation[j]) > 0) {
                    double coop = Math.min(cooperation[i], cooperation[j]);
                    trust = m.trustSymmetric(i, j);
                    if (m.random.nextDouble() < exerciseChance(p, coop, trust)) {
                        exercises++;
                        m.addTrust(i, j, p.trustGainExercise());
                        m.addTrust(j, i, p.trustGainExercise());
                    }
                }
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
        }
        m.recordExercises(exercises);
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
