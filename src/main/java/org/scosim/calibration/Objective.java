package org.scosim.calibration;

import org.scosim.scenario.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calibration objective: the sum over the target rows in the fit years of (ln mean simulated - ln observed)^2,
 * the mean taken over the replications of a {@link TradeSimulator} (common random numbers).
 */
public final class Objective {
    private final TradeSimulator sim;
    private final Parameters base;
    private final List<FreeParameter> free;
    private final List<TargetData.Observation> observations;
    private final YearRange fitYears;

    public Objective(TradeSimulator sim, Parameters base, List<FreeParameter> free,
                     List<TargetData.Observation> observations, YearRange fitYears) {
        this.sim = sim;
        this.base = base;
        this.free = List.copyOf(free);
        this.observations = List.copyOf(observations);
        this.fitYears = fitYears;
    }

    public List<FreeParameter> free() { return free; }

    public Parameters base() { return base; }

    public Parameters parameters(double[] x) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < free.size(); i++) m.put(free.get(i).name(), x[i]);
        return ParameterAccess.with(base, m);
    }

    /** Sum of squared log errors over the fit rows. */
    public double value(double[] x) {
        return Metrics.of(points(sim.simulate(parameters(x)), observations, fitYears)).sse();
    }

    public int fitRows() {
        int n = 0;
        for (TargetData.Observation o : observations) if (fitYears.contains(o.year())) n++;
        return n;
    }

    /** Simulated means beside the observations in {@code years} (rows outside the simulated period are skipped). */
    public static List<Metrics.Point> points(TradeSimulator.Result r, List<TargetData.Observation> obs, YearRange years) {
        List<Metrics.Point> out = new ArrayList<>();
        for (TargetData.Observation o : obs) {
            if (!years.contains(o.year())) continue;
            int p = r.partnerIndex(o.partner());
            int t = o.year() - r.startYear();
            if (p < 0 || t < 0 || t >= r.years()) continue;
            out.add(new Metrics.Point(o.partner(), o.year(), r.mean(p, t), o.bnUsd()));
        }
        return out;
    }
}
