package org.scosim.model;

import org.scosim.scenario.Parameters;
import org.scosim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Bilateral trade by a gravity equation with pair effects. A pair's base flow is its observed value in an anchor year
 * where the scenario gives one, the gravity prediction G (Yi Yj)^a / D^d otherwise; each year the flow is
 * base x (GDP growth of both since the base year)^a x exp(integration, trust and border terms) x shocks x noise.
 * Integration acts through 1 - exp(-I): each implemented agreement adds less than the one before, so a pair's
 * trade gain from integration is bounded; it is larger for pairs of unequal size (the small economy's trade
 * reorients more), scaled by (Ybig/Ysmall)^integrationSizeElasticity at the start year.
 */
final class TradeModel implements Steppable {
    private static final long serialVersionUID = 1L;

    private final double[][] base;
    private final int[][] baseYear;
    private final double[][] baseTrust;
    private final double[][] distance;
    private final double[][] sizeFactor;

    TradeModel(ScoModel m) {
        int n = m.states().length;
        base = new double[n][n];
        baseYear = new int[n][n];
        baseTrust = new double[n][n];
        distance = new double[n][n];
        sizeFactor = new double[n][n];
        Scenario sc = m.scenario();
        Parameters p = sc.parameters();
        double g = gravityConstant(sc, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                var a = sc.states().get(i);
                var b = sc.states().get(j);
                distance[i][j] = distance(sc, i, j);
                baseYear[i][j] = sc.startYear();
                double ya = a.gdp().logLinear(sc.startYear());
                double yb = b.gdp().logLinear(sc.startYear());
                base[i][j] = g * Math.pow(ya * yb, p.tradeGdpElasticity())
                        / Math.pow(Math.max(distance[i][j], 0.1), p.distanceElasticity());
                baseTrust[i][j] = m.trustSymmetric(i, j);
                sizeFactor[i][j] = Math.pow(Math.max(ya, yb) / Math.min(ya, yb), p.integrationSizeElasticity());
            }
        }
        for (Scenario.TradeAnchor t : sc.tradeAnchors()) {
            int i = sc.indexOf(t.reporter());
            int j = sc.indexOf(t.partner());
            base[i][j] = base[j][i] = t.tradeBnUsd();
            baseYear[i][j] = baseYear[j][i] = t.year();
        }
    }

    /** Distance between capitals in 1000 km. */
    private static double distance(Scenario sc, int i, int j) {
        var a = sc.states().get(i);
        var b = sc.states().get(j);
        return Geo.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude()) / 1000.0;
    }

    /**
     * The gravity constant G: where the scenario gives observed flows (trade anchors), the value that makes the
     * gravity equation reproduce their mean log, so it stays consistent with the elasticities in force; otherwise
     * the {@code gravityConstant} parameter.
     */
    static double gravityConstant(Scenario sc, Parameters p) {
        if (sc.tradeAnchors().isEmpty()) return p.gravityConstant();
        double sum = 0;
        for (Scenario.TradeAnchor t : sc.tradeAnchors()) {
            int i = sc.indexOf(t.reporter()), j = sc.indexOf(t.partner());
            double yi = sc.states().get(i).gdp().logLinear(t.year()), yj = sc.states().get(j).gdp().logLinear(t.year());
            sum += Math.log(t.tradeBnUsd()) - p.tradeGdpElasticity() * Math.log(yi * yj)
                    + p.distanceElasticity() * Math.log(Math.max(distance(sc, i, j), 0.1));
        }
        return Math.exp(sum / sc.tradeAnchors().size());
    }

    @Override
    public void step(SimState simState) {
        ScoModel m = (ScoModel) simState;
        Parameters p = m.parameters();
        MemberState[] s = m.states();
        int year = m.year();
        double a = p.tradeGdpElasticity();
        double g = p.projectionGrowth();
        for (int i = 0; i < s.length; i++) {
            for (int j = i + 1; j < s.length; j++) {
                int y0 = baseYear[i][j];
                double growth = (s[i].gdp() / s[i].trendGdp(y0, g)) * (s[j].gdp() / s[j].trendGdp(y0, g));
                double terms = p.integrationEffect() * sizeFactor[i][j] * (1 - Math.exp(-m.integration(i, j)))
                        + p.trustTradeEffect() * (m.trustSymmetric(i, j) - baseTrust[i][j])
                        + (m.borderSettled(i, j) && !m.borderSettledAtStart(i, j) ? p.borderTradeEffect() : 0)
                        + p.tradeNoise() * m.random.nextGaussian();
                double flow = base[i][j] * Math.pow(growth, a) * Math.exp(terms)
                        * m.effects().tradeFactor(i) * m.effects().tradeFactor(j);
                m.setTrade(i, j, Double.isFinite(flow) ? flow : 0);
            }
        }
    }
}
