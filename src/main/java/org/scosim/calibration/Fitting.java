package org.scosim.calibration;

import org.scosim.scenario.Seeds;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of a calibration that the command and its checks share: fit the free parameters on some years, score a
 * parameter set with more replications, re-fit on rolling origins, and bootstrap the fit over replication seeds.
 */
public final class Fitting {
    /** How hard to search: replications per evaluation, evaluations, starts, threads, the master seed. */
    public record Settings(int replications, int budget, int starts, int threads, long master) {
    }

    /** A bootstrap interval of one parameter over re-fits with fresh replication seeds. */
    public record Interval(double sd, double low, double high) {
    }

    private Fitting() {
    }

    public static Calibrator.Outcome fit(Scenario sc, List<FreeParameter> free, List<TargetData.Observation> obs,
                                         YearRange fitYears, Settings s, boolean curvature, Calibrator.Progress progress) {
        int last = obs.stream().mapToInt(TargetData.Observation::year).max().orElse(sc.endYear());
        try (TradeSimulator sim = new TradeSimulator(sc, TargetData.partners(obs), last, s.master(), s.replications(), s.threads())) {
            Objective objective = new Objective(sim, sc.parameters(), free, obs, fitYears);
            return new Calibrator(objective, s.budget(), s.starts(), s.master(), progress).run(curvature);
        }
    }

    public static Parameters parameters(Parameters base, List<FreeParameter> free, double[] x) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < free.size(); i++) m.put(free.get(i).name(), x[i]);
        return ParameterAccess.with(base, m);
    }

    /** Scores parameters over the scenario's whole period with {@code replications} replications. */
    public static FitReport.Scores score(Scenario sc, Parameters p, List<TargetData.Observation> obs, YearRange fitYears,
                                         long master, int replications, int threads) {
        Scenario fitted = ParameterAccess.withParameters(sc, p, sc.endYear());
        try (TradeSimulator sim = new TradeSimulator(fitted, TargetData.partners(obs), fitted.endYear(), master, replications, threads)) {
            return FitReport.score(sim.simulate(p), fitted, obs, fitYears);
        }
    }

    /**
     * Re-fits on the rows up to each origin and scores the rows after it (to the last observation), beside the naive
     * benchmarks fitted on the same rows.
     */
    public static List<RollingOrigin> rollingOrigins(Scenario sc, List<FreeParameter> free, List<TargetData.Observation> obs,
                                                     List<Integer> origins, Settings s, int reportReplications) {
        int first = obs.stream().mapToInt(TargetData.Observation::year).min().orElseThrow();
        int last = obs.stream().mapToInt(TargetData.Observation::year).max().orElseThrow();
        List<RollingOrigin> out = new ArrayList<>();
        // Start from the middle of the bounds, not from values fitted on all years, so that the later rows leak nothing.
        Map<String, Double> mid = new LinkedHashMap<>();
        for (FreeParameter f : free) mid.put(f.name(), 0.5 * (f.min() + f.max()));
        Scenario neutral = ParameterAccess.withParameters(sc, ParameterAccess.with(sc.parameters(), mid), sc.endYear());
        for (int origin : origins) {
            YearRange fitted = new YearRange(first, origin), scored = new YearRange(origin + 1, last);
            Calibrator.Outcome o = fit(neutral, free, obs, fitted, s, false, null);
            FitReport.Scores sc2 = score(neutral, parameters(neutral.parameters(), free, o.best()), obs, fitted, s.master(), reportReplications, s.threads());
            out.add(new RollingOrigin(fitted, scored, sc2.inFit(), sc2.outOfFit(),
                    Metrics.of(Benchmarks.lastValue(obs, fitted, scored)), Metrics.of(Benchmarks.logLinearTrend(obs, fitted, scored)),
                    o.best().clone()));
        }
        return out;
    }

    /**
     * Bootstrap over replications: {@code draws} re-fits, each with its own replication seeds (derived from the master
     * seed), started at {@code best} with a small budget; the spread of the optima is the Monte Carlo uncertainty of the
     * fitted values (5%-95% percentile interval and s.d.).
     */
    public static List<Interval> bootstrap(Scenario sc, List<FreeParameter> free, double[] best, List<TargetData.Observation> obs,
                                           YearRange fitYears, Settings s, int draws, int budgetPerDraw) {
        Scenario atBest = ParameterAccess.withParameters(sc, parameters(sc.parameters(), free, best), sc.endYear());
        double[][] x = new double[free.size()][draws];
        for (int b = 0; b < draws; b++) {
            long seed = Seeds.replication(s.master() ^ 0x5eed_b007L, b);
            Settings one = new Settings(s.replications(), budgetPerDraw, 1, s.threads(), seed);
            double[] xb = fit(atBest, free, obs, fitYears, one, false, null).best();
            for (int i = 0; i < free.size(); i++) x[i][b] = xb[i];
        }
        List<Interval> out = new ArrayList<>();
        for (double[] v : x) {
            double mean = 0, ss = 0;
            for (double d : v) mean += d / v.length;
            for (double d : v) ss += (d - mean) * (d - mean);
            out.add(new Interval(Math.sqrt(ss / Math.max(1, v.length - 1)), Quantiles.of(v, 0.05), Quantiles.of(v, 0.95)));
        }
        return out;
    }
}
