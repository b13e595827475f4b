package org.scosim.model;

import org.scosim.scenario.EconomySpec;
import org.scosim.scenario.Geo;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.StateSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Bilateral trade (docs/ODD.md 7.2): plain gravity on the year's GDP, distance, contiguity and landlocked states
 * ({@link Gravity}), levelled by the observed flow in the base year where the scenario gives one, times the oil-price
 * factor of exporter-importer pairs; then the SCO effects on top (implemented integration, trust, settled borders:
 * bounded, and integration depreciates without renewal), shocks and noise; plus the energy trade of dated energy
 * projects, valued at the year's oil price.
 */
final class TradeModel implements Steppable {
    private static final long serialVersionUID = 1L;

    private final double[][] base;       // plain-gravity flow in the base year
    private final int[][] bigger;        // index of the pair's larger economy at the start year
    private final double[][] baseBig, baseSmall;
    private final double[][] baseTrust;
    private final double[][] borderExposure, integrationExposure;
    private final boolean[][] exporterImporter;
    private final double basePrice;
    private final double[][] energy;     // this year's energy-project trade, US$ bn
    private final int[][] projectPairs;  // per energy project: its two states

    TradeModel(ScoModel m) {
        Scenario sc = m.scenario();
        Parameters p = sc.parameters();
        EconomySpec e = sc.economy();
        int n = m.states().length;
        base = new double[n][n];
        bigger = new int[n][n];
        baseBig = new double[n][n];
        baseSmall = new double[n][n];
        baseTrust = new double[n][n];
        borderExposure = new double[n][n];
        integrationExposure = new double[n][n];
        exporterImporter = new boolean[n][n];
        double g = gravityConstant(sc, p);
        int y0 = sc.startYear();
        boolean[][] contiguous = contiguity(sc);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                StateSpec a = sc.states().get(i), b = sc.states().get(j);
                double ya = a.gdp().logLinear(y0), yb = b.gdp().logLinear(y0);
                int big = ya >= yb ? i : j;
                StateSpec small = big == i ? b : a;
                bigger[i][j] = big;
                baseBig[i][j] = Math.max(ya, yb);
                baseSmall[i][j] = Math.min(ya, yb);
                boolean contig = contiguous[i][j];
                base[i][j] = Gravity.flow(p, g, baseBig[i][j], baseSmall[i][j], distance(sc, i, j), contig, landlocked(e, a, b));
                baseTrust[i][j] = m.trustSymmetric(i, j);
                borderExposure[i][j] = Gravity.borderExposure(p, e.landlocked().contains(small.iso3()), contig);
                integrationExposure[i][j] = Gravity.integrationExposure(p, borderExposure[i][j], baseBig[i][j] / baseSmall[i][j]);
                exporterImporter[i][j] = a.energyExporter() != b.energyExporter();
            }
        }
        for (Scenario.TradeAnchor t : sc.tradeAnchors()) {
            int i = sc.indexOf(t.reporter()), j = sc.indexOf(t.partner());
            if (t.year() != y0) {
                // An anchor in another year levels the pair's path so that plain gravity meets it in that year.
                // (the pair's larger economy is the one at the start year, as in step)
                int big = bigger[i][j], small = big == i ? j : i;
                double at = Gravity.anchored(p, 1.0, baseBig[i][j], baseSmall[i][j],
                        sc.states().get(big).gdp().logLinear(t.year()), sc.states().get(small).gdp().logLinear(t.year()));
                base[i][j] = base[j][i] = t.tradeBnUsd() / at;
            } else {
                base[i][j] = base[j][i] = t.tradeBnUsd();
            }
        }
        basePrice = e.oilPriceIn(y0);
        energy = new double[n][n];
        projectPairs = new int[e.energyProjects().size()][];
        for (int k = 0; k < projectPairs.length; k++) {
            var pr = e.energyProjects().get(k);
            projectPairs[k] = new int[]{sc.indexOf(pr.a()), sc.indexOf(pr.b())};
        }
    }

    /** Energy-project trade in a year: each project's volume in force, valued at the year's oil price. */
    private void energyTrade(Scenario sc, int year, double price) {
        for (double[] row : energy) java.util.Arrays.fill(row, 0);
        for (int k = 0; k < projectPairs.length; k++) {
            var pr = sc.economy().energyProjects().get(k);
            double v = pr.volumeBnUsd() * pr.rampIn(year) * price / pr.referencePrice();
            int i = projectPairs[k][0], j = projectPairs[k][1];
            energy[i][j] += v;
            energy[j][i] += v;
        }
    }

    /** The scenario's contiguous pairs as a matrix (one pass over the list, for worlds of many states). */
    static boolean[][] contiguity(Scenario sc) {
        int n = sc.states().size();
        boolean[][] c = new boolean[n][n];
        for (EconomySpec.Pair pr : sc.economy().contiguous()) {
            int i = sc.indexOf(pr.a()), j = sc.indexOf(pr.b());
            if (i >= 0 && j >= 0) c[i][j] = c[j][i] = true;
        }
        return c;
    }

    private static int landlocked(EconomySpec e, StateSpec a, StateSpec b) {
        return (e.landlocked().contains(a.iso3()) ? 1 : 0) + (e.landlocked().contains(b.iso3()) ? 1 : 0);
    }

    /** Distance between capitals in 1000 km. */
    static double distance(Scenario sc, int i, int j) {
        var a = sc.states().get(i);
        var b = sc.states().get(j);
        return Geo.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude()) / 1000.0;
    }

    /**
     * The gravity constant G: where the scenario gives observed flows (trade anchors), the value that makes plain
     * gravity reproduce their mean log, so it stays consistent with the elasticities in force; otherwise the
     * {@code gravityConstant} parameter.
     */
    static double gravityConstant(Scenario sc, Parameters p) {
        if (sc.tradeAnchors().isEmpty()) return p.gravityConstant();
        EconomySpec e = sc.economy();
        double sum = 0;
        for (Scenario.TradeAnchor t : sc.tradeAnchors()) {
            int i = sc.indexOf(t.reporter()), j = sc.indexOf(t.partner());
            StateSpec a = sc.states().get(i), b = sc.states().get(j);
            boolean aBig = a.gdp().logLinear(sc.startYear()) >= b.gdp().logLinear(sc.startYear());
            double ya = a.gdp().logLinear(t.year()), yb = b.gdp().logLinear(t.year());
            double unit = Gravity.flow(p, 1.0, aBig ? ya : yb, aBig ? yb : ya, distance(sc, i, j),
                    e.contiguous(a.iso3(), b.iso3()), landlocked(e, a, b));
            sum += Math.log(t.tradeBnUsd()) - Math.log(unit);
        }
        return Math.exp(sum / sc.tradeAnchors().size());
    }

    @Override
    public void step(SimState simState) {
        ScoModel m = (ScoModel) simState;
        Parameters p = m.parameters();
        MemberState[] s = m.states();
        int year = m.year();
        double price = m.oilPrice();
        double priceRatio = Double.isNaN(basePrice) ? 1 + m.effects().energyPriceChange() : price / basePrice;
        if (projectPairs.length > 0) energyTrade(m.scenario(), year, price);
        for (int i = 0; i < s.length; i++) {
            for (int j = i + 1; j < s.length; j++) {
                boolean iBig = bigger[i][j] == i;
                double yBig = iBig ? s[i].gdp() : s[j].gdp(), ySmall = iBig ? s[j].gdp() : s[i].gdp();
                double plain = Gravity.anchored(p, base[i][j], baseBig[i][j], baseSmall[i][j], yBig, ySmall)
                        * Gravity.oil(p, exporterImporter[i][j], priceRatio);
                double ramp = m.borderSettled(i, j) && !m.borderSettledAtStart(i, j)
                        ? Gravity.borderRamp(year - m.borderSettledYear(i, j), p.borderRampYears()) : 0;
                double terms = Gravity.scoTerms(p, integrationExposure[i][j], m.integration(i, j),
                        m.trustSymmetric(i, j) - baseTrust[i][j], borderExposure[i][j], ramp)
                        + p.tradeNoise() * m.random.nextGaussian();
                double flow = (plain * Math.exp(terms) + energy[i][j])
                        * m.effects().tradeFactor(i) * m.effects().tradeFactor(j);
                m.setTrade(i, j, Double.isFinite(flow) ? flow : 0);
                m.depreciateIntegration(i, j, p.integrationDepreciation());
            }
        }
    }
}
