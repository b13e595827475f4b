package org.scosim.model;

import org.scosim.decision.DecisionRule;
import org.scosim.scenario.BorderSpec.BorderStatus;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.Status;
import sim.engine.SimState;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SCO model: one {@link MemberState} agent per state and the phases of a year, scheduled in a fixed order
 * (shocks, economies, trade, security, summit, trust, measures). Runs headless; the CLI, GUI and experiment runner
 * build it, step it and observe it.
 */
public final class ScoModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** Schedule orderings of the phases within a year. */
    public static final int CALENDAR = 0, ECONOMY = 1, TRADE = 2, SECURITY = 3, SUMMIT = 4, TRUST = 5, MEASURES = 6;

    /** Side of the tiles {@link #mirrorTrade} copies at once (a cache size, not a mechanism). */
    private static final int MIRROR_TILE = 64;

    private final ModelBasis basis;
    private final Scenario scenario;
    private DecisionRule rule;
    private final Set<String> disabledShocks = new HashSet<>();
    /** Positions and saliences set by hand (classroom), by "ISO3|proposal id": {position, salience}, NaN = the model's. */
    private final java.util.Map<String, double[]> handSet = new java.util.HashMap<>();
    private transient YearObserver observer;

    private MemberState[] states;
    private double[][] trade;
    private double[][] integration;
    private double[][] trustChange;
    private BorderStatus[][] border;
    private int[][] settledYear;
    private List<Agreement> agreements;
    private List<Agreement> agreementsView;
    /** One array per distinct signatory set of the agreements (most agreements of a run share one). */
    private java.util.Map<SignatorySet, int[]> signatorySets;
    private List<SummitRecord> summit;
    private List<Integer> pendingAccessions;
    private YearEffects effects;
    private int exercises, settledTotal;
    private StandardNormal normal;

    public ScoModel(Scenario scenario, long seed) {
        this(ModelBasis.of(scenario), seed);
    }

    /** A replication of the basis's scenario; many replications may share one basis. */
    public ScoModel(ModelBasis basis, long seed) {
        super(seed, new YearSchedule(basis.scenario().startYear()));
        this.basis = basis;
        this.scenario = basis.scenario();
        this.rule = scenario.rule();
        build();
    }

    /** Sets what sees the model after each year (measures, GUI charts). */
    public void setObserver(YearObserver observer) { this.observer = observer; }

    private void build() {
        int n = scenario.states().size();
        states = new MemberState[n];
        for (int i = 0; i < n; i++) states[i] = new MemberState(i, scenario.states().get(i), n);
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) if (i != j) states[i].setTrust(j, basis.initialTrust(i, j));
        trade = new double[n][n];
        integration = new double[n][n];
        trustChange = new double[n][n];
        border = basis.initialBorders();
        settledYear = new int[n][n];
        agreements = new ArrayList<>();
        agreementsView = Collections.unmodifiableList(agreements);
        signatorySets = new java.util.HashMap<>();
        summit = new ArrayList<>();
        pendingAccessions = new ArrayList<>();
        effects = new YearEffects(n);
        exercises = settledTotal = 0;
    }

    @Override
    public void start() {
        super.start();
        build();
        normal = new StandardNormal(random);
        schedule.scheduleRepeating(0.0, CALENDAR, new Calendar(), 1.0);
        for (MemberState s : states) schedule.scheduleRepeating(0.0, ECONOMY, s, 1.0);
        schedule.scheduleRepeating(0.0, TRADE, new TradeModel(basis.trade()), 1.0);
        schedule.scheduleRepeating(0.0, SECURITY, new SecurityPhase(), 1.0);
        schedule.scheduleRepeating(0.0, SUMMIT, new Summit(), 1.0);
        schedule.scheduleRepeating(0.0, TRUST, new TrustPhase(), 1.0);
        schedule.scheduleRepeating(0.0, MEASURES, s -> {
            Invariants.check((ScoModel) s);
            if (observer != null) observer.observe((ScoModel) s);
            summit.clear();
        }, 1.0);
    }

    /** Runs every year of the scenario from a fresh start. */
    public void runToEnd() {
        start();
        for (int k = 0; k < scenario.years(); k++) schedule.step(this);
        finish();
    }

    /** The year being simulated (the year just finished, between steps). */
    public int year() {
        double t = ((YearSchedule) schedule).timeOnSteppingThread();
        return scenario.startYear() + (t < 0 || t == sim.engine.Schedule.BEFORE_SIMULATION ? 0 : (int) t);
    }

    /** A standard normal draw from the run's generator. */
    double gaussian() { return normal.next(); }

    // --- what observers read -------------------------------------------------------------------------------
    public Scenario scenario() { return scenario; }
    public Parameters parameters() { return scenario.parameters(); }
    public DecisionRule rule() { return rule; }
    public MemberState[] states() { return states; }
    public MemberState state(int i) { return states[i]; }

    /** Index of the summit's dependence partner (China in the SCO scenarios), -1 if the scenario has none. */
    int dependencePartner() { return basis.dependencePartner(); }

    /** Index of a state by ISO3, -1 if the scenario has none. */
    int indexOf(String iso3) { return basis.indexOf(iso3); }

    /** The number of states that are members now. */
    public int memberCount() {
        int n = 0;
        for (MemberState s : states) if (s.status() == Status.MEMBER) n++;
        return n;
    }
    public double trade(int i, int j) { return trade[i][j]; }
    /** The pair's implemented integration stock (symmetric; kept once per pair, in the row of the smaller index). */
    public double integration(int i, int j) { return i < j ? integration[i][j] : integration[j][i]; }
    public BorderStatus border(int i, int j) { return border[i][j]; }
    public boolean borderSettled(int i, int j) { return border[i][j] == BorderStatus.SETTLED; }
    boolean borderSettledAtStart(int i, int j) { return basis.settledAtStart(i, j); }
    /** Year a border dispute was settled during the run (0 if not, or settled before the start). */
    public int borderSettledYear(int i, int j) { return settledYear[i][j]; }
    /** The year the scenario prescribes for settling a disputed border, 0 when the model decides. */
    int borderSettlesIn(int i, int j) { return basis.settlesIn(i, j); }
    /** The states' exogenous paths over the run's years (GDP trend, population, military share). */
    StatePaths paths() { return basis.paths(); }
    /** The states after {@code i} with which it has a border, ascending (the only pairs whose border can change). */
    int[] borderPartnersAbove(int i) { return basis.borderPartnersAbove(i); }
    /** The year's oil price, US$ per barrel: the scenario's data with this year's shocks; NaN without data. */
    public double oilPrice() { return scenario.economy().oilPriceIn(year()) * (1 + effects.energyPriceChange()); }
    public List<Agreement> agreements() { return agreementsView; }
    /** This year's decisions, in the order they were taken. */
    public List<SummitRecord> summitRecords() { return Collections.unmodifiableList(summit); }
    public int exercisesThisYear() { return exercises; }
    public int bordersSettled() { return settledTotal; }
    public boolean isShockEnabled(String name) { return !disabledShocks.contains(name); }
    YearEffects effects() { return effects; }

    /** Mean of the two directions of trust. */
    public double trustSymmetric(int i, int j) { return 0.5 * (states[i].trustIn(j) + states[j].trustIn(i)); }

    // --- the GUI's explicit controls --------------------------------------------------------------------------
    /** Changes the decision rule from the next summit on (GUI control). */
    public void setRule(DecisionRule rule) { this.rule = rule; }

    /**
     * Makes a state take this position (0-100) and salience (0-1) on a proposal instead of forming its own, from the
     * next summit that meets the proposal on; NaN keeps the model's value for that one. For classroom what-ifs.
     */
    public void setHandSet(String iso3, String proposalId, double position, double salience) {
        if (Double.isNaN(position) && Double.isNaN(salience)) handSet.remove(iso3 + "|" + proposalId);
        else handSet.put(iso3 + "|" + proposalId, new double[]{position, salience});
    }

    public void clearHandSet() { handSet.clear(); }

    /** The hand-set {position, salience} of a state on a proposal, or null. */
    double[] handSet(String iso3, String proposalId) {
        return handSet.isEmpty() ? null : handSet.get(iso3 + "|" + proposalId); // empty but in the classroom
    }

    /** Switches a scenario shock on or off (GUI control). */
    public void setShockEnabled(String name, boolean enabled) {
        if (enabled) disabledShocks.remove(name);
        else disabledShocks.add(name);
    }

    // --- what phases change ---------------------------------------------------------------------------------
    /**
     * Sets the year's trade of the pair {@code i < j} in the upper triangle only; {@link #mirrorTrade} copies it to
     * the lower one once the year's flows are set (column by column writes are slow in a large world).
     */
    void setTradeAbove(int i, int j, double v) { trade[i][j] = v; }

    /** Copies the upper triangle of the trade matrix to the lower, block by block so both stay in cache. */
    void mirrorTrade() {
        int n = trade.length, block = MIRROR_TILE;
        for (int bi = 0; bi < n; bi += block) {
            for (int bj = bi; bj < n; bj += block) {
                for (int i = bi; i < Math.min(bi + block, n); i++) {
                    double[] row = trade[i];
                    for (int j = Math.max(bj, i + 1); j < Math.min(bj + block, n); j++) trade[j][i] = row[j];
                }
            }
        }
    }

    /** The integration stocks of {@code i}'s pairs with the states after it, by that state, to add to in place. */
    double[] integrationAbove(int i) { return integration[i]; }

    /** Integration depreciates without renewal: the stock loses {@code rate} of itself a year. */
    void depreciateIntegration(int i, int j, double rate) {
        if (i < j) integration[i][j] *= 1 - rate;
        else integration[j][i] *= 1 - rate;
    }
    double initialTrust(int i, int j) { return basis.initialTrust(i, j); }

    void addTrust(int from, int to, double d) { trustChange[from][to] += d; }

    /** The changes of {@code from}'s trust booked this year, by the state trusted, to add to in place. */
    double[] trustChangesOf(int from) { return trustChange[from]; }

    double takeTrustChange(int i, int j) {
        double d = trustChange[i][j];
        trustChange[i][j] = 0;
        return d;
    }

    void setBorder(int i, int j, BorderStatus s) {
        border[i][j] = border[j][i] = s;
        if (s == BorderStatus.SETTLED) {
            settledTotal++;
            settledYear[i][j] = settledYear[j][i] = year();
        }
    }

    void recordExercises(int exercises) {
        this.exercises = exercises;
    }

    void recordDecision(SummitRecord r) { summit.add(r); }
    void addAgreement(Agreement a) {
        a.shareSignatories(signatorySets.computeIfAbsent(new SignatorySet(a.signatories()), k -> k.indices()));
        agreements.add(a);
    }

    /** A signatory set by its contents. */
    private record SignatorySet(int[] indices) implements java.io.Serializable {
        @Override
        public boolean equals(Object o) { return o instanceof SignatorySet k && java.util.Arrays.equals(indices, k.indices); }

        @Override
        public int hashCode() { return java.util.Arrays.hashCode(indices); }
    }

    void scheduleAccession(int i) { if (i >= 0) pendingAccessions.add(i); }

    void applyPendingAccessions() {
        for (int i : pendingAccessions) states[i].setStatus(Status.MEMBER);
        pendingAccessions.clear();
    }
}
