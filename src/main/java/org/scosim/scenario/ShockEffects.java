package org.scosim.scenario;

/** What a shock can do to the world in a year; the model implements it, shocks only call it. */
public interface ShockEffects {
    /** Multiplies state i's GDP this year (1 = no change). */
    void scaleGdp(int i, double factor);

    /** Multiplies all of state i's trade flows this year. */
    void scaleTrade(int i, double factor);

    /** Relative change of the world energy price this year (-0.5 = halved). */
    void changeEnergyPrice(double relativeChange);

    /** Adds to the trust that every other state has in state i (negative lowers it). */
    void shiftTrustIn(int i, double delta);

    /** Multiplies state i's exposure to terrorism, separatism and extremism this year. */
    void scaleThreat(int i, double factor);
}
