package org.scosim.model;

import org.scosim.scenario.StateSpec;
import org.scosim.scenario.Status;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One state: the agent. Its step is the economy phase (GDP and military expenditure for the year); at the summit its
 * {@link StatePolicy} forms its positions and carries out its agreements; trust, trade and security are updated by
 * the phases that see all states at once, through this class's methods.
 */
public final class MemberState implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Floor of an exporter's GDP factor under an extreme price shock (a numeric guard: GDP stays positive). */
    static final double MIN_ENERGY_FACTOR = 0.05;

    private final int index;
    private final StateSpec spec;
    private Status status;
    private double gdp;
    private double population;
    private double milexBn;
    private double threat;
    private double securityCooperation;
    private final double[] trust;
    /** Changes with every change of this state's trust: what it derived from its trust stays valid until then. */
    private long trustVersion;
    private final StatePolicy policy = new StatePolicy(this);

    MemberState(int index, StateSpec spec, int states) {
        this.index = index;
        this.spec = spec;
        this.status = spec.status();
        this.trust = new double[states];
    }

    /**
     * Economy phase: GDP on its path (observed where the series has the year, interpolated or projected otherwise),
     * times this year's shocks; noise only where the year is not observed.
     */
    @Override
    public void step(SimState simState) {
        ScoModel m = (ScoModel) simState;
        int year = m.year();
        double energy = spec.energyExporter() ? 1 + m.parameters().energyGdpShare() * m.effects().energyPriceChange() : 1;
        double draw = m.gaussian();
        StatePaths paths = m.paths();   // the data's paths, computed once for the scenario
        double noise = paths.gdpObserved(index, year) ? 1 : Math.exp(m.parameters().gdpNoise() * draw);
        gdp = paths.trendGdp(index, year) * m.effects().gdpFactor(index) * Math.max(MIN_ENERGY_FACTOR, energy) * noise;
        population = paths.population(index, year);
        milexBn = gdp * paths.milexPct(index, year) / 100.0;
    }

    /** GDP on its path without this year's shocks: the data (or anchors), projected beyond the last year. */
    double trendGdp(int year, double projectionGrowth) {
        return spec.gdp().projected(year, projectionGrowth);
    }

    public int index() { return index; }
    public StateSpec spec() { return spec; }
    public String iso3() { return spec.iso3(); }

    // Bean-style getters: MASON's inspectors show these.
    public String getName() { return spec.name(); }
    public String getStatus() { return status.label(); }
    public double getGdpBnUsd() { return gdp; }
    public double getPopulation() { return population; }
    public double getMilitaryExpenditureBnUsd() { return milexBn; }
    public double getThreat() { return threat; }
    public double getSecurityCooperation() { return securityCooperation; }
    public double[] getTrust() { return trust.clone(); }

    public Status status() { return status; }
    public double gdp() { return gdp; }
    public double population() { return population; }
    public double milexBn() { return milexBn; }
    public double threat() { return threat; }
    public double securityCooperation() { return securityCooperation; }
    public double trustIn(int other) { return other == index ? 1.0 : trust[other]; }

    void setStatus(Status s) { status = s; }
    void setThreat(double t) { threat = t; }
    void addSecurityCooperation(double d) { securityCooperation = Math.min(1.0, securityCooperation + d); }
    void setTrust(int other, double value) {
        trust[other] = clampTrust(value);
        trustVersion++;
    }

    long trustVersion() { return trustVersion; }

    /** Trust is a probability-like level in [0, 1]. */
    static double clampTrust(double value) { return Clamp.unit(value); }

    /** How this state stands at summits and implements what it signed. */
    StatePolicy policy() { return policy; }

    @Override
    public String toString() { return spec.iso3(); }
}
