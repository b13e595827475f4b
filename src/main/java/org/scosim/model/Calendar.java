package org.scosim.model;

import org.scosim.scenario.Scenario;
import org.scosim.scenario.EconomySpec;
import org.scosim.scenario.Shock;
import org.scosim.scenario.ShockMode;
import org.scosim.scenario.StatusEvent;
import sim.engine.SimState;
import sim.engine.Steppable;

/** First phase of a year: prescribed status changes and accessions decided last year, then this year's shocks. */
final class Calendar implements Steppable {
    /** A shock's intensity below which it has faded out (numeric, not a mechanism). */
    static final double NEGLIGIBLE = 1e-9;
    private static final long serialVersionUID = 1L;

    /**
     * What a shock does this year, or null for nothing: switched off (GUI), an added shock does nothing and a shock
     * already in the data is removed; a removal switched off leaves the data as they are.
     */
    static ShockMode effectiveMode(ScoModel m, Shock s) {
        boolean on = m.isShockEnabled(s.name());
        return switch (s.mode()) {
            case ADD, REMOVE -> on ? s.mode() : null;
            case OBSERVED -> on ? ShockMode.OBSERVED : ShockMode.REMOVE;
        };
    }

    /** Whether the shock's policy response is tabled: it happened, added or as observed, and was not removed. */
    static boolean tablesResponse(ScoModel m, Shock s) {
        ShockMode e = effectiveMode(m, s);
        return e == ShockMode.ADD || e == ShockMode.OBSERVED;
    }

    /**
     * The counterfactual of a shock in the data: the observed path is replaced, in proportion to the shock's
     * intensity, by the log-linear trend of the {@code shockTrendYears} years before it (docs/ODD.md).
     */
    private static void remove(ScoModel m, Shock s, int year, double intensity) {
        int k = m.parameters().shockTrendYears();
        YearEffects fx = m.effects();
        if (s instanceof Shock.EnergyPriceShock) {
            EconomySpec e = m.scenario().economy();
            if (e.oilPrice().isEmpty()) return;
            double gap = Counterfactual.logTrend(e::oilPriceIn, s.start() - k, s.start() - 1, year) - Math.log(e.oilPriceIn(year));
            fx.changeEnergyPrice(Math.exp(intensity * gap) - 1);
        } else if (s instanceof Shock.GdpShock) {
            double g = m.parameters().projectionGrowth();
            for (MemberState st : m.states()) {
                if (!s.targets().includes(st.spec(), st.status())) continue;
                double gap = Counterfactual.logTrend(y -> st.trendGdp(y, g), s.start() - k, s.start() - 1, year)
                        - Math.log(st.trendGdp(year, g));
                fx.scaleGdp(st.index(), Math.exp(intensity * gap));
            }
        }
    }

    @Override
    public void step(SimState simState) {
        ScoModel m = (ScoModel) simState;
        int year = m.year();
        Scenario sc = m.scenario();
        for (StatusEvent e : sc.events()) {
            if (e.year() == year) m.state(m.indexOf(e.state())).setStatus(e.status());
        }
        m.applyPendingAccessions();
        YearEffects fx = m.effects();
        fx.reset();
        for (Shock s : sc.shocks()) {
            ShockMode mode = effectiveMode(m, s);
            if (mode == null || mode == ShockMode.OBSERVED) continue;
            double intensity = s.intensity(year);
            if (intensity <= NEGLIGIBLE) continue;
            if (mode == ShockMode.REMOVE) {
                remove(m, s, year, intensity);
                continue;
            }
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
