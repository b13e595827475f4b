package org.scosim.gui;

import org.scosim.model.MemberState;
import org.scosim.model.ScoModel;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * A state on the map, and what its inspector shows. It reads the model the GUI currently holds, so it stays valid
 * when a year is replayed from a copy. The inspector lists the state's figures; its position and salience on the
 * proposal in the summit window's bargaining view, which an instructor may type over (blank gives them back to the
 * model; "Replay this summit" then decides with them); then its trust in every other state and its trade with every
 * other state, one line each, labelled by ISO3 code.
 */
public final class StateNode implements Propertied {
    private final ScoWithUI gui;
    private final int index;

    StateNode(ScoWithUI gui, int index) {
        this.gui = gui;
        this.index = index;
    }

    public int index() { return index; }

    public MemberState state() { return gui.model().state(index); }

    @Override
    public String toString() { return state().getName() + " (" + state().iso3() + ")"; }

    private static final String[] FIXED = {"Name", "Status", "GDP (US$ bn)", "Population (m)",
            "Military expenditure (US$ bn)", "Exposure to the three evils (0-1)", "Security cooperation (0-1)",
            "Trade with all others (US$ bn)", "Mean trust in others (0-1)"};

    @Override
    public Properties properties() {
        return new Properties() {
            private static final long serialVersionUID = 1L;

            int n() { return gui.model().states().length; }

            @Override public boolean isVolatile() { return false; }

            @Override public int numProperties() { return FIXED.length + HAND + 2 * (n() - 1); }

            /** The other state shown at row k of the trust (or trade) block. */
            int other(int k) { return k < index ? k : k + 1; }

            @Override
            public String getName(int i) {
                if (i < FIXED.length) return FIXED[i];
                if (i < FIXED.length + HAND) {
                    String p = gui.bargainingProposal();
                    return (i == FIXED.length ? "Position on " : "Salience on ") + (p == null ? "(no proposal yet)" : p);
                }
                int k = i - FIXED.length - HAND;
                ScoModel m = gui.model();
                if (k < n() - 1) return "Trust in " + m.state(other(k)).iso3();
                return "Trade with " + m.state(other(k - (n() - 1))).iso3() + " (US$ bn)";
            }

            @Override
            public Object getValue(int i) {
                ScoModel m = gui.model();
                MemberState s = m.state(index);
                switch (i) {
                    case 0: return s.getName();
                    case 1: return s.getStatus();
                    case 2: return round(s.gdp(), 1);
                    case 3: return round(s.population() / 1e6, 1);
                    case 4: return round(s.milexBn(), 2);
                    case 5: return round(s.threat(), 3);
                    case 6: return round(s.securityCooperation(), 3);
                    case 7: {
                        double sum = 0;
                        for (int j = 0; j < n(); j++) if (j != index) sum += m.trade(index, j);
                        return round(sum, 2);
                    }
                    case 8: {
                        double sum = 0;
                        for (int j = 0; j < n(); j++) if (j != index) sum += s.trustIn(j);
                        return round(n() > 1 ? sum / (n() - 1) : Double.NaN, 3);
                    }
                    default: break;
                }
                if (i < FIXED.length + HAND) return handText(i - FIXED.length);
                int k = i - FIXED.length - HAND;
                if (k < n() - 1) return round(s.trustIn(other(k)), 3);
                return round(m.trade(index, other(k - (n() - 1))), 3);
            }

            @Override public boolean isReadWrite(int i) { return i >= FIXED.length && i < FIXED.length + HAND && gui.bargainingProposal() != null; }

            @Override public Class getType(int i) { return i < 2 || i >= FIXED.length && i < FIXED.length + HAND ? String.class : Double.TYPE; }

            @Override
            public String getDescription(int i) {
                if (i == FIXED.length) return "Type a position (0-100) for the proposal in the bargaining view, then Replay this summit; blank: the model's";
                if (i == FIXED.length + 1) return "Type a salience (0-1) for the proposal in the bargaining view, then Replay this summit; blank: the model's";
                return null;
            }

            @Override
            protected Object _setValue(int i, Object value) {
                if (i >= FIXED.length && i < FIXED.length + HAND) setHand(i - FIXED.length, String.valueOf(value));
                return getValue(i);
            }
        };
    }

    /** Rows for the hand-set position and salience. */
    static final int HAND = 2;

    /** "40 (set by hand)" or "model: 26.9" (the value at the summit shown), for position (0) or salience (1). */
    String handText(int which) {
        String p = gui.bargainingProposal();
        if (p == null) return "no summit yet";
        String iso3 = state().iso3();
        double[] h = gui.handSet(iso3, p);
        if (h != null && !Double.isNaN(h[which])) return fmt(h[which]) + " (set by hand)";
        YearView v = gui.lastView();
        if (v != null) {
            for (var r : v.records()) {
                if (!r.proposal().id().equals(p)) continue;
                for (var a : r.issue().actors()) {
                    if (a.name().equals(iso3)) return "model: " + fmt(which == 0 ? round(a.position(), 1) : round(a.salience(), 2));
                }
            }
        }
        return "model";
    }

    /** Sets a hand value from typed text: a number in range, or blank / "model" to give it back to the model. */
    void setHand(int which, String text) {
        String p = gui.bargainingProposal();
        if (p == null) return;
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.startsWith("model")) {
            gui.setHandSet(state().iso3(), p, which, Double.NaN);
            return;
        }
        try {
            double v = Double.parseDouble(t.replace("(set by hand)", "").trim());
            double max = which == 0 ? 100 : 1;
            if (v >= 0 && v <= max) gui.setHandSet(state().iso3(), p, which, v);
        } catch (NumberFormatException ignored) {
            // not a number: the field shows the value in force again
        }
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    static double round(double x, int digits) {
        if (Double.isNaN(x)) return x;
        double f = Math.pow(10, digits);
        return Math.round(x * f) / f;
    }
}
