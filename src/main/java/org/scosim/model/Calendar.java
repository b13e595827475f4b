package org.scosim.model;

import org.scosim.scenario.Scenario;
import org.scosim.scenario.Shock;
import org.scosim.scenario.StatusEvent;
import sim.engine.SimState;
import sim.engine.Steppable;

/** First phase of a year: prescribed status changes and accessions decided last year, then this year's shocks. */
final class Calendar implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState simState) {
        ScoModel m = (ScoModel) simState;
        int year = m.year();
        Scenario sc = m.scenario();
        for (StatusEvent e : sc.events()) {
            if (e.year() == year) m.state(sc.indexOf(e.state())).setStatus(e.status());
        }
        m.applyPendingAccessions();
        YearEffects fx = m.effects();
        fx.reset();
        for (Shock s : sc.shocks()) {
            if (!m.isShockEnabled(s.name())) continue;
            double intensity = s.intensity(year);
            if (intensity <= 1e-9) continue;
            double deviation = s.magnitude() * intensity;
            if (s.global()) {
                s.apply(fx, -1, deviation);
            } else {
                for (MemberState st : m.states()) {
                    if (s.targets().includes(st.spec(), st.status())) s.apply(fx, st.index(), deviation);
                }
            }
        }
    }
}
