package org.scosim.scenario;

/**
 * The mechanism parameters of the model. Defaults are in {@link #DEFAULTS}, each with its source; a scenario's
 * {@code parameters:} block overrides any of them by name. docs/ODD.md describes where each one acts.
 */
public record Parameters(
        // Economy
        double gdpNoise,
        double energyGdpShare,
        double projectionGrowth,
        // Trade (gravity)
        double tradeGdpElasticity,
        double distanceElasticity,
        double gravityConstant,
        double integrationEffect,
        double integrationSizeElasticity,
        double trustTradeEffect,
        double borderTradeEffect,
        double tradeNoise,
        // Security
        double securityCooperationEffect,
        double exerciseRate,
        double settlementHazard,
        // Summit
        double ownProposalRate,
        double observerSalience,
        double trustInProposerWeight,
        double sovereigntyCost,
        double rivalTieCost,
        // Implementation of agreements
        double implementationRate,
        int paperAfterYears,
        // Trust
        double trustGainImplemented,
        double trustGainSettlement,
        double trustGainExercise,
        double trustGainCulture,
        double trustLossVeto,
        double trustLossPaper,
        double trustDecay,
        double trustNoise) implements java.io.Serializable {

    public static final Parameters DEFAULTS = new Parameters(
            // Annual s.d. of log GDP around its trend: the order of year-to-year deviations of WDI NY.GDP.MKTP.CD
            // from its log-linear trend for the region's economies (states.csv anchors); assumption, not fitted.
            0.03,
            // Share of an energy exporter's GDP that moves with the energy price: oil and gas rents in Russia and
            // Kazakhstan were about 15-25% of GDP in 2000-2014 (WDI NY.GDP.PETR.RT.ZS + NY.GDP.NGAS.RT.ZS).
            0.2,
            // Yearly growth of GDP (current US$) after a state's last anchor year: world GDP grew from about US$ 31
            // to 76 trillion in 1996-2016, 4.5% a year (WDI NY.GDP.MKTP.CD, World aggregate).
            0.045,
            // GDP elasticity of bilateral trade: structural gravity estimates cluster near 0.7-1.0 (Head & Mayer
            // 2014, "Gravity equations", Handbook of International Economics vol. 4, table 4); 0.7 fitted best in a
            // provisional grid against Table 1 of seed 000 (0.6-0.8 x integrationEffect 1.5-3.5, 20 replications).
            0.7,
            // Distance elasticity: the same meta-analysis, median near 1.0 (Head & Mayer 2014, table 4).
            1.0,
            // Gravity constant, US$ bn at GDP in US$ bn and distance in 1000 km, used only by scenarios without trade
            // anchors (with anchors the model derives it from them, docs/ODD.md 7.2): the value that reproduces the
            // mean log of Table 1's 1996 China flows (seed 000) at elasticities 0.7 and 1.0.
            0.00153,
            // Largest log-trade gain from implemented economic integration between two participants (the gain is
            // integrationEffect x (1 - exp(-I))); provisional grid fit against Table 1 of seed 000, as above.
            1.5,
            // Elasticity of the integration gain to the size ratio of the pair (Ybig/Ysmall at the start year):
            // 0 = the same gain for every pair. Neutral default; the baseline calibrates it (docs/calibration.md).
            0.0,
            // Log-trade gain per unit of trust above its starting value (assumption, calibrated with the above).
            1.0,
            // Log-trade gain when a disputed border is settled (assumption; seed 000 ties closed borders to
            // stalled economic projects, "Achievements and challenges of SCO diplomacy").
            0.3,
            // Annual s.d. of log trade around the gravity prediction (assumption).
            0.05,
            // Fraction of exposure to the "three evils" removed by fully implemented security cooperation
            // (assumption; seed 000, "The development of the SCO": joint anti-terror work since 1998).
            0.5,
            // Yearly probability of a joint exercise between two participants of implemented security
            // cooperation at full trust (first exercises 2002 after the 2001 Convention: sco-timeline.csv).
            0.5,
            // Yearly probability that a negotiated border dispute is settled at full trust: set so that the four
            // disputes settle with a median near 2001 at the baseline's trust, as the observed 1998, 1999, 2004 and 2006
            // do (seed 000, sco-timeline.csv); this uses the validation timeline, so settlement years are not a test.
            0.8,
            // Yearly probability that a member tables a proposal of its own (assumption).
            0.25,
            // Salience factor of observers, who bargain without a vote (assumption).
            0.5,
            // Weight of trust in the proposer in a state's position (assumption).
            0.5,
            // Position cost of sovereignty sensitivity on institution-building and deep proposals
            // (seed 000, "Achievements and challenges": little basis to cede authority to the SCO).
            0.4,
            // Position cost per rival-institution tie (CSTO, EAEU) on security and economic proposals
            // (seed 000, "Achievements and challenges": competition with CSTO and the Eurasian Economic Union).
            // Small enough that the five founding states all join the 1996 and 1997 border agreements, as they did
            // (data/sco-timeline.csv).
            0.05,
            // Share of an agreement implemented per year at full trust and resources (assumption, calibrated).
            0.3,
            // Years without progress after which an agreement counts as left on paper (seed 000, "Achievements
            // and challenges": "some documents ... are only paper agreements"; assumption for the number).
            5,
            // Trust gains and losses per event (assumptions; docs/ODD.md section 7 lists them).
            0.03, 0.10, 0.02, 0.01, 0.04, 0.01,
            // Share of the gap to its starting value that trust loses each year without new events: trust must be
            // renewed (assumption; keeps trust from saturating, docs/ODD.md section 7.7).
            0.15,
            // Annual s.d. of trust noise (assumption).
            0.01);
}
