package org.scosim.scenario;

import java.util.List;

/**
 * A validated, immutable scenario: everything a run needs. Built by the scenario reader; the model factory takes it
 * as it is.
 *
 * @param name         short name, used for the results folder
 * @param title        one line for plots and reports
 * @param startYear    first simulated year
 * @param endYear      last simulated year (inclusive)
 * @param seed         master seed; replication seeds derive from it
 * @param replications default number of replications
 * @param rule         decision rule of the summit
 * @param states       the states, in a fixed order (the order of the file)
 * @param tradeAnchors observed bilateral trade in a base year, overriding the gravity prediction for that pair
 * @param trust        trust between states at the start year
 * @param borders      disputed borders and their starting status
 * @param events       prescribed status changes
 * @param agenda       historical proposals by year
 * @param shocks       exogenous shocks
 * @param parameters   mechanism parameters
 * @param economy      oil price, geography of the gravity equation, energy projects
 * @param summit       bargaining weights per domain and outside powers
 */
public record Scenario(String name, String title, int startYear, int endYear, long seed, int replications,
                       org.scosim.decision.DecisionRule rule, List<StateSpec> states, List<TradeAnchor> tradeAnchors,
                       TrustSpec trust, List<BorderSpec> borders, List<StatusEvent> events, List<ProposalSpec> agenda,
                       List<Shock> shocks, Parameters parameters, EconomySpec economy, SummitSpec summit)
        implements java.io.Serializable {
    /** Most replications a scenario or a command may ask for (the scenario reader and every command use this). */
    public static final int MAX_REPLICATIONS = 10_000_000;

    public Scenario {
        if (economy == null) economy = EconomySpec.NONE;
        if (summit == null) summit = SummitSpec.DEFAULT;
        states = List.copyOf(states);
        tradeAnchors = List.copyOf(tradeAnchors);
        borders = List.copyOf(borders);
        events = List.copyOf(events);
        agenda = List.copyOf(agenda);
        shocks = List.copyOf(shocks);
    }

    /** A scenario without an economic setting (no oil price, geography or energy projects), default bargaining. */
    public Scenario(String name, String title, int startYear, int endYear, long seed, int replications,
                    org.scosim.decision.DecisionRule rule, List<StateSpec> states, List<TradeAnchor> tradeAnchors,
                    TrustSpec trust, List<BorderSpec> borders, List<StatusEvent> events, List<ProposalSpec> agenda,
                    List<Shock> shocks, Parameters parameters) {
        this(name, title, startYear, endYear, seed, replications, rule, states, tradeAnchors, trust, borders, events,
                agenda, shocks, parameters, EconomySpec.NONE, SummitSpec.DEFAULT);
    }

    /** A copy with other parameters and, if {@code endYear} is earlier, a shorter period. */
    public Scenario withParameters(Parameters p, int endYear) {
        return new Scenario(name, title, startYear, Math.min(endYear, this.endYear), seed, replications, rule, states,
                tradeAnchors, trust, borders, events, agenda, shocks, p, economy, summit);
    }

    public int years() { return endYear - startYear + 1; }

    public int indexOf(String iso3) {
        for (int i = 0; i < states.size(); i++) if (states.get(i).iso3().equals(iso3)) return i;
        return -1;
    }

    /** Observed total trade (exports plus imports, US$ bn) between two states in a year. */
    public record TradeAnchor(String reporter, String partner, int year, double tradeBnUsd)
            implements java.io.Serializable {
    }
}
