package org.scosim.gui;

import org.scosim.model.MemberState;
import org.scosim.model.ScoModel;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * A state on the map, and what its inspector shows. It reads the model the GUI currently holds, so it stays valid
 * when a year is replayed from a copy. The inspector lists the state's figures, then its trust in every other
 * state and its trade with every other state, one line each, labelled by ISO3 code.
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

            @Override public int numProperties() { return FIXED.length + 2 * (n() - 1); }

            /** The other state shown at row k of the trust (or trade) block. */
            int other(int k) { return k < index ? k : k + 1; }

            @Override
            public String getName(int i) {
                if (i < FIXED.length) return FIXED[i];
                int k = i - FIXED.length;
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
                int k = i - FIXED.length;
                if (k < n() - 1) return round(s.trustIn(other(k)), 3);
                return round(m.trade(index, other(k - (n() - 1))), 3);
            }

            @Override public boolean isReadWrite(int i) { return false; }

            @Override public Class getType(int i) { return i < 2 ? String.class : Double.TYPE; }

            @Override protected Object _setValue(int i, Object value) { return getValue(i); }
        };
    }

    static double round(double x, int digits) {
        if (Double.isNaN(x)) return x;
        double f = Math.pow(10, digits);
        return Math.round(x * f) / f;
    }
}
