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
        int shockTrendYears,
        // Trade (gravity)
        double tradeGdpElasticity,
        double distanceElasticity,
        double gravityConstant,
        double contiguityEffect,
        double landlockedPenalty,
        double oilPriceElasticity,
        // Trade (SCO effects on top of gravity)
        double integrationEffect,
        double integrationDepreciation,
        double distantLandlockedExposure,
        double fullExposureSizeRatio,
        double minExposureSizeRatio,
        double trustTradeEffect,
        double borderTradeEffect,
        int borderRampYears,
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
            // Annual s.d. of log GDP in projected years (past the last observed year): the order of year-to-year
            // deviations of WDI NY.GDP.MKTP.CD from its log-linear trend for the region's economies; assumption. Observed
            // years take the data as they are.
            0.03,
            // Share of an energy exporter's GDP that moves with a counterfactual or added change of the energy price:
            // oil and gas rents in Russia and Kazakhstan were about 15-25% of GDP in 2000-2014 (WDI NY.GDP.PETR.RT.ZS +
            // NY.GDP.NGAS.RT.ZS). Observed GDP already contains the observed price.
            0.2,
            // Yearly growth of GDP (current US$) after a state's last observed year: world GDP grew from about US$ 31
            // to 76 trillion in 1996-2016, 4.5% a year (WDI NY.GDP.MKTP.CD, World aggregate).
            0.045,
            // Years before a removed shock whose log-linear trend is the pre-shock path of the counterfactual
            // (assumption: five years, one business cycle; docs/ODD.md, "Shocks on observed paths").
            5,
            // Elasticity of bilateral trade to each economy's GDP: structural gravity estimates cluster near 0.7-1.0
            // (Head & Mayer 2014, "Gravity equations", Handbook of International Economics vol. 4, table 4); the
            // baseline calibrates it.
            0.8,
            // Distance elasticity: the same meta-analysis, median near 1.0 (Head & Mayer 2014, table 4).
            1.0,
            // Gravity constant, US$ bn at GDP in US$ bn and distance in 1000 km, used only by scenarios without trade
            // anchors (with anchors the model derives it from them, docs/ODD.md 7.2): the value that reproduces the
            // mean log of Table 1's 1996 China flows (seed 000) at elasticities 0.7 and 1.0.
            0.00153,
            // Log-trade gain of contiguous pairs (a shared land border, CEPII GeoDist 'contig'): about 0.5 in the
            // structural gravity estimates of Head & Mayer 2014, table 4.
            0.5,
            // Log-trade loss per landlocked state of the pair (CEPII 'landlocked'): landlocked economies trade
            // markedly less, e.g. Limao & Venables 2001 (World Bank Economic Review 15(3)); Raballand 2003
            // (Comparative Economic Studies 45(4)) for Central Asia. Assumption on the size: 0.5.
            0.5,
            // Elasticity of the trade of an energy exporter with an energy importer to the oil price (relative to the
            // start year): part of such trade is priced in oil. Assumption; the baseline calibrates it.
            0.0,
            // Largest log-trade gain from implemented economic agreements for a fully exposed pair; the gain is
            // integrationEffect x exposure x (1 - exp(-I)), I the pair's integration stock (docs/ODD.md 7.2).
            // Assumption; the baseline calibrates it against Table 1 of seed 000.
            1.5,
            // Share of the integration stock lost each year: integration depreciates without renewal (agreements
            // implemented long ago lose their edge as the rest of the world integrates too). Assumption: 0.1, a
            // half-life of about 7 years; Table 1 ends in 2008, too early to identify it.
            0.1,
            // Exposure to the SCO's overland trade gains of a landlocked partner that does not border the other state
            // (its trade with it transits a third state); contiguous landlocked partners have exposure 1, partners with
            // sea access 0 (docs/ODD.md 7.2). Assumption: half.
            0.5,
            // Size ratios (larger GDP / smaller GDP at the start year) between which a landlocked partner's exposure
            // to integration gains grows from 0 to 1 with the log of the ratio: the smaller an economy beside the
            // other, the more its trade reorients (re-export and bazaar trade, Kaminski & Mitra 2012, "Borderless
            // Bazaars and Regional Integration in Central Asia", World Bank). Full at 1000 (assumption; China's
            // economy was about 470 and 830 times Kyrgyzstan's and Tajikistan's in 1996, 41 times Kazakhstan's,
            // WDI); none below the next value (calibrated in the baseline).
            1000.0,
            10.0,
            // Log-trade gain per unit of trust above its starting value (assumption, calibrated with the above).
            0.5,
            // Log-trade gain of a fully exposed pair once a disputed border is settled and crossings open (seed 000
            // ties closed borders to stalled economic projects, "Achievements and challenges of SCO diplomacy");
            // assumption, calibrated.
            0.3,
            // Years over which the gain of a border settlement ramps in (crossings, customs posts): assumption.
            2,
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
