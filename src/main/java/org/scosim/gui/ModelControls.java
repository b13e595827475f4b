package org.scosim.gui;

import org.scosim.decision.DecisionRule;
import org.scosim.decision.Weighting;
import org.scosim.io.RuleReader;
import org.scosim.scenario.Shock;
import sim.util.Interval;
import sim.util.Propertied;
import sim.util.Properties;

import java.util.List;

/**
 * The console's Model tab: the decision rule and its threshold, the opt-out minimum, "pause at each summit" and each
 * scenario shock on or off. MASON builds the tab from {@link #properties()} (a dropdown for the rule, sliders for
 * the numbers, check boxes for the switches). Every change goes to the model at once and holds from the next
 * summit on; the rule also carries over to a replayed year.
 */
public final class ModelControls implements Propertied {
    /** The rule choices of the dropdown, in order. */
    public static final String[] RULES = {"unanimity", "consensus minus one", "simple majority",
            "qualified majority", "GDP-weighted majority", "consensus with opt-out"};
    public static final int UNANIMITY = 0, CONSENSUS_MINUS_ONE = 1, SIMPLE_MAJORITY = 2, QUALIFIED = 3, WEIGHTED = 4,
            OPT_OUT = 5;

    private final ScoWithUI gui;
    private int rule;
    private double threshold = 2.0 / 3.0;
    private int minParticipants = 2;
    private boolean pauseAtEachSummit;
    private DecisionRule exact;

    ModelControls(ScoWithUI gui, DecisionRule initial) {
        this.gui = gui;
        setDecisionRule(initial);
    }

    /** The rule the controls stand for. */
    public synchronized DecisionRule decisionRule() {
        if (exact != null) return exact;
        return switch (rule) {
            case UNANIMITY -> new DecisionRule.Unanimity();
            case CONSENSUS_MINUS_ONE -> new DecisionRule.ConsensusMinusOne();
            case SIMPLE_MAJORITY -> new DecisionRule.SimpleMajority();
            case QUALIFIED -> new DecisionRule.QualifiedMajority(threshold, Weighting.EQUAL);
            case WEIGHTED -> new DecisionRule.WeightedMajority(Weighting.GDP, threshold);
            default -> new DecisionRule.OptOut(minParticipants);
        };
    }

    /** Sets the controls from a rule (the scenario's, or --rule) and applies it. */
    public synchronized void setDecisionRule(DecisionRule r) {
        exact = r;
        if (r instanceof DecisionRule.Unanimity) rule = UNANIMITY;
        else if (r instanceof DecisionRule.ConsensusMinusOne) rule = CONSENSUS_MINUS_ONE;
        else if (r instanceof DecisionRule.SimpleMajority) rule = SIMPLE_MAJORITY;
        else if (r instanceof DecisionRule.QualifiedMajority q) { rule = QUALIFIED; threshold = q.threshold(); }
        else if (r instanceof DecisionRule.WeightedMajority w) { rule = WEIGHTED; threshold = w.threshold(); }
        else if (r instanceof DecisionRule.OptOut o) { rule = OPT_OUT; minParticipants = o.minParticipants(); }
        apply();
    }

    // Bean-style accessors (also used by tests and the summit panel).
    public synchronized int getRule() { return rule; }
    public synchronized void setRule(int r) {
        if (r < 0 || r >= RULES.length) return;
        rule = r;
        exact = null;
        apply();
    }
    public synchronized double getThreshold() { return threshold; }
    public synchronized void setThreshold(double t) {
        if (!(t > 0.5 - 1e-9 && t <= 1.0)) return;
        threshold = t;
        if (exact != null && (rule == QUALIFIED || rule == WEIGHTED)) exact = null;
        apply();
    }
    public synchronized int getMinParticipants() { return minParticipants; }
    public synchronized void setMinParticipants(int m) {
        if (m < 1) return;
        minParticipants = m;
        if (exact != null && rule == OPT_OUT) exact = null;
        apply();
    }
    public synchronized boolean isPauseAtEachSummit() { return pauseAtEachSummit; }

    /** Largest setting of "largest flows drawn": every pair of a 13-state map. */
    static final int MAX_LINES = 78;
    private int linesShown = 24;
    private boolean observerLines = true;

    public synchronized int getLinesShown() { return linesShown; }
    public synchronized void setLinesShown(int n) {
        if (n >= 1 && n <= MAX_LINES) linesShown = n;
        if (gui != null) gui.repaintMap();
    }
    public synchronized boolean isObserverLines() { return observerLines; }
    public synchronized void setObserverLines(boolean b) {
        observerLines = b;
        if (gui != null) gui.repaintMap();
    }
    public synchronized void setPauseAtEachSummit(boolean b) { pauseAtEachSummit = b; }

    public boolean isShockEnabled(String name) { return gui.shockEnabled(name); }
    public void setShockEnabled(String name, boolean on) { gui.setShockEnabled(name, on); }

    /** "2/3 = 4 of 6 members" (votes a qualified majority needs this year), "2/3 of members' GDP" (weighted). */
    public synchronized String thresholdMeaning() {
        String share = org.scosim.decision.Shares.text(threshold);
        if (rule == WEIGHTED) return share + " of members' GDP";
        int n = gui == null || gui.model() == null ? 0 : gui.model().memberCount();
        String votes = n == 0 ? share + " of the members"
                : share + " = " + org.scosim.decision.Shares.votesNeeded(threshold, n) + " of " + n + " members";
        return rule == QUALIFIED ? votes : votes + " (not in force)";
    }

    private void apply() {
        if (gui != null) gui.ruleChanged(decisionRule());
    }

    @Override
    public Properties properties() {
        return new ControlProperties();
    }

    private final class ControlProperties extends Properties {
        private static final long serialVersionUID = 1L;
        private static final int FIXED = 9;

        private List<Shock> shocks() { return gui.scenario().shocks(); }

        @Override public boolean isVolatile() { return false; }
        @Override public int numProperties() { return FIXED + shocks().size(); }

        @Override
        public String getName(int i) {
            return switch (i) {
                case 0 -> "Rule";
                case 1 -> "Threshold";
                case 2 -> "Threshold means";
                case 3 -> "Opt-out minimum";
                case 4 -> "Pause at summits";
                case 5 -> "Map: largest flows drawn";
                case 6 -> "Map: lines to observers";
                case 7 -> "Rule in force";
                case 8 -> "Shocks (tick = on)";
                default -> shocks().get(i - FIXED).name();
            };
        }

        @Override
        public String getDescription(int i) {
            return switch (i) {
                case 0 -> "How the summit decides, from the next summit on";
                case 1 -> "Share of members (or of GDP) needed by qualified and weighted majorities";
                case 2 -> "The threshold as a fraction, and the yes-votes it needs among this year's members";
                case 3 -> "Members needed to go ahead without those who opt out";
                case 4 -> "Pause the console after every year with a summit decision";
                case 5 -> "The map draws the lines of this many pairs, those with the largest trade (fewer lines read better)";
                case 6 -> "Draw the (dashed) lines between members and observers";
                case 7 -> "The rule as the command line writes it";
                case 8 -> "The scenario's shocks, each on or off from the next year on";
                default -> "Switch this scenario shock on or off (from the next year on)";
            };
        }

        @Override
        public Object getValue(int i) {
            return switch (i) {
                case 0 -> getRule();
                case 1 -> getThreshold();
                case 2 -> thresholdMeaning();
                case 3 -> getMinParticipants();
                case 4 -> isPauseAtEachSummit();
                case 5 -> getLinesShown();
                case 6 -> isObserverLines();
                case 7 -> RuleReader.toCli(decisionRule());
                case 8 -> shocks().isEmpty() ? "none in this scenario" : "";
                default -> isShockEnabled(shocks().get(i - FIXED).name());
            };
        }

        @Override public boolean isReadWrite(int i) { return i != 2 && i != 7 && i != 8; }

        @Override
        public Class getType(int i) {
            return switch (i) {
                case 0, 3, 5 -> Integer.TYPE;
                case 1 -> Double.TYPE;
                case 2, 7, 8 -> String.class;
                default -> Boolean.TYPE;
            };
        }

        @Override
        public Object getDomain(int i) {
            return switch (i) {
                case 0 -> RULES;
                case 1 -> new Interval(0.5, 1.0);
                case 3 -> new Interval(1L, 12L);
                case 5 -> new Interval(1L, (long) MAX_LINES);
                default -> null;
            };
        }

        @Override
        protected Object _setValue(int i, Object value) {
            switch (i) {
                case 0 -> setRule(((Number) value).intValue());
                case 1 -> setThreshold(((Number) value).doubleValue());
                case 3 -> setMinParticipants(((Number) value).intValue());
                case 4 -> setPauseAtEachSummit((Boolean) value);
                case 5 -> setLinesShown(((Number) value).intValue());
                case 6 -> setObserverLines((Boolean) value);
                case 2, 7, 8 -> { }
                default -> setShockEnabled(shocks().get(i - FIXED).name(), (Boolean) value);
            }
            return getValue(i);
        }
    }
}
