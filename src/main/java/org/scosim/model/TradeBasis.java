package org.scosim.model;

import org.scosim.scenario.EconomySpec;
import org.scosim.scenario.Geo;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.StateSpec;

/**
 * The parts of the trade equation (docs/ODD.md 7.2) that depend on the scenario alone: each pair's plain-gravity
 * flow in the base year (levelled by an observed anchor where the scenario gives one), which economy is the larger,
 * its exposures to the SCO effects, and whether it is an exporter-importer pair. Derived once per scenario
 * ({@link ModelBasis}) and only read by the replications.
 */
final class TradeBasis implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    final double[] gdp0;                 // each state's GDP on its path in the start year
    final double[][] base;               // plain-gravity flow in the base year
    final int[][] bigger;                // index of the pair's larger economy at the start year
    final double[][] baseTrust;          // the pair's mutual trust at the start
    final double[][] borderExposure, integrationExposure;
    final boolean[][] exporterImporter;
    final double basePrice;
    final int[][] projectPairs;          // per energy project: its two states

    TradeBasis(Scenario sc, double[][] trust0) {
        Parameters p = sc.parameters();
        EconomySpec e = sc.economy();
        int n = sc.states().size();
        int y0 = sc.startYear();
        gdp0 = new double[n];
        for (int i = 0; i < n; i++) gdp0[i] = sc.states().get(i).gdp().logLinear(y0);
        base = new double[n][n];
        bigger = new int[n][n];
        baseTrust = new double[n][n];
        borderExposure = new double[n][n];
        integrationExposure = new double[n][n];
        exporterImporter = new boolean[n][n];
        double g = gravityConstant(sc, p);
        boolean[][] contiguous = contiguity(sc);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                StateSpec a = sc.states().get(i), b = sc.states().get(j);
                double ya = gdp0[i], yb = gdp0[j];
                int big = ya >= yb ? i : j;
                StateSpec small = big == i ? b : a;
                bigger[i][j] = big;
                double yBig = Math.max(ya, yb), ySmall = Math.min(ya, yb);
                boolean contig = contiguous[i][j];
                base[i][j] = Gravity.flow(p, g, yBig, ySmall, distance(sc, i, j), contig, landlocked(e, a, b));
                baseTrust[i][j] = 0.5 * (trust0[i][j] + trust0[j][i]);
                borderExposure[i][j] = Gravity.borderExposure(p, e.landlocked().contains(small.iso3()), contig);
                integrationExposure[i][j] = Gravity.integrationExposure(p, borderExposure[i][j], yBig / ySmall);
                exporterImporter[i][j] = a.energyExporter() != b.energyExporter();
            }
        }
        for (Scenario.TradeAnchor t : sc.tradeAnchors()) {
            int i = sc.indexOf(t.reporter()), j = sc.indexOf(t.partner());
            if (t.year() != y0) {
                // An anchor in another year levels the pair's path so that plain gravity meets it in that year.
                // (the pair's larger economy is the one at the start year, as in the yearly step)
                int big = bigger[i][j], small = big == i ? j : i;
                double at = Gravity.anchored(p, 1.0, gdp0[big], gdp0[small],
                        sc.states().get(big).gdp().logLinear(t.year()), sc.states().get(small).gdp().logLinear(t.year()));
                base[i][j] = base[j][i] = t.tradeBnUsd() / at;
            } else {
                base[i][j] = base[j][i] = t.tradeBnUsd();
            }
        }
        basePrice = e.oilPriceIn(y0);
        projectPairs = new int[e.energyProjects().size()][];
        for (int k = 0; k < projectPairs.length; k++) {
            var pr = e.energyProjects().get(k);
            projectPairs[k] = new int[]{sc.indexOf(pr.a()), sc.indexOf(pr.b())};
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
}
