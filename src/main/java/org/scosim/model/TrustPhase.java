package org.scosim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Trust phase: every change that the year's events booked (settlements, exercises, implemented agreements, vetoes,
 * agreements left on paper) plus trust shocks and a little noise, applied at once and kept in [0, 1]. Without
 * events, trust drifts back toward its starting value.
 */
final class TrustPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    /**
     * One year of trust (docs/ODD.md 7.7): {@code clamp(t + decay (t0 - t) + events + noise, 0, 1)}, where events are
     * the changes booked during the year and the trust shocks.
     */
    static double next(double trust, double initial, double decay, double events, double noise) {
        return Clamp.unit(trust + decay * (initial - trust) + events + noise);
    }

    @Override
    public void step(SimState simState) {
        ScoModel m = (ScoModel) simState;
        double noise = m.parameters().trustNoise();
        double decay = m.parameters().trustDecay();
        MemberState[] s = m.states();
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                if (i == j) continue;
                s[i].setTrust(j, next(s[i].trustIn(j), m.initialTrust(i, j), decay,
                        m.takeTrustChange(i, j) + m.effects().trustShift(j), noise * m.gaussian()));
            }
        }
    }
}
