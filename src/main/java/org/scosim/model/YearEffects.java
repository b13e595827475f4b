package org.scosim.model;

import org.scosim.scenario.ShockEffects;

import java.util.Arrays;

/** This year's combined shock effects; reset and refilled by the shock phase each year. */
final class YearEffects implements ShockEffects, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Floor of a GDP or trade factor: a shock can shrink a quantity to 1% but not wipe it out (numeric guard). */
    static final double MIN_FACTOR = 0.01;
    private final double[] gdpFactor;
    private final double[] tradeFactor;
    private final double[] threatFactor;
    private final double[] trustShift;
    private double energyPriceChange;

    YearEffects(int n) {
        gdpFactor = new double[n];
        tradeFactor = new double[n];
        threatFactor = new double[n];
        trustShift = new double[n];
        reset();
    }

    void reset() {
        Arrays.fill(gdpFactor, 1);
        Arrays.fill(tradeFactor, 1);
        Arrays.fill(threatFactor, 1);
        Arrays.fill(trustShift, 0);
        energyPriceChange = 0;
    }

    @Override public void scaleGdp(int i, double f) { gdpFactor[i] *= Math.max(f, MIN_FACTOR); }
    @Override public void scaleTrade(int i, double f) { tradeFactor[i] *= Math.max(f, MIN_FACTOR); }
    @Override public void changeEnergyPrice(double d) { energyPriceChange += d; }
    @Override public void shiftTrustIn(int i, double d) { trustShift[i] += d; }
    @Override public void scaleThreat(int i, double f) { threatFactor[i] *= Math.max(f, 0); }

    double gdpFactor(int i) { return gdpFactor[i]; }
    double tradeFactor(int i) { return tradeFactor[i]; }
    double threatFactor(int i) { return threatFactor[i]; }
    double trustShift(int i) { return trustShift[i]; }
    double energyPriceChange() { return energyPriceChange; }
}
