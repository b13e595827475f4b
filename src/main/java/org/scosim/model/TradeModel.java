package org.scosim.model;

import org.scosim.scenario.Parameters;
import org.scosim.scenario.Scenario;
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

    private final TradeBasis basis;
    private final double[][] energy;     // this year's energy-project trade, US$ bn
    private final double[] growthBig, growthSmall;   // this year's per-state factors of the anchored path

    TradeModel(TradeBasis basis) {
        this.basis = basis;
        int n = basis.gdp0.length;
        energy = new double[n][n];
        growthBig = new double[n];
        growthSmall = new double[n];
    }

    /** Energy-project trade in a year: each project's volume in force, valued at the year's oil price. */
    private void energyTrade(Scenario sc, int year, double price) {
        for (double[] row : energy) java.util.Arrays.fill(row, 0);
        for (int k = 0; k < basis.projectPairs.length; k++) {
            var pr = sc.economy().energyProjects().get(k);
            double v = pr.volumeBnUsd() * pr.rampIn(year) * price / pr.referencePrice();
            int i = basis.projectPairs[k][0], j = basis.projectPairs[k][1];
            energy[i][j] += v;
            energy[j][i] += v;
        }
    }

    @Override
    public void step(SimState simState) {
        ScoModel m = (ScoModel) simState;
        Parameters p = m.parameters();
        MemberState[] s = m.states();
        int year = m.year();
        double price = m.oilPrice();
        double priceRatio = Double.isNaN(basis.basePrice) ? 1 + m.effects().energyPriceChange() : price / basis.basePrice;
        if (basis.projectPairs.length > 0) energyTrade(m.scenario(), year, price);
        // Gravity.anchored's growth factors, (Y / Y0)^elasticity, depend on one state each: computed once a year
        for (int k = 0; k < s.length; k++) {
            double growth = s[k].gdp() / basis.gdp0[k];
            growthBig[k] = Math.pow(growth, p.largerGdpElasticity());
            growthSmall[k] = Math.pow(growth, p.smallerGdpElasticity());
        }
        double oil = Gravity.oil(p, true, priceRatio);
        for (int i = 0; i < s.length; i++) {
            for (int j = i + 1; j < s.length; j++) {
                int big = basis.bigger[i][j], small = big == i ? j : i;
                double plain = basis.base[i][j] * growthBig[big] * growthSmall[small]
                        * (basis.exporterImporter[i][j] ? oil : 1.0);
                double ramp = m.borderSettled(i, j) && !m.borderSettledAtStart(i, j)
                        ? Gravity.borderRamp(year - m.borderSettledYear(i, j), p.borderRampYears()) : 0;
                double terms = Gravity.scoTerms(p, basis.integrationExposure[i][j], m.integration(i, j),
                        m.trustSymmetric(i, j) - basis.baseTrust[i][j], basis.borderExposure[i][j], ramp)
                        + p.tradeNoise() * m.gaussian();
                double flow = (plain * Math.exp(terms) + energy[i][j])
                        * m.effects().tradeFactor(i) * m.effects().tradeFactor(j);
                m.setTradeAbove(i, j, Double.isFinite(flow) ? flow : 0);
                m.depreciateIntegration(i, j, p.integrationDepreciation());
            }
        }
        m.mirrorTrade();
    }
}
