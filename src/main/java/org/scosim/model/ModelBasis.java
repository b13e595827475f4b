package org.scosim.model;

import org.scosim.scenario.BorderSpec;
import org.scosim.scenario.BorderSpec.BorderStatus;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.TrustSpec;

/**
 * What every replication of a scenario starts from and shares: the initial trust, the borders at the start, and the
 * scenario-only parts of the trade equation. It depends on the scenario alone (no random draw), so an experiment
 * derives it once and hands it to each replication's {@link ScoModel}; the replications only read it, so one basis
 * serves any number of threads.
 */
public final class ModelBasis implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final double[][] trust0;
    private final BorderStatus[][] border0;
    private final boolean[][] settledAtStart;
    private final int[][] settlesIn;
    /** For each state, the states after it with which it has a border (disputed or not), ascending. */
    private final int[][] borderPartnersAbove;
    private final TradeBasis trade;
    private final StatePaths paths;
    private final int dependencePartner;
    private final java.util.Map<String, Integer> index = new java.util.HashMap<>();

    private ModelBasis(Scenario scenario) {
        this.scenario = scenario;
        int n = scenario.states().size();
        // from the last state to the first, so that a duplicated code finds its first state, as Scenario.indexOf does
        for (int i = n - 1; i >= 0; i--) index.put(scenario.states().get(i).iso3(), i);
        trust0 = new double[n][n];
        TrustSpec ts = scenario.trust();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) trust0[i][j] = i == j ? 1.0 : MemberState.clampTrust(ts.initial());
        }
        for (TrustSpec.PairTrust pt : ts.pairs()) {
            for (String a : pt.a()) {
                for (String b : pt.b()) {
                    int i = indexOf(a), j = indexOf(b);
                    if (i >= 0 && j >= 0 && i != j) trust0[i][j] = trust0[j][i] = MemberState.clampTrust(pt.value());
                }
            }
        }
        border0 = new BorderStatus[n][n];
        settledAtStart = new boolean[n][n];
        settlesIn = new int[n][n];
        for (BorderSpec b : scenario.borders()) {
            int i = indexOf(b.a()), j = indexOf(b.b());
            border0[i][j] = border0[j][i] = b.status();
            settledAtStart[i][j] = settledAtStart[j][i] = b.status() == BorderStatus.SETTLED;
            settlesIn[i][j] = settlesIn[j][i] = b.settledIn();
        }
        borderPartnersAbove = new int[n][];
        for (int i = 0; i < n; i++) {
            int k = 0;
            for (int j = i + 1; j < n; j++) if (border0[i][j] != null) k++;
            borderPartnersAbove[i] = new int[k];
            for (int j = i + 1, q = 0; j < n; j++) if (border0[i][j] != null) borderPartnersAbove[i][q++] = j;
        }
        trade = new TradeBasis(scenario, trust0);
        paths = new StatePaths(scenario);
        dependencePartner = indexOf(scenario.summit().dependencePartner());
    }

    /** The basis of a scenario's replications. */
    public static ModelBasis of(Scenario scenario) {
        return new ModelBasis(scenario);
    }

    public Scenario scenario() { return scenario; }
    /** Index of a state by ISO3, -1 if the scenario has none (as {@link Scenario#indexOf}, by a map). */
    int indexOf(String iso3) {
        Integer i = index.get(iso3);
        return i == null ? -1 : i;
    }
    int states() { return trust0.length; }
    /** Trust of i in j at the start (1 on the diagonal). */
    double initialTrust(int i, int j) { return trust0[i][j]; }
    /** Border statuses at the start, a fresh copy (the replication changes its own). */
    BorderStatus[][] initialBorders() {
        BorderStatus[][] b = new BorderStatus[border0.length][];
        for (int i = 0; i < b.length; i++) b[i] = border0[i].clone();
        return b;
    }
    boolean settledAtStart(int i, int j) { return settledAtStart[i][j]; }
    int settlesIn(int i, int j) { return settlesIn[i][j]; }
    /** The states after {@code i} with which it has a border, ascending (shared: not to be changed). */
    int[] borderPartnersAbove(int i) { return borderPartnersAbove[i]; }
    TradeBasis trade() { return trade; }
    StatePaths paths() { return paths; }
    /** Index of the summit's dependence partner (China in the SCO scenarios), -1 if the scenario has none. */
    int dependencePartner() { return dependencePartner; }
}
