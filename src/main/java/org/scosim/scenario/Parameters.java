package org.scosim.scenario;

/**
 * The mechanism parameters of the model. Defaults, ranges, units and sources are declared once, in
 * {@link ParameterCatalog}; a scenario's {@code parameters:} block overrides any of them by name. docs/ODD.md
 * describes where each one acts, docs/parameters.md lists them.
 */
public record Parameters(
        // Economy
        double gdpNoise,
        double energyGdpShare,
        double projectionGrowth,
        int shockTrendYears,
        // Trade (gravity)
        double largerGdpElasticity,
        double smallerGdpElasticity,
        double distanceElasticity,
        double gravityConstant,
        double contiguityEffect,
        double landlockedPenalty,
        double oilPriceElasticity,
        // Trade (SCO effects on top of gravity)
        double integrationEffect,
        double integrationPerDepth,
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
        double talksTrust,
        // Summit
        double ownProposalRate,
        double ownAmbitionMin,
        double ownAmbitionMax,
        double ownCultureShare,
        double ownEnergyShare,
        double proposerSalience,
        double neutralTrust,
        double deepSovereigntyFactor,
        double institutionStakeBase,
        double membershipStake,
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
        double institutionIntegrationShare,
        double sovereigntyDrag,
        // Trust
        double trustGainImplemented,
        double trustGainSettlement,
        double trustGainExercise,
        double trustGainCulture,
        double trustLossVeto,
        double trustLossPaper,
        double trustDecay,
        double trustNoise) implements java.io.Serializable {

    /** The defaults, each with its range, unit and source in {@link ParameterCatalog}. */
    public static final Parameters DEFAULTS = ParameterCatalog.defaults();
}
