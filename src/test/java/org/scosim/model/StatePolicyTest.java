package org.scosim.model;

import org.junit.jupiter.api.Test;
import org.scosim.decision.Actor;
import org.scosim.decision.Decider;
import org.scosim.decision.DecisionRule;
import org.scosim.decision.Issue;
import org.scosim.scenario.Domain;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.ProposalSpec;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.StateSpec;
import org.scosim.scenario.SummitSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Positions, saliences and implementation as each state forms them, against hand-worked values. */
class StatePolicyTest {
    static final double EPS = 1e-9;

    /** The small fixture after the 1996 economy and trade phases, before any trust has changed. */
    static ScoModel at1996(Scenario sc) {
        ScoModel m = new ScoModel(sc, 11);
        m.start();
        m.schedule.step(m);
        return m;
    }

    static Scenario withSummit(Scenario s, SummitSpec summit, List<StateSpec> states) {
        return new Scenario(s.name(), s.title(), s.startYear(), s.endYear(), s.seed(), s.replications(), s.rule(),
                states, s.tradeAnchors(), s.trust(), s.borders(), s.events(), s.agenda(), s.shocks(), s.parameters(), s.economy(), summit);
    }

    @Test
    void idealPointOnASecurityTextIsTheHandWorkedValue() {
        ScoModel m = at1996(Fixtures.small());
        MemberState kgz = m.state(m.scenario().indexOf("KGZ"));
        ProposalSpec p = m.scenario().agenda().get(0); // CHN's confidence-building text, security, ambition 40
        int chn = m.scenario().indexOf("CHN");
        // KGZ: securityWeight 0.5, three evils 0.5, no disputed border, sovereignty 0.4, no ties, trust in CHN t:
        // stake = 0.5 (0.5 + 0.5) = 0.5; want = 0.35 + 0.5 x 0.5 + 0.5 (t - 0.5); cost = 0.2 x 0.4 = 0.08,
        // so 47 at the starting trust 0.4 (the year's trust phase has moved t a little since).
        double t = kgz.trustIn(chn);
        assertEquals(0.4, t, 0.05);
        assertEquals(0.5, kgz.policy().stake(Domain.SECURITY, m), EPS);
        assertEquals(47.0 + 50 * (t - 0.4), kgz.policy().idealPoint(p, chn, m), 1e-6);
        assertEquals(0.5, kgz.policy().salience(p, chn, m), EPS);
        // KAZ has the disputed border with China: +0.3 stake while it is not settled (the year's security phase may
        // have settled it by its hazard)
        MemberState kaz = m.state(m.scenario().indexOf("KAZ"));
        double border = m.borderSettled(kaz.index(), chn) ? 0 : 0.3;
        assertEquals(Math.min(1, 0.5 * (0.45 + 0.5) + border), kaz.policy().stake(Domain.SECURITY, m), EPS);
        // the proposer wants its own text, whatever its interests
        assertEquals(40.0, m.state(chn).policy().idealPoint(p, chn, m), EPS);
        assertEquals(0.8, m.state(chn).policy().salience(p, chn, m), EPS);
    }

    @Test
    void outsideOptionsLowerTheStandOnlyInTheirDomain() {
        Scenario base = Fixtures.small();
        List<StateSpec> states = new ArrayList<>();
        for (StateSpec s : base.states()) {
            states.add(!s.iso3().equals("KGZ") ? s : new StateSpec(s.iso3(), s.name(), s.latitude(), s.longitude(), s.status(),
                    s.gdp(), s.population(), s.milexPctGdp(), s.energyExporter(), s.securityWeight(),
                    s.sovereigntySensitivity(), s.threeEvilsExposure(),
                    List.of(new StateSpec.RivalTie("EurAsEC", 1990, 9999, List.of(Domain.ECONOMY)))));
        }
        SummitSpec usBase = new SummitSpec(Map.of(), List.of(new SummitSpec.OutsidePower("United States", Domain.SECURITY,
                List.of(new SummitSpec.Presence("KGZ", 1996, 2000)))), "CHN");
        ScoModel plain = at1996(base), tied = at1996(withSummit(base, usBase, states));
        int k = base.indexOf("KGZ"), chn = base.indexOf("CHN");
        ProposalSpec security = base.agenda().get(0);
        ProposalSpec economy = new ProposalSpec(1996, "e", "e", Domain.ECONOMY, "CHN", 40, null);
        Parameters par = Parameters.DEFAULTS;
        double secPlain = plain.state(k).policy().idealPoint(security, chn, plain);
        double secTied = tied.state(k).policy().idealPoint(security, chn, tied);
        assertEquals(100 * par.outsidePowerPull(), secPlain - secTied, 1e-6, "the US base costs outsidePowerPull");
        double ecoPlain = plain.state(k).policy().idealPoint(economy, chn, plain);
        double ecoTied = tied.state(k).policy().idealPoint(economy, chn, tied);
        assertEquals(100 * par.rivalTieCost(), ecoPlain - ecoTied, 1e-6, "the EurAsEC tie costs rivalTieCost in the economy");
        // salience is the stake, not the direction: outside options leave it alone
        assertEquals(plain.state(k).policy().salience(security, chn, plain), tied.state(k).policy().salience(security, chn, tied), EPS);
    }

    @Test
    void aPositionCanLieBelowTheStatusQuoAndThenTheMemberVetoes() {
        ScoModel m = at1996(Fixtures.small());
        int chn = m.scenario().indexOf("CHN");
        ProposalSpec deep = new ProposalSpec(1996, "fta", "FTA", Domain.ECONOMY, "CHN", 80, null, 60, null, 0);
        Issue issue = Summit.issueFor(m, deep);
        assertEquals(60, issue.statusQuo(), EPS);
        List<String> below = new ArrayList<>();
        for (Actor a : issue.actors()) if (a.member() && a.position() < issue.statusQuo()) below.add(a.name());
        assertFalse(below.isEmpty(), "somebody wants less than the status quo: " + issue);
        var d = Decider.decide(issue, new DecisionRule.Unanimity());
        assertFalse(d.adopted());
        assertTrue(d.vetoes().containsAll(below), d.vetoes() + " vs " + below);
        assertEquals(80, m.state(chn).policy().idealPoint(deep, chn, m), EPS);
    }

    @Test
    void capabilityIsWhatTheScenarioNamesForTheDomain() {
        Scenario base = Fixtures.small();
        ScoModel gdp = at1996(withSummit(base, new SummitSpec(Map.of(Domain.SECURITY, SummitSpec.Capability.GDP), List.of(), "CHN"), base.states()));
        ScoModel milex = at1996(base);
        ScoModel equal = at1996(withSummit(base, new SummitSpec(Map.of(Domain.SECURITY, SummitSpec.Capability.EQUAL), List.of(), "CHN"), base.states()));
        MemberState r = milex.state(base.indexOf("RUS"));
        assertEquals(r.milexBn(), r.policy().capability(Domain.SECURITY, milex), EPS);
        assertEquals(r.gdp() * 0.02, r.milexBn(), 1e-9, "fixture: 2% of GDP");
        MemberState rg = gdp.state(base.indexOf("RUS"));
        assertEquals(rg.gdp(), rg.policy().capability(Domain.SECURITY, gdp), EPS);
        assertEquals(1.0, equal.state(0).policy().capability(Domain.SECURITY, equal), EPS);
        assertEquals("milex_bn_usd", base.summit().capability(Domain.SECURITY).unit());
        assertEquals("gdp_bn_usd", base.summit().capability(Domain.ECONOMY).unit());
    }

    @Test
    void commonProgrammesNeedMoneyAndSecurityTextsDoNot() {
        Parameters p = Parameters.DEFAULTS;
        boolean[] all = {true, true};
        Agreement credits = new Agreement("c", "c", Domain.ECONOMY, 40, all, 2004, 0.9);
        Agreement unfunded = new Agreement("u", "u", Domain.ENERGY, 40, all, 2006, 0);
        Agreement security = new Agreement("s", "s", Domain.SECURITY, 40, all, 2001, 0);
        // (0.9 + 0.004) / (2.25 x 0.4) > 1; 0.004 / 0.9
        assertEquals(1.0, Implementation.resources(credits, p), EPS);
        assertEquals(0.004 / 0.9, Implementation.resources(unfunded, p), 1e-12);
        assertEquals(1.0, Implementation.resources(security, p), EPS);
    }

    @Test
    void anAgreementIsInForceOnPaperOrInProgressByItsSignatoriesShares() {
        Agreement a = new Agreement("a", "a", Domain.SECURITY, 50, new boolean[]{true, true, false}, 2000, 0);
        a.progress(0, 0.3);
        a.progress(1, 0.1);
        assertEquals(0.2, a.implemented(), EPS, "mean over the two signatories only");
        assertEquals(null, a.review(2004, 5, 0.25, 0.9), "too early to call it paper");
        assertEquals(Agreement.Stage.ON_PAPER, a.review(2005, 5, 0.25, 0.9));
        Agreement b = new Agreement("b", "b", Domain.SECURITY, 50, new boolean[]{true, true}, 2000, 0);
        assertEquals(0.7, b.progress(0, 0.7), EPS);
        assertEquals(1.0, b.progress(1, 1.5), EPS);
        assertEquals(0.3, b.progress(0, 0.5), EPS, "capped at the whole text");
        assertEquals(Agreement.Stage.IMPLEMENTED, b.review(2001, 5, 0.25, 0.9));
        assertEquals(null, b.review(2010, 5, 0.25, 0.9), "in force stays in force");
    }

    @Test
    void capacityGrowsWithGdpPerHeadUpToOne() {
        ScoModel m = at1996(Fixtures.small());
        MemberState kgz = m.state(m.scenario().indexOf("KGZ"));
        double perHead = kgz.gdp() * 1e9 / kgz.population();
        assertEquals(Math.min(1, Math.sqrt(perHead / 12000)), kgz.policy().capacity(m.parameters()), 1e-12);
        assertTrue(kgz.policy().capacity(m.parameters()) < 1);
    }

    @Test
    void membersTableTheirOwnProposalsOnlyWhereAScenarioEnablesThem() {
        Scenario base = Fixtures.small();
        assertEquals(0.0, base.parameters().ownProposalRate(), "off by default");
        Scenario on = org.scosim.calibration.ParameterAccess.withParameters(base,
                org.scosim.calibration.ParameterAccess.with(base.parameters(), Map.of("ownProposalRate", 1.0)), base.endYear());
        int[] own = new int[2];
        for (int k = 0; k < 2; k++) {
            ScoModel m = new ScoModel(k == 0 ? base : on, 5);
            int kk = k;
            m.setObserver(x -> {
                for (SummitRecord r : x.summitRecords()) if (r.proposal().record() == null && r.proposal().id().contains("-")) own[kk]++;
            });
            m.runToEnd();
        }
        assertEquals(0, own[0]);
        // every member, every year: 4 members 1996-2000, 5 from 2001 (UZB joins), 15 years
        assertEquals(4 * 5 + 5 * 10, own[1]);
    }
}
