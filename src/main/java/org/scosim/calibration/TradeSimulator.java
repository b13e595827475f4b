package org.scosim.calibration;

import org.scosim.experiment.Engine;
import org.scosim.scenario.Seeds;
import org.scosim.model.ModelBasis;
import org.scosim.model.ScoModel;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.Scenario;

import java.util.List;

/**
 * Runs the model with given parameters for a fixed set of replication seeds (common random numbers: every evaluation
 * uses the same seeds) and records only what the fit needs: China's trade with each partner per year and the year
 * each China-partner border dispute was settled. A light replacement for the full measure collector.
 */
public final class TradeSimulator implements AutoCloseable {
    private final Scenario base;
    private final List<String> partners;
    private final int endYear;
    private final long[] seeds;
    private final Engine engine;
    private final boolean ownsEngine;
    private final int china;
    private final int[] partnerIndex;

    /** Per replication: trade[p][yearIndex] (US$ bn) and the settlement year of China-partner p (0 if none). */
    public record Replication(double[][] trade, int[] settled) {
    }

    /** All replications of one evaluation, in replication order. */
    public record Result(int startYear, List<String> partners, List<Replication> replications) {
        public int years() { return replications.get(0).trade()[0].length; }

        /** Mean over replications of China's trade with partner p in year index t. */
        public double mean(int p, int t) {
            double s = 0;
            for (Replication r : replications) s += r.trade()[p][t];
            return s / replications.size();
        }

        /** Empirical quantile (linear interpolation, type 7) over replications. */
        public double quantile(int p, int t, double q) {
            double[] v = new double[replications.size()];
            for (int i = 0; i < v.length; i++) v[i] = replications.get(i).trade()[p][t];
            return Quantiles.of(v, q);
        }

        public int partnerIndex(String partner) { return partners.indexOf(partner); }
    }

    /**
     * @param endYear last year to simulate (runs stop there; nothing before it depends on later years)
     * @param master  master seed; replication r uses {@link Seeds#replication(long, int)}
     */
    public TradeSimulator(Scenario base, List<String> partners, int endYear, long master, int replications, int threads) {
        this(base, partners, endYear, master, replications, Engine.local(Math.max(1, Math.min(threads, replications))), true);
    }

    /** As above, on {@code engine}'s workers (left open when this simulator closes). */
    public TradeSimulator(Scenario base, List<String> partners, int endYear, long master, int replications, Engine engine) {
        this(base, partners, endYear, master, replications, engine, false);
    }

    private TradeSimulator(Scenario base, List<String> partners, int endYear, long master, int replications,
                           Engine engine, boolean ownsEngine) {
        this.engine = engine;
        this.ownsEngine = ownsEngine;
        this.base = base;
        this.partners = List.copyOf(partners);
        this.endYear = Math.min(endYear, base.endYear());
        this.seeds = new long[replications];
        for (int r = 0; r < replications; r++) seeds[r] = Seeds.replication(master, r);
        this.china = base.indexOf("CHN");
        if (china < 0) throw new IllegalArgumentException("the scenario has no state CHN");
        this.partnerIndex = new int[partners.size()];
        for (int p = 0; p < partners.size(); p++) {
            partnerIndex[p] = base.indexOf(partners.get(p));
            if (partnerIndex[p] < 0) throw new IllegalArgumentException("the scenario has no state " + partners.get(p));
        }
    }

    public int replications() { return seeds.length; }

    public long[] seeds() { return seeds.clone(); }

    public Result simulate(Parameters p) {
        Scenario sc = ParameterAccess.withParameters(base, p, endYear);
        ModelBasis basis = ModelBasis.of(sc);
        List<Replication> out = engine.map(seeds.length, r -> runOne(basis, seeds[r]));
        return new Result(sc.startYear(), partners, out);
    }

    private Replication runOne(ModelBasis basis, long seed) {
        Scenario sc = basis.scenario();
        int years = sc.years();
        double[][] trade = new double[partners.size()][years];
        int[] settled = new int[partners.size()];
        ScoModel m = new ScoModel(basis, seed);
        m.setObserver(model -> {
            int t = model.year() - sc.startYear();
            if (t < 0 || t >= years) return;
            for (int p = 0; p < partnerIndex.length; p++) {
                trade[p][t] = model.trade(china, partnerIndex[p]);
                if (settled[p] == 0 && model.borderSettled(china, partnerIndex[p])
                        && !sc.borders().isEmpty() && disputedAtStart(sc, p)) {
                    settled[p] = model.year();
                }
            }
        });
        m.runToEnd();
        return new Replication(trade, settled);
    }

    private boolean disputedAtStart(Scenario sc, int p) {
        String partner = partners.get(p);
        for (var b : sc.borders()) {
            boolean pair = (b.a().equals("CHN") && b.b().equals(partner)) || (b.b().equals("CHN") && b.a().equals(partner));
            if (pair) return b.status() != org.scosim.scenario.BorderSpec.BorderStatus.SETTLED;
        }
        return false;
    }

    @Override
    public void close() {
        if (ownsEngine) engine.close();
    }
}
