package org.scosim.model;

/**
 * What must hold after every year: trust in [0,1]; trade and GDP non-negative and finite; exposure in [0, 1]. The model
 * checks it itself at the end of each year, so every path that runs it (CLI, experiments, calibration, GUI) does; a
 * breach is a model bug.
 */
public final class Invariants {
    private Invariants() {
    }

    public static void check(ScoModel m) {
        MemberState[] s = m.states();
        for (int i = 0; i < s.length; i++) {
            double g = s[i].gdp();
            if (!(g >= 0) || Double.isInfinite(g)) fail(m, "GDP of " + s[i].iso3() + " is " + g);
            if (!(s[i].threat() >= 0 && s[i].threat() <= 1)) fail(m, "threat of " + s[i].iso3() + " is " + s[i].threat());
            for (int j = 0; j < s.length; j++) {
                if (i == j) continue;
                double t = s[i].trustIn(j);
                if (!(t >= 0 && t <= 1)) fail(m, "trust of " + s[i].iso3() + " in " + s[j].iso3() + " is " + t);
                double x = m.trade(i, j);
                if (!(x >= 0) || Double.isInfinite(x)) fail(m, "trade " + s[i].iso3() + "-" + s[j].iso3() + " is " + x);
            }
        }
    }

    private static void fail(ScoModel m, String what) {
        throw new IllegalStateException("model invariant broken in " + m.year() + ": " + what);
    }
}
