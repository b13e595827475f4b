package org.scosim.model;

import org.scosim.scenario.Scenario;
import org.scosim.scenario.StateSpec;

/**
 * Each state's exogenous paths over the run's years, computed once per scenario and shared, read-only, by its
 * replications: GDP without shocks (the data, interpolated, projected beyond the last year), whether the year's GDP
 * is observed, population and military expenditure as a share of GDP. They are pure functions of the scenario, so
 * reading them here gives each replication exactly what computing them every year gave (tested).
 */
final class StatePaths implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Scenario scenario;
    private final int start, years;
    private final double[][] trendGdp;
    private final boolean[][] gdpObserved;
    private final double[][] population;
    private final double[][] milexPct;

    StatePaths(Scenario sc) {
        scenario = sc;
        start = sc.startYear();
        int n = sc.states().size();
        years = sc.endYear() - sc.startYear() + 1;
        trendGdp = new double[n][years];
        gdpObserved = new boolean[n][years];
        population = new double[n][years];
        milexPct = new double[n][years];
        double growth = sc.parameters().projectionGrowth();
        for (int i = 0; i < n; i++) {
            StateSpec s = sc.states().get(i);
            for (int y = 0; y < years; y++) {
                int year = start + y;
                trendGdp[i][y] = s.gdp().projected(year, growth);
                gdpObserved[i][y] = s.gdp().has(year);
                population[i][y] = s.population().isEmpty() ? Double.NaN : s.population().logLinear(year);
                milexPct[i][y] = s.milexPctGdp().isEmpty() ? 0 : s.milexPctGdp().linear(year);
            }
        }
    }

    /** GDP of state i in a year without this year's shocks, US$ bn. */
    double trendGdp(int i, int year) {
        int y = year - start;
        return inRun(y) ? trendGdp[i][y] : spec(i).gdp().projected(year, scenario.parameters().projectionGrowth());
    }

    /** Whether the data hold state i's GDP for the year (then the year draws no GDP noise). */
    boolean gdpObserved(int i, int year) {
        int y = year - start;
        return inRun(y) ? gdpObserved[i][y] : spec(i).gdp().has(year);
    }

    /** Population of state i, NaN without data. */
    double population(int i, int year) {
        int y = year - start;
        if (inRun(y)) return population[i][y];
        return spec(i).population().isEmpty() ? Double.NaN : spec(i).population().logLinear(year);
    }

    /** Military expenditure of state i, % of GDP (0 without data). */
    double milexPct(int i, int year) {
        int y = year - start;
        if (inRun(y)) return milexPct[i][y];
        return spec(i).milexPctGdp().isEmpty() ? 0 : spec(i).milexPctGdp().linear(year);
    }

    /** Years outside the run (a view stepping past its end) are computed as they come. */
    private boolean inRun(int y) { return y >= 0 && y < years; }

    private StateSpec spec(int i) { return scenario.states().get(i); }
}
