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
 * trade gain from integration is bounded by exp(integrationEffect).
 */
final class TradeModel implements Steppable {
    private static final long serialVersionUID = 1L;

    private final double[][] base;
    private final int[][] baseYear;
    private final double[][] baseTrust;
    private final double[][] distance;

    TradeModel(ScoModel m) {
        int n = m.states().length;
        base = new double[n][n];
        baseYear = new int[n][n];
        baseTrust = new double[n][n];
        distance = new double[n][n];
        Scenario sc = m.scenario();
        Parameters p = sc.parameters();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                var a = sc.states().get(i);
                var b = sc.states().get(j);
                distance[i][j] = Geo.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude()) / 1000.0;
                baseYear[i][j] = sc.startYear();
                double ya = a.gdp().logLinear(sc.startYear());
                double yb = b.gdp().logLinear(sc.startYear());
                base[i][j] = p.gravityConstant() * Math.pow(ya * yb, p.tradeGdpElasticity())
                        / Math.pow(Math.max(distance[i][j], 0.1), p.distanceElasticity());
                baseTrust[i][j] = m.trustSymmetric(i, j);
            }
        }
        for (Scenario.TradeAnchor t : sc.tradeAnchors()) {
            int i = sc.indexOf(t.reporter());
            int j = sc.indexOf(t.partner());
            base[i][j] = base[j][i] = t.tradeBnUsd();
            baseYear[i][j] = baseYear[j][i] = t.year();
        }
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
                double terms = p.integrationEffect() * (1 - Math.exp(-m.integration(i, j)))
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
