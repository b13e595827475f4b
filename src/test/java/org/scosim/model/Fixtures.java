package org.scosim.model;

import org.scosim.decision.DecisionRule;
import org.scosim.scenario.BorderSpec;
import org.scosim.scenario.Domain;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.ProposalSpec;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.Series;
import org.scosim.scenario.Shock;
import org.scosim.scenario.StateSpec;
import org.scosim.scenario.Status;
import org.scosim.scenario.StatusEvent;
import org.scosim.scenario.Targets;
import org.scosim.scenario.TrustSpec;

import java.util.List;

/** Small scenarios built in code, so model tests do not depend on the scenario reader. */
public final class Fixtures {
    private Fixtures() {
    }

    static StateSpec state(String iso3, double lat, double lon, Status status, double gdp1996, double gdp2008,
                           boolean exporter, double securityWeight) {
        return new StateSpec(iso3, iso3, lat, lon, status,
                new Series(new int[]{1996, 2008}, new double[]{gdp1996, gdp2008}),
                new Series(new int[]{2001}, new double[]{1e7}),
                new Series(new int[]{1996}, new double[]{2.0}),
                exporter, securityWeight, 0.4, 0.5, List.of());
    }

    /** Five states, 1996-2010: four members, one joining in 2001; a GDP shock on exporters in 2005. */
    public static Scenario small(DecisionRule rule, List<Shock> shocks) {
        List<StateSpec> states = List.of(
                state("CHN", 39.9, 116.4, Status.MEMBER, 864, 4594, false, 0.3),
                state("RUS", 55.75, 37.6, Status.MEMBER, 392, 1661, true, 0.7),
                state("KAZ", 51.2, 71.4, Status.MEMBER, 21, 133, true, 0.45),
                state("KGZ", 42.9, 74.6, Status.MEMBER, 1.8, 5.1, false, 0.5),
                state("UZB", 41.3, 69.25, Status.OTHER, 13.9, 29.5, true, 0.5));
        return new Scenario("small", "Small test scenario", 1996, 2010, 7, 3, rule, states,
                List.of(new Scenario.TradeAnchor("CHN", "RUS", 1996, 6.85)),
                new TrustSpec(0.4, List.of(new TrustSpec.PairTrust(List.of("RUS", "KAZ", "KGZ"), List.of("RUS", "KAZ", "KGZ"), 0.6))),
                List.of(new BorderSpec("CHN", "KAZ", BorderSpec.BorderStatus.NEGOTIATING)),
                List.of(new StatusEvent(2001, "UZB", Status.MEMBER)),
                List.of(new ProposalSpec(1996, "cbm", "Confidence building", Domain.SECURITY, "CHN", 40, null),
                        new ProposalSpec(2003, "trade", "Trade programme", Domain.ECONOMY, "CHN", 60, null)),
                shocks, Parameters.DEFAULTS);
    }

    public static Scenario small() {
        return small(new DecisionRule.OptOut(2), List.of(gdpShockOnExporters(-0.2)));
    }

    public static Shock gdpShockOnExporters(double magnitude) {
        return new Shock.GdpShock("exporters-2005", new Targets(List.of("energy-exporters")), 2005, 1, magnitude, 0.5, null);
    }
}
