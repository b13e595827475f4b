package org.scosim.gui;

import org.scosim.decision.DecisionRule;
import org.scosim.model.ScoModel;
import org.scosim.model.YearObserver;
import org.scosim.output.Measure;
import org.scosim.output.Measures;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.StateSpec;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import java.awt.Component;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.HashSet;
import java.util.Set;

/**
 * The classroom GUI (MASON model-view split, as in MASON's HeatBugsWithUI): holds a {@link ScoModel} and shows it in
 * a map (Display2D), a summit window, live charts and the console's Model tab ({@link ModelControls}).
 *
 * <p>Before each year it keeps a serialized copy of the model ({@link ModelCopies}), so that the year last shown can
 * be decided again under another rule: same states, same proposals, same random draws up to the summit.
 */
public final class ScoWithUI extends GUIState {
    /** The screen the windows are laid out for. */
    public static final int SCREEN_W = 1366, SCREEN_H = 768;
    /** The map's drawing area (105 x 50 degrees at about 7.2 pixels per degree). */
    public static final int MAP_W = 760, MAP_H = 362;

    private final Scenario scenario;
    private final ModelControls controls;
    private final Set<String> disabledShocks = new HashSet<>();
    private final Continuous2D layout = new Continuous2D(5.0, MapGeometry.WIDTH, MapGeometry.HEIGHT);
    private final Network ties = new Network(false);
    private final YearObserver observer = this::observed;

    private final MapPortrayals.BackgroundPortrayal background = new MapPortrayals.BackgroundPortrayal(this);
    private final NetworkPortrayal2D tiesPortrayal = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D statesPortrayal = new ContinuousPortrayal2D();
    private final MapPortrayals.LegendPortrayal legend = new MapPortrayals.LegendPortrayal(this);

    public Display2D display;
    public JFrame displayFrame, summitFrame, chartsFrame;
    SummitPanel summitPanel;
    ChartsPanel charts;

    private volatile ModelCopies.Copy yearStart;
    private volatile YearView lastView;
    private volatile boolean replaying;

    /**
     * @param scenario the scenario
     * @param seed     the model's seed
     * @param rule     the rule to start with, or null for the scenario's
     */
    public ScoWithUI(Scenario scenario, long seed, DecisionRule rule) {
        super(new ScoModel(scenario, seed));
        this.scenario = scenario;
        this.controls = new ModelControls(this, rule != null ? rule : scenario.rule());
        int n = scenario.states().size();
        StateNode[] nodes = new StateNode[n];
        for (int i = 0; i < n; i++) {
            StateSpec s = scenario.states().get(i);
            nodes[i] = new StateNode(this, i);
            layout.setObjectLocation(nodes[i], new Double2D(MapGeometry.x(s.longitude()), MapGeometry.y(s.latitude())));
            ties.addNode(nodes[i]);
        }
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) ties.addEdge(nodes[i], nodes[j], null);
    }

    public static String getName() { return "scosim: SCO summits"; }

    public static Object getInfo() {
        return "<html><body><h2>scosim classroom GUI</h2><p>Watch the Shanghai Cooperation Organization decide, year by "
                + "year. Change the decision rule in the <b>Model</b> tab, or replay a summit under another rule from "
                + "the summit window, and see why the outcome changes.</p><p>Map: states at their capitals; disc area "
                + "~ GDP; colour = status; lines between members and observers: colour = trust, width = trade. "
                + "Click a state to inspect it.</p></body></html>";
    }

    public ScoModel model() { return (ScoModel) state; }

    public Scenario scenario() { return scenario; }

    public ModelControls controls() { return controls; }

    /** Redraws the map (after a change of what it draws). */
    void repaintMap() {
        if (display != null) SwingUtilities.invokeLater(display::repaint);
    }

    /** The last year shown (null before the first step). */
    public YearView lastView() { return lastView; }

    public boolean canReplay() { return yearStart != null; }

    /** Hand-set positions and saliences by "ISO3|proposal id" ({position, salience}, NaN = the model's). */
    private final java.util.Map<String, double[]> handSet = new java.util.TreeMap<>();

    /**
     * Sets by hand one of a state's values on a proposal (which 0: position, 1: salience; NaN gives it back to the
     * model). It applies from the next summit, or to the shown one with "Replay this summit".
     */
    public synchronized void setHandSet(String iso3, String proposalId, int which, double value) {
        String key = iso3 + "|" + proposalId;
        double[] v = handSet.getOrDefault(key, new double[]{Double.NaN, Double.NaN}).clone();
        v[which] = value;
        if (Double.isNaN(v[0]) && Double.isNaN(v[1])) handSet.remove(key);
        else handSet.put(key, v);
        model().setHandSet(iso3, proposalId, v[0], v[1]);
    }

    /** The hand-set {position, salience} of a state on a proposal, or null. */
    public synchronized double[] handSet(String iso3, String proposalId) {
        double[] v = handSet.get(iso3 + "|" + proposalId);
        return v == null ? null : v.clone();
    }

    /** The proposal the summit window's bargaining view shows (the first of the shown year), or null. */
    public String bargainingProposal() {
        if (summitPanel != null && summitPanel.selectedProposal() != null) return summitPanel.selectedProposal();
        YearView v = lastView;
        return v == null || v.records().isEmpty() ? null : v.records().get(0).proposal().id();
    }

    String yearLabel() {
        YearView v = lastView;
        return v == null ? "Start " + scenario.startYear() : v.year() + (v.replayed() ? " (replayed)" : "");
    }

    @Override
    public Object getSimulationInspectedObject() { return controls; }

    /** The Model tab refreshes every step, so "Threshold means" follows the members of the year. */
    @Override
    public sim.portrayal.Inspector getInspector() {
        sim.portrayal.Inspector i = super.getInspector();
        if (i != null) i.setVolatile(true);
        return i;
    }

    // --- controls ----------------------------------------------------------------------------------------------

    void ruleChanged(DecisionRule r) {
        model().setRule(r);
        if (summitPanel != null) SummitPanel.later(() -> {
            summitPanel.syncControls();
            if (display != null) display.repaint();
        });
    }

    boolean shockEnabled(String name) { return !disabledShocks.contains(name); }

    void setShockEnabled(String name, boolean on) {
        if (on) disabledShocks.remove(name);
        else disabledShocks.add(name);
        model().setShockEnabled(name, on);
    }

    private void configure(ScoModel m) {
        m.setObserver(observer);
        m.clearHandSet();
        handSet.forEach((k, v) -> m.setHandSet(k.split("\\|")[0], k.split("\\|")[1], v[0], v[1]));
        m.setRule(controls.decisionRule());
        for (var s : scenario.shocks()) m.setShockEnabled(s.name(), shockEnabled(s.name()));
    }

    // --- life cycle --------------------------------------------------------------------------------------------

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(MAP_W, MAP_H, this);
        display.setBackdrop(Palette.WATER);
        display.attach(background, "Countries (Natural Earth 1:110m)", new Rectangle2D.Double(0, 0, MAP_W, MAP_H));
        display.attach(tiesPortrayal, "Trust and trade");
        display.attach(statesPortrayal, "States");
        display.attach(legend, "Legend", new Rectangle2D.Double(0, 0, MAP_W, MAP_H));
        display.display.setHorizontalScrollBarPolicy(javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        display.display.setVerticalScrollBarPolicy(javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        displayFrame = display.createFrame();
        displayFrame.setTitle("SCO map - " + scenario.title());
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        summitPanel = new SummitPanel(this);
        summitFrame = new JFrame("Summit");
        summitFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        summitFrame.getContentPane().add(summitPanel);
        c.registerFrame(summitFrame);
        summitFrame.setVisible(true);

        String[] labels = new String[scenario.states().size()];
        for (int i = 0; i < labels.length; i++) labels[i] = scenario.states().get(i).name() + " (" + scenario.states().get(i).iso3() + ")";
        charts = new ChartsPanel(labels);
        chartsFrame = new JFrame("Charts");
        chartsFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        chartsFrame.getContentPane().add(charts);
        c.registerFrame(chartsFrame);
        chartsFrame.setVisible(true);
        setupPortrayals();
    }

    /**
     * Lays the windows out on a 1366 x 768 screen without overlap: the map top left, the charts under it, the console
     * bottom left of the map column's right end, the summit window over the whole right side.
     */
    public void placeWindows(Component console) {
        java.awt.Dimension pref = displayFrame.getPreferredSize();
        int mapW = Math.min(pref.width + 4, 820), mapH = Math.min(pref.height + 4, 470);
        displayFrame.setBounds(0, 0, mapW, mapH);
        summitFrame.setBounds(mapW, 0, SCREEN_W - mapW, SCREEN_H);
        int consoleW = 460;
        chartsFrame.setBounds(0, mapH, mapW - consoleW, SCREEN_H - mapH);
        if (console != null) console.setBounds(mapW - consoleW, mapH, consoleW, SCREEN_H - mapH);
    }

    /** The windows' rectangles: map, summit, console, charts (for tests). */
    public Rectangle[] windowBounds(Component console) {
        return new Rectangle[]{displayFrame.getBounds(), summitFrame.getBounds(),
                console == null ? new Rectangle() : console.getBounds(), chartsFrame.getBounds()};
    }

    /** The windows' bounds and the summit window's content as text (event thread; for tests and bug reports). */
    public String describeWindows(Component console) {
        StringBuilder b = new StringBuilder();
        String[] names = {"map", "summit", "console", "charts"};
        Rectangle[] r = windowBounds(console);
        for (int k = 0; k < r.length; k++) {
            b.append("window ").append(names[k]).append(' ').append(r[k].x).append(' ').append(r[k].y).append(' ')
                    .append(r[k].width).append(' ').append(r[k].height).append('\n');
        }
        b.append("rule ").append(org.scosim.io.RuleReader.toCli(model().rule())).append('\n');
        b.append(SummitReport.text(summitPanel.shown()));
        return b.toString();
    }

    private void setupPortrayals() {
        tiesPortrayal.setField(new SpatialNetwork2D(layout, ties));
        tiesPortrayal.setPortrayalForAll(new MapPortrayals.TiePortrayal(this));
        statesPortrayal.setField(layout);
        statesPortrayal.setPortrayalForAll(new MapPortrayals.StatePortrayal());
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    @Override
    public void start() {
        configure(model());
        super.start();
        yearStart = null;
        lastView = null;
        setupPortrayals();
        if (summitPanel != null) SummitPanel.later(() -> {
            charts.clear();
            summitPanel.show(null);
        });
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        configure(model());
        setupPortrayals();
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame f : new JFrame[]{displayFrame, summitFrame, chartsFrame}) if (f != null) f.dispose();
        displayFrame = summitFrame = chartsFrame = null;
        display = null;
    }

    /** The year the next step will simulate. */
    int nextYear() {
        double t = model().schedule.getTime();
        return t < 0 || t == Schedule.BEFORE_SIMULATION ? scenario.startYear() : scenario.startYear() + (int) t + 1;
    }

    /** Keeps a copy of the model as it is at the start of the year, then runs the year. False after the last year. */
    @Override
    public boolean step() {
        int year = nextYear();
        if (year > scenario.endYear()) return false;
        ScoModel m = model();
        synchronized (m.schedule) {
            yearStart = ModelCopies.take(m, year);
        }
        return super.step();
    }

    /**
     * Goes back to the start of the year last shown and decides it again under the controls' rule (and shock
     * switches). Pauses the console first if it is playing. Returns the new view, or null if there is nothing to
     * replay. Call on the event thread when a console is attached.
     */
    public synchronized YearView replayShownYear() {
        ModelCopies.Copy copy = yearStart;
        if (copy == null) return null;
        if (controller instanceof Console c && c.getPlayState() == Console.PS_PLAYING) c.pressPause();
        copy = yearStart;
        ScoModel m = ModelCopies.restore(copy);
        configure(m);
        state = m;
        replaying = true;
        try {
            step();
        } finally {
            replaying = false;
        }
        if (controller != null) controller.refresh();
        return lastView;
    }

    /** Each state's trade with the members, mean trust in the members (NaN without any) and GDP this year. */
    static double[][] perState(ScoModel m) {
        int n = m.states().length;
        double[][] v = new double[3][n];
        for (int i = 0; i < n; i++) {
            double t = 0, tr = 0;
            int k = 0;
            for (int j = 0; j < n; j++) {
                if (j == i || m.state(j).status() != org.scosim.scenario.Status.MEMBER) continue;
                t += m.trade(i, j);
                tr += m.state(i).trustIn(j);
                k++;
            }
            v[0][i] = t;
            v[1][i] = k == 0 ? Double.NaN : tr / k;
            v[2][i] = m.state(i).gdp();
        }
        return v;
    }

    private void observed(ScoModel m) {
        YearView v = YearView.of(m, replaying);
        lastView = v;
        double trade = value(m, "intra_sco_trade_bn_usd"), trust = value(m, "mean_trust"),
                adopted = value(m, "agreements_adopted"), implemented = value(m, "agreements_implemented");
        double[][] perState = perState(m);
        if (summitPanel != null) {
            SummitPanel.later(() -> {
                summitPanel.show(v);
                charts.add(v.year(), trade, trust, adopted, implemented, perState);
            });
        }
        if (!replaying && controls.isPauseAtEachSummit() && !v.records().isEmpty() && controller instanceof Console c) {
            SwingUtilities.invokeLater(() -> {
                if (c.getPlayState() == Console.PS_PLAYING) c.pressPause();
            });
        }
    }

    static double value(ScoModel m, String measure) {
        Measure ms = Measures.byName(measure);
        double[] out = {Double.NaN};
        if (ms != null) ms.reader().read(m, (subject, x) -> {
            if (Measures.SCO.equals(subject)) out[0] = x;
        });
        return out[0];
    }
}
