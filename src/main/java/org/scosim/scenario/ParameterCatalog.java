package org.scosim.scenario;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every mechanism parameter, declared once: default, admissible range, unit, what the value rests on and its source.
 * {@link Parameters#DEFAULTS}, the scenario reader's checks, the JSON Schema's {@code parameters} section,
 * {@code scosim params} and docs/parameters.md all come from this list, so they cannot disagree (tests hold the schema
 * and the docs to it).
 */
public final class ParameterCatalog {
    /** What a default value rests on. */
    public enum Basis {
        DATA("data"), LITERATURE("literature"), CALIBRATED("calibrated"), ASSUMPTION("assumption");

        private final String label;

        Basis(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** One parameter: its name in {@link Parameters} and in scenario files, and what a user needs to set it. */
    public record Spec(String name, double defaultValue, double min, double max, boolean integer, String unit,
                       Basis basis, String source) {
        public boolean admits(double v) {
            return Double.isFinite(v) && v >= min && v <= max && (!integer || v == Math.rint(v));
        }
    }

    private static Spec real(String name, double d, double min, double max, String unit, Basis b, String source) {
        return new Spec(name, d, min, max, false, unit, b, source);
    }

    private static Spec integer(String name, double d, double min, double max, String unit, Basis b, String source) {
        return new Spec(name, d, min, max, true, unit, b, source);
    }

    /** In the order of {@link Parameters}' components. */
    public static final List<Spec> ALL = List.of(
            real("gdpNoise", 0.03, 0, 1, "log s.d. per year", Basis.ASSUMPTION,
                    "Annual s.d. of log GDP in years the GDP series does not contain (interpolated or "
                    + "projected): the order of year-to-year deviations of WDI NY.GDP.MKTP.CD from its "
                    + "log-linear trend for the region's economies. Observed years take the data as they are."),
            real("energyGdpShare", 0.2, 0, 1, "share", Basis.DATA,
                    "Share of an energy exporter's GDP that moves with an added or removed change of the oil "
                    + "price: oil and gas rents in Russia and Kazakhstan were about 15-25% of GDP in 2000-2014 "
                    + "(WDI NY.GDP.PETR.RT.ZS + NY.GDP.NGAS.RT.ZS). Observed GDP already contains the observed "
                    + "price."),
            real("projectionGrowth", 0.045, 0, 1, "per year", Basis.DATA,
                    "Yearly growth of GDP (current US$) after a state's last observed year: world GDP grew "
                    + "from about US$ 31 to 76 trillion in 1996-2016, 4.5% a year (WDI NY.GDP.MKTP.CD, World)."),
            integer("shockTrendYears", 5, 1, 50, "years", Basis.ASSUMPTION,
                    "Years before a removed shock whose log-linear trend is the counterfactual's pre-shock "
                    + "path: one business cycle (docs/ODD.md 7.8)."),
            real("largerGdpElasticity", 0.8, 0, 3, "elasticity", Basis.LITERATURE,
                    "GDP elasticity of bilateral trade for the pair's larger economy (at the start year), "
                    + "Y_big^a in the gravity term: structural gravity estimates of exporter and importer GDP "
                    + "elasticities cluster near 0.7-1.0 (Head & Mayer 2014, \"Gravity equations\", Handbook "
                    + "of International Economics vol. 4, table 4). The baseline estimates it from the "
                    + "China-Russia rows of Table 1 (docs/calibration.md)."),
            real("smallerGdpElasticity", 0.8, 0, 3, "elasticity", Basis.LITERATURE,
                    "GDP elasticity of bilateral trade for the pair's smaller economy, Y_small^b: as "
                    + "largerGdpElasticity by default (Head & Mayer 2014, table 4). Separate because the dollar "
                    + "GDP of the region's smaller and commodity-exporting economies swings with exchange rates "
                    + "and prices more than their trade does; the baseline estimates it from the China-Russia "
                    + "rows of Table 1 (docs/calibration.md)."),
            real("distanceElasticity", 1.0, 0, 5, "elasticity", Basis.LITERATURE,
                    "Distance elasticity of bilateral trade: median near 1.0 in the meta-analysis of Head & "
                    + "Mayer 2014, table 4."),
            real("gravityConstant", 0.00153, 0, 1000, "US$ bn", Basis.CALIBRATED,
                    "Gravity constant (GDP in US$ bn, distance in 1000 km), used only by scenarios without "
                    + "trade anchors (with anchors the model derives it from them, docs/ODD.md 7.2): the value "
                    + "that reproduces the mean log of Table 1's 1996 China flows (Gao Fei 2010) at "
                    + "elasticities 0.7 and 1.0."),
            real("contiguityEffect", 0.5, 0, 5, "log points", Basis.LITERATURE,
                    "Log-trade gain of contiguous pairs (CEPII GeoDist 'contig'): about 0.5 in the structural "
                    + "gravity estimates of Head & Mayer 2014, table 4."),
            real("landlockedPenalty", 0.5, 0, 5, "log points", Basis.ASSUMPTION,
                    "Log-trade loss per landlocked state of the pair (CEPII 'landlocked'); landlocked "
                    + "economies trade markedly less (Limao & Venables 2001, World Bank Economic Review 15(3); "
                    + "Raballand 2003, Comparative Economic Studies 45(4), for Central Asia); size an "
                    + "assumption."),
            real("oilPriceElasticity", 0.0, -1, 1, "elasticity", Basis.ASSUMPTION,
                    "Elasticity of the trade of an energy exporter with an energy importer to the oil price "
                    + "relative to the start year, net of what dollar GDP already carries; 0 in the baseline "
                    + "(docs/calibration.md)."),
            real("integrationEffect", 1.5, 0, 10, "log points", Basis.CALIBRATED,
                    "Largest log-trade gain from implemented economic agreements for a fully exposed pair: "
                    + "integrationEffect x exposure x (1 - exp(-I)), I the pair's integration stock "
                    + "(docs/ODD.md 7.2)."),
            real("integrationPerDepth", 1.0, 0, 100, "stock per implemented depth", Basis.CALIBRATED,
                    "Integration stock a pair gains per unit of implemented depth (implemented share x "
                    + "depth/100) of an economic or energy agreement both signed (half for institutions): how "
                    + "much an implemented programme moves overland trade facilitation."),
            real("integrationDepreciation", 0.1, 0, 1, "per year", Basis.ASSUMPTION,
                    "Share of the integration stock lost each year without renewal; 0.1 is a half-life of "
                    + "about 7 years. Table 1 ends in 2008, too early to identify it."),
            real("distantLandlockedExposure", 0.5, 0, 1, "share", Basis.ASSUMPTION,
                    "Exposure to the SCO's overland trade gains of a landlocked partner that does not border "
                    + "the other state (its trade transits a third state); contiguous landlocked partners have "
                    + "1, partners with a sea coast 0. Half, for the transit (assumption): Table 1's only such "
                    + "partner, Uzbekistan, is below the exposure threshold, so it cannot identify it."),
            real("fullExposureSizeRatio", 1000.0, 1, 1000000, "ratio", Basis.ASSUMPTION,
                    "Size ratio (larger over smaller GDP at the start year) at which a landlocked partner is "
                    + "fully exposed to integration gains: the smaller an economy beside the other, the more "
                    + "its trade reorients (re-export and bazaar trade, Kaminski & Mitra 2012, \"Borderless "
                    + "Bazaars and Regional Integration in Central Asia\", World Bank). China's economy was "
                    + "about 470 and 830 times Kyrgyzstan's and Tajikistan's in 1996 (WDI)."),
            real("minExposureSizeRatio", 10.0, 1, 1000000, "ratio", Basis.CALIBRATED,
                    "Size ratio below which a landlocked partner has no exposure to integration gains "
                    + "(exposure grows with the log of the ratio between this and fullExposureSizeRatio)."),
            real("trustTradeEffect", 0.5, 0, 5, "log points per unit trust", Basis.ASSUMPTION,
                    "Log-trade gain per unit of trust above its starting value; not identified by Table 1 "
                    + "(docs/calibration.md)."),
            real("borderTradeEffect", 0.3, 0, 5, "log points", Basis.CALIBRATED,
                    "Log-trade gain of a fully exposed pair once a disputed border is settled and crossings "
                    + "open (Gao Fei 2010 ties closed borders to stalled economic projects, \"Achievements and "
                    + "challenges of SCO diplomacy\")."),
            integer("borderRampYears", 2, 1, 50, "years", Basis.ASSUMPTION,
                    "Years over which the trade gain of a border settlement ramps in (crossings, customs "
                    + "posts)."),
            real("tradeNoise", 0.05, 0, 2, "log s.d. per year", Basis.ASSUMPTION,
                    "Annual s.d. of log trade around the prediction."),
            real("securityCooperationEffect", 0.5, 0, 1, "share", Basis.ASSUMPTION,
                    "Fraction of exposure to the \"three evils\" removed by fully implemented security "
                    + "cooperation (Gao Fei 2010, \"The development of the SCO\": joint anti-terror work since "
                    + "1998)."),
            real("exerciseRate", 0.5, 0, 1, "probability per year", Basis.ASSUMPTION,
                    "Yearly probability of a joint exercise between two participants of implemented security "
                    + "cooperation at full trust (first exercises 2002 after the 2001 Convention: "
                    + "sco-timeline.csv)."),
            real("settlementHazard", 0.8, 0, 1, "probability per year", Basis.CALIBRATED,
                    "Yearly probability that a negotiated border dispute without a prescribed year is settled "
                    + "at full trust: set so that the four disputes settle with a median near 2001 at the "
                    + "baseline's trust, as the observed 1998, 1999, 2004 and 2006 do (Gao Fei 2010, "
                    + "sco-timeline.csv)."),
            real("talksTrust", 0.4, 0, 1, "trust", Basis.ASSUMPTION,
                    "Trust above which two members open talks on an open border dispute (docs/ODD.md 7.3)."),
            real("ownProposalRate", 0.0, 0, 1, "probability per year", Basis.ASSUMPTION,
                    "Yearly probability that a member tables a proposal of its own: 0, so that a run holds "
                    + "the historical agenda and nothing else; exploratory scenarios switch the mechanism on."),
            real("ownAmbitionMin", 20, 0, 100, "scale points", Basis.ASSUMPTION,
                    "Lowest ambition of a member's own proposal (exploratory runs): ambition is uniform "
                    + "between this and ownAmbitionMax."),
            real("ownAmbitionMax", 80, 0, 100, "scale points", Basis.ASSUMPTION,
                    "Highest ambition of a member's own proposal."),
            real("ownCultureShare", 0.2, 0, 1, "probability", Basis.ASSUMPTION,
                    "Probability that a member's own non-security proposal is cultural."),
            real("ownEnergyShare", 0.25, 0, 1, "probability", Basis.ASSUMPTION,
                    "Probability that an energy exporter's own non-security proposal is on energy (the rest: "
                    + "economy)."),
            real("proposerSalience", 0.8, 0, 1, "salience", Basis.ASSUMPTION,
                    "Least salience of a proposal to its proposer: a state that tables a text cares about it."),
            real("neutralTrust", 0.5, 0, 1, "trust", Basis.ASSUMPTION,
                    "Trust in the proposer at which trust neither raises nor lowers a state's ideal point "
                    + "(also the trust assumed when a proposal has no proposer in the scenario)."),
            real("deepSovereigntyFactor", 1.5, 0, 10, "factor", Basis.ASSUMPTION,
                    "Factor on the sovereignty cost for institution-building and membership, which cede more "
                    + "authority than other texts (Gao Fei 2010, \"Achievements and challenges\")."),
            real("institutionStakeBase", 0.5, 0, 1, "stake", Basis.ASSUMPTION,
                    "Base of the stake in institution-building, averaged with the state's sovereignty "
                    + "sensitivity (sensitive states care more about the organization's powers)."),
            real("membershipStake", 0.5, 0, 1, "stake", Basis.ASSUMPTION,
                    "Stake of every state in an accession."),
            real("observerSalience", 0.5, 0, 1, "factor", Basis.ASSUMPTION,
                    "Salience factor of observers, who bargain without a vote."),
            real("trustInProposerWeight", 0.5, 0, 1, "scale share per unit trust", Basis.ASSUMPTION,
                    "Shift of a state's ideal point, per unit of trust in the proposer above 0.5, as a share "
                    + "of the scale (Gao Fei 2010's \"Shanghai Spirit\" of mutual trust as the basis of "
                    + "cooperation)."),
            real("sovereigntyCost", 0.2, 0, 5, "scale share", Basis.ASSUMPTION,
                    "Share of the scale a state's ideal point loses per unit of sovereignty sensitivity (x "
                    + "1.5 for institution-building and membership): Gao Fei 2010, \"Achievements and "
                    + "challenges\": \"there is little basis to cede authority to the SCO\" (size an assumption)."),
            real("rivalTieCost", 0.05, 0, 5, "scale share per option", Basis.ASSUMPTION,
                    "Share of the scale a state's ideal point loses per outside option in the proposal's "
                    + "domain (the CSTO in security, the EurAsEC and EAEU in the economy and institutions): Gao "
                    + "Fei 2010, \"Achievements and challenges\" (competition with the CSTO and the Eurasian "
                    + "Economic Community). Small enough that Russia still signs the low-ambition texts of the "
                    + "record, as it did (data/sco-timeline.csv)."),
            real("commonInterest", 0.35, 0, 1, "scale share", Basis.ASSUMPTION,
                    "Share of the scale every member wants in any domain: \"the SCO member states all seek "
                    + "social stability and the development of their national economies\" (Gao Fei 2010, \"The "
                    + "New Development Approach\"); set so that the low-ambition texts of the historical record "
                    + "find every member above the status quo, as they did (all signed)."),
            real("stakeWeight", 0.5, 0, 1, "weight", Basis.ASSUMPTION,
                    "Weight of a state's stake in a domain (0-1, also its salience) in its ideal point."),
            real("dependenceReference", 0.2, 0, 10, "share of GDP", Basis.ASSUMPTION,
                    "Trade with China as a share of GDP at which the economic stake of a state saturates: a "
                    + "fifth of GDP, which Kyrgyzstan's trade with China exceeded by 2008 in Table 1 of Gao Fei "
                    + "2010."),
            real("borderStake", 0.3, 0, 1, "stake", Basis.ASSUMPTION,
                    "Security stake of a disputed border with a member: the Shanghai Five was set up \"to "
                    + "build military trust in order to resolve the border disputes\" (Gao Fei 2010, \"The "
                    + "development of the SCO\")."),
            real("cultureStake", 0.4, 0, 1, "stake", Basis.ASSUMPTION,
                    "Stake of every state in cultural cooperation and good-neighbourliness declarations."),
            real("energyExporterStake", 0.2, 0, 1, "stake", Basis.ASSUMPTION,
                    "Extra energy stake of a net energy exporter (WDI EG.IMP.CONS.ZS < 0): Gao Fei 2010, "
                    + "\"Cooperation in the economic realm\": selling natural resources \"is an important step in "
                    + "boosting their economic strength\"."),
            real("outsidePowerPull", 0.15, 0, 1, "scale share", Basis.ASSUMPTION,
                    "Share of the scale a host of an outside power's military base loses on proposals of that "
                    + "power's domain (the US bases at Manas and Karshi-Khanabad, Gao Fei 2010, \"Achievements "
                    + "and challenges\"): another security provider is an outside option."),
            real("implementationRate", 0.5, 0, 1, "share per year", Basis.ASSUMPTION,
                    "Share of an agreement a member implements per year at full trust, resources and "
                    + "capacity: a fully able member carries out a text in two to three years."),
            integer("paperAfterYears", 5, 1, 1000, "years", Basis.ASSUMPTION,
                    "Years after adoption from which an agreement whose signatories have implemented less "
                    + "than paperShare counts as left on paper (Gao Fei 2010, \"Achievements and challenges\": "
                    + "\"some documents ... are only paper agreements\"; the number is an assumption)."),
            real("paperShare", 0.25, 0, 1, "share", Basis.ASSUMPTION,
                    "Mean implemented share of the signatories below which an agreement is on paper."),
            real("inForceShare", 0.9, 0, 1, "share", Basis.ASSUMPTION,
                    "Mean implemented share of the signatories at which an agreement is in force (most of "
                    + "it)."),
            real("resourceNeedBnUsd", 2.25, 0, 1000, "US$ bn per depth 100", Basis.ASSUMPTION,
                    "US$ bn that carrying out a common economic or energy programme of depth 100 needs: Gao "
                    + "Fei 2010 blames paper agreements on \"the insufficiency of resources available to the "
                    + "SCO\"; set so that China's US$ 0.9 bn of 2004 funds a depth-40 programme and its US$ 10 "
                    + "bn of 2009 any depth."),
            real("commonBudgetBnUsd", 0.004, 0, 1000, "US$ bn per year", Basis.ASSUMPTION,
                    "The organization's own money for common programmes: the SCO's budget pays for the "
                    + "Secretariat and the anti-terrorist structure, a few US$ million (public record; the "
                    + "number is an assumption)."),
            real("capacityGdpPerCapita", 12000, 1, 1000000, "US$ per person", Basis.ASSUMPTION,
                    "GDP per head at which a member implements at full capacity: about the World Bank's "
                    + "high-income threshold around 2010 (GNI per capita US$ 12,000); capacity is sqrt(GDP per "
                    + "head / this), at most 1 (form an assumption; Gao Fei 2010: members' \"national conditions "
                    + "... differ considerably\")."),
            real("institutionIntegrationShare", 0.5, 0, 1, "share", Basis.ASSUMPTION,
                    "Share of an implemented institutional agreement that adds to economic integration, "
                    + "relative to an economic one (institutions facilitate trade less directly)."),
            real("sovereigntyDrag", 0.5, 0, 1, "share", Basis.ASSUMPTION,
                    "How much a fully sovereignty-sensitive member slows its implementation of a text of "
                    + "depth 100: its yearly progress is multiplied by 1 - sovereigntyDrag x sensitivity x "
                    + "depth/100 (Gao Fei 2010, \"Achievements and challenges\": little basis to cede authority)."),
            real("trustGainImplemented", 0.03, 0, 1, "trust", Basis.ASSUMPTION,
                    "Trust gain among participants when an agreement is fully implemented."),
            real("trustGainSettlement", 0.10, 0, 1, "trust", Basis.ASSUMPTION,
                    "Trust gain of both states when a border dispute is settled."),
            real("trustGainExercise", 0.02, 0, 1, "trust", Basis.ASSUMPTION,
                    "Trust gain of both states per joint exercise."),
            real("trustGainCulture", 0.01, 0, 1, "trust per implemented share", Basis.ASSUMPTION,
                    "Trust gain between participants per implemented share of a cultural agreement."),
            real("trustLossVeto", 0.04, 0, 1, "trust", Basis.ASSUMPTION,
                    "Trust loss of a proposer in each state that vetoes its proposal."),
            real("trustLossPaper", 0.01, 0, 1, "trust", Basis.ASSUMPTION,
                    "Trust loss among participants when an agreement is left on paper."),
            real("trustDecay", 0.15, 0, 1, "share per year", Basis.ASSUMPTION,
                    "Share of the gap to its starting value that trust loses each year without new events: "
                    + "trust must be renewed (keeps trust from saturating, docs/ODD.md 7.7)."),
            real("trustNoise", 0.01, 0, 1, "s.d. per year", Basis.ASSUMPTION,
                    "Annual s.d. of trust noise."));

    private static final Map<String, Spec> BY_NAME;

    static {
        Map<String, Spec> m = new LinkedHashMap<>();
        for (Spec s : ALL) m.put(s.name(), s);
        BY_NAME = Collections.unmodifiableMap(m);
    }

    private ParameterCatalog() {
    }

    /** The spec of a parameter, or null. */
    public static Spec get(String name) { return BY_NAME.get(name); }

    public static Map<String, Spec> byName() { return BY_NAME; }

    /** The defaults as a {@link Parameters} record, built from this list (each component must have a spec). */
    static Parameters defaults() {
        RecordComponent[] comps = Parameters.class.getRecordComponents();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            Spec s = BY_NAME.get(comps[i].getName());
            if (s == null) throw new IllegalStateException("parameter " + comps[i].getName() + " has no entry in ParameterCatalog");
            types[i] = comps[i].getType();
            args[i] = types[i] == int.class ? (Object) (int) s.defaultValue() : (Object) s.defaultValue();
        }
        if (BY_NAME.size() != comps.length) throw new IllegalStateException("ParameterCatalog lists parameters Parameters does not have");
        try {
            return Parameters.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
