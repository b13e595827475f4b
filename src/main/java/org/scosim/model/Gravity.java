package org.scosim.model;

import org.scosim.scenario.Parameters;

/**
 * The trade equation's pure parts, on values only (docs/ODD.md 7.2). Plain gravity is the nested special case: with
 * every SCO effect at zero and no noise, a pair's flow is exactly {@link #flow} (no anchor) or {@link #anchored}.
 */
final class Gravity {
    /** Distance floor, 1000 km: keeps neighbouring capitals' gravity finite (a numeric guard, not a mechanism). */
    static final double MIN_DISTANCE = 0.1;

    private Gravity() {
    }

    /**
     * Plain gravity without an observed anchor: {@code G Ybig^a Ysmall^b / D^d exp(contig c - landlocked l)}, GDP in
     * US$ bn, distance in 1000 km (at least 0.1), {@code landlocked} the number of landlocked states in the pair (0-2).
     */
    static double flow(Parameters p, double g, double yBig, double ySmall, double distance, boolean contiguous,
                       int landlocked) {
        return g * Math.pow(yBig, p.largerGdpElasticity()) * Math.pow(ySmall, p.smallerGdpElasticity())
                / Math.pow(Math.max(distance, MIN_DISTANCE), p.distanceElasticity())
                * Math.exp((contiguous ? p.contiguityEffect() : 0) - p.landlockedPenalty() * landlocked);
    }

    /** Plain gravity from an observed flow in the base year: the anchor times each economy's growth to its elasticity. */
    static double anchored(Parameters p, double anchor, double yBig0, double ySmall0, double yBig, double ySmall) {
        return anchor * Math.pow(yBig / yBig0, p.largerGdpElasticity())
                * Math.pow(ySmall / ySmall0, p.smallerGdpElasticity());
    }

    /** Oil-price factor of a pair of one energy exporter and one importer: (P / P0)^elasticity; 1 for other pairs. */
    static double oil(Parameters p, boolean exporterImporterPair, double priceRatio) {
        return exporterImporterPair && priceRatio > 0 ? Math.pow(priceRatio, p.oilPriceElasticity()) : 1.0;
    }

    /**
     * Exposure of a pair to the gains of a border settlement (crossings, customs posts): 1 if the smaller economy is
     * landlocked and borders the other, {@code distantLandlockedExposure} if it is landlocked without a common border,
     * 0 if it has access to the sea.
     */
    static double borderExposure(Parameters p, boolean smallerLandlocked, boolean contiguous) {
        if (!smallerLandlocked) return 0;
        return contiguous ? 1.0 : p.distantLandlockedExposure();
    }

    /**
     * Exposure to implemented integration: the border exposure times the size share, which rises with
     * {@code ln(sizeRatio)} from 0 at {@code minExposureSizeRatio} to 1 at {@code fullExposureSizeRatio}.
     */
    static double integrationExposure(Parameters p, double borderExposure, double sizeRatio) {
        double lo = Math.log(Math.max(1, p.minExposureSizeRatio())), hi = Math.log(Math.max(1, p.fullExposureSizeRatio()));
        double x = Math.log(Math.max(1, sizeRatio));
        double share = hi <= lo ? (x >= hi ? 1 : 0) : Math.max(0, Math.min(1, (x - lo) / (hi - lo)));
        return borderExposure * share;
    }

    /**
     * The SCO effects in logs: integration {@code integrationEffect x integrationExposure x (1 - exp(-I))}, bounded
     * by integrationEffect; trust {@code trustTradeEffect x (trust - trust at start)}, bounded since trust is in
     * [0, 1]; border {@code borderTradeEffect x borderExposure x ramp}, ramp in [0, 1] rising after a settlement.
     */
    static double scoTerms(Parameters p, double integrationExposure, double integration, double trustGain,
                           double borderExposure, double borderRamp) {
        return p.integrationEffect() * integrationExposure * reached(integration)
                + p.trustTradeEffect() * trustGain
                + p.borderTradeEffect() * borderExposure * borderRamp;
    }

    /**
     * {@code 1 - exp(-max(0, I))}, the share of the integration effect a stock I reaches; exactly 0 without a stock
     * (most pairs of a large world), where the exponential would give 1 - exp(-0) = 0 as well.
     */
    static double reached(double integration) {
        if (integration <= 0) return 0.0;
        return 1 - Math.exp(-Math.max(0, integration));
    }

    /** Share of a settlement's gain in force {@code years} after it (0 in the settlement year, 1 after rampYears). */
    static double borderRamp(int yearsSinceSettlement, int rampYears) {
        if (yearsSinceSettlement <= 0) return 0;
        return Math.min(1.0, yearsSinceSettlement / (double) rampYears);
    }
}
