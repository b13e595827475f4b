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
        double commonInterest,
        double stakeWeight,
        double dependenceReference,
        double borderStake,
        double cultureStake,
        double energyExporterStake,
        double outsidePowerPull,
        // Implementation of agreements
        double implementationRate,
        int paperAfterYears,
        double paperShare,
        double inForceShare,
        double resourceNeedBnUsd,
        double commonBudgetBnUsd,
        double capacityGdpPerCapita,
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
            // Yearly probability that a member tables a proposal of its own: 0, so that a run holds the historical
            // agenda and nothing else; exploratory scenarios switch the mechanism on (assumption).
            0.0,
            // Salience factor of observers, who bargain without a vote (assumption).
            0.5,
            // Shift of a state's ideal point, per unit of trust in the proposer above 0.5, as a share of the scale
            // (assumption; seed 000's "Shanghai Spirit" of mutual trust as the basis of cooperation).
            0.5,
            // Share of the scale a state's ideal point loses per unit of sovereignty sensitivity (x 1.5 for
            // institution-building and membership): seed 000, "Achievements and challenges": "there is little basis
            // to cede authority to the SCO" (assumption for the size).
            0.2,
            // Share of the scale a state's ideal point loses per outside option in the proposal's domain (the CSTO in
            // security, the EurAsEC and EAEU in the economy and institutions): seed 000, "Achievements and challenges":
            // "Russia relies more on the CSTO and the Euro-Asian Economic Union, so there is sometimes a situation of
            // competition with the SCO" (assumption for the size). Small enough that Russia, with the CSTO and the
            // EurAsEC, still signs the low-ambition texts of the record, as it did (data/sco-timeline.csv).
            0.05,
            // Share of the scale every member wants in any domain: "the SCO member states all seek social stability
            // and the development of their national economies" (seed 000, "The New Development Approach");
            // assumption for the size, set so that the low-ambition texts of the historical record find every member
            // above the status quo, as they did (all signed).
            0.35,
            // Weight of a state's stake in a domain (0-1, also its salience) in its ideal point (assumption).
            0.5,
            // Trade with China as a share of GDP at which the economic stake of a state saturates (assumption: a
            // fifth of GDP, which Kyrgyzstan's trade with China exceeded by 2008 in Table 1 of seed 000).
            0.2,
            // Security stake of a disputed border with a member: the Shanghai Five was set up "to build military
            // trust in order to resolve the border disputes" (seed 000, "The development of the SCO"); assumption.
            0.3,
            // Stake of every state in cultural cooperation and good-neighbourliness declarations (assumption).
            0.4,
            // Extra energy stake of a net energy exporter (WDI EG.IMP.CONS.ZS < 0): seed 000, "Cooperation in the
            // economic realm": selling natural resources "is an important step in boosting their economic strength".
            0.2,
            // Share of the scale a host of an outside power's military base loses on proposals of that power's
            // domain (the US bases at Manas and Karshi-Khanabad, seed 000, "Achievements and challenges"): another
            // security provider is an outside option (assumption for the size).
            0.15,
            // Share of an agreement a member implements per year at full trust, resources and capacity
            // (assumption: a fully able member carries out a text in two to three years).
            0.5,
            // Years after adoption from which an agreement whose signatories have implemented less than paperShare
            // counts as left on paper (seed 000, "Achievements and challenges": "some documents ... are only paper
            // agreements"; assumption for the number).
            5,
            // Mean implemented share of the signatories below which an agreement is on paper (assumption).
            0.25,
            // Mean implemented share of the signatories at which an agreement is in force (assumption: most of it).
            0.9,
            // US$ bn that carrying out a common economic or energy programme of depth 100 needs: seed 000 blames
            // paper agreements on "the insufficiency of resources available to the SCO". Assumption for the size,
            // set so that China's US$ 0.9 bn of 2004 funds a depth-40 programme and its US$ 10 bn of 2009 any depth.
            2.25,
            // The organization's own money for common programmes, US$ bn a year: the SCO's budget pays for the
            // Secretariat and the anti-terrorist structure, a few US$ million (public record; assumption for the
            // number).
            0.004,
            // GDP per head (US$) at which a member implements at full capacity: about the World Bank's high-income
            // threshold around 2010 (GNI per capita US$ 12,000); capacity is sqrt(GDP per head / this), at most 1
            // (assumption for the form; seed 000: members' "national conditions ... differ considerably").
            12000,
            // Trust gains and losses per event (assumptions; docs/ODD.md section 7 lists them).
            0.03, 0.10, 0.02, 0.01, 0.04, 0.01,
            // Share of the gap to its starting value that trust loses each year without new events: trust must be
            // renewed (assumption; keeps trust from saturating, docs/ODD.md section 7.7).
            0.15,
            // Annual s.d. of trust noise (assumption).
            0.01);
}
