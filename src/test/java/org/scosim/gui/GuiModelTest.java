package org.scosim.gui;

import org.scosim.scenario.Seeds;
import org.scosim.io.ScenarioReader;
import org.scosim.model.ScoModel;
import org.scosim.model.SummitRecord;
import org.scosim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.util.Properties;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The GUI's model side, without a display: controls, summit replay, model copies, the summit report, scenarios. */
class GuiModelTest {

    static Scenario scenario(String file) throws Exception {
        return ScenarioReader.read(Path.of(file)).scenario();
    }

    static ScoWithUI gui(String file) throws Exception {
        Scenario sc = scenario(file);
        return new ScoWithUI(sc, Seeds.replication(sc.seed(), 0), null);
    }

    static SummitRecord record(YearView v, String id) {
        return v.records().stream().filter(r -> r.proposal().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void switchingTheRuleThroughTheControlsChangesTheDecisionShown() throws Exception {
        String[] text = new String[2];
        SummitRecord[] bank = new SummitRecord[2];
        int[] rules = {ModelControls.UNANIMITY, ModelControls.SIMPLE_MAJORITY};
        for (int k = 0; k < 2; k++) {
            ScoWithUI g = gui("scenarios/classroom/gui/development-bank.yaml");
            g.controls().setRule(rules[k]);
            g.start();
            assertTrue(g.step());
            YearView v = g.lastView();
            assertEquals(2010, v.year());
            bank[k] = record(v, "development-bank");
            text[k] = SummitReport.text(v);
            System.out.println(text[k]);
        }
        assertEquals("unanimity", bank[0].decision().rule().type());
        assertEquals("simple-majority", bank[1].decision().rule().type());
        assertNotEquals(bank[0].decision().outcome(), bank[1].decision().outcome(), 1e-6);
        assertTrue(bank[0].decision().vetoes().contains("RUS"), text[0]);
        assertNotEquals(text[0], text[1]);
        // same proposal, same positions: only the rule differs
        assertEquals(bank[0].issue(), bank[1].issue());
    }

    @Test
    void replayingASummitDecidesTheSameProposalsAgainUnderTheNewRule() throws Exception {
        ScoWithUI g = gui("scenarios/sco-baseline.yaml");
        g.start();
        for (int k = 0; k < 6; k++) assertTrue(g.step());
        YearView first = g.lastView();
        assertEquals(2001, first.year());
        assertFalse(first.records().isEmpty());

        g.controls().setRule(ModelControls.UNANIMITY);
        YearView replayed = g.replayShownYear();
        assertEquals(2001, replayed.year());
        assertTrue(replayed.replayed());
        assertEquals(ids(first), ids(replayed));
        for (int k = 0; k < first.records().size(); k++) {
            assertEquals(first.records().get(k).issue(), replayed.records().get(k).issue(), "same positions");
            assertEquals("unanimity", replayed.records().get(k).decision().rule().type());
        }
        assertNotEquals(SummitReport.text(first).replace("opt-out:2", ""), SummitReport.text(replayed).replace("unanimity", ""));

        // back to the original rule: the very same decisions as the first time
        g.controls().setRule(ModelControls.OPT_OUT);
        YearView again = g.replayShownYear();
        assertEquals(decisions(first), decisions(again));
        // the run goes on from the replayed year
        assertTrue(g.step());
        assertEquals(2002, g.lastView().year());
    }

    @Test
    void aCopyOfTheModelRunsOnExactlyLikeTheOriginal() throws Exception {
        Scenario sc = scenario("scenarios/sco-baseline.yaml");
        ScoModel m = new ScoModel(sc, 42);
        m.start();
        for (int k = 0; k < 5; k++) m.schedule.step(m);
        ModelCopies.Copy c = ModelCopies.take(m, 2001);
        ScoModel copy = ModelCopies.restore(c);
        assertNotSame(m, copy);
        assertSame(m.scenario(), copy.scenario(), "immutable scenario shared");
        for (int k = 0; k < 8; k++) {
            m.schedule.step(m);
            copy.schedule.step(copy);
        }
        for (int i = 0; i < m.states().length; i++) {
            assertEquals(m.state(i).gdp(), copy.state(i).gdp());
            for (int j = 0; j < m.states().length; j++) {
                assertEquals(m.trade(i, j), copy.trade(i, j));
                assertEquals(m.state(i).trustIn(j), copy.state(i).trustIn(j));
            }
        }
        assertEquals(m.agreements().size(), copy.agreements().size());
    }

    @Test
    void modelTabOffersTheRuleThresholdAndEveryShock() throws Exception {
        ScoWithUI g = gui("scenarios/sco-baseline.yaml");
        Properties p = Properties.getProperties(g.getSimulationInspectedObject());
        int shocks = g.scenario().shocks().size();
        assertEquals(9 + shocks, p.numProperties());
        assertEquals("Rule", p.getName(0));
        assertArrayEquals(ModelControls.RULES, (String[]) p.getDomain(0));
        assertEquals(ModelControls.OPT_OUT, p.getValue(0));
        p.setValue(0, (Object) ModelControls.QUALIFIED);
        p.setValue(1, (Object) 0.75);
        assertEquals("qualified-majority:0.75", org.scosim.io.RuleReader.toCli(g.model().rule()));
        assertEquals("qualified-majority:0.75", p.getValue(7));
        // 0.75 of the 5 founding members of 1996 (China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan): 3.75, so 4 votes
        assertEquals("Threshold means", p.getName(2));
        assertEquals("0.75 = 4 of 5 members", p.getValue(2));
        p.setValue(1, (Object) (2.0 / 3.0));
        assertEquals("2/3 = 4 of 5 members", p.getValue(2));
        p.setValue(1, (Object) 0.75);
        String shock = g.scenario().shocks().get(0).name();
        assertEquals(shock, p.getName(9));
        assertEquals(Boolean.TRUE, p.getValue(9));
        p.setValue(9, (Object) Boolean.FALSE);
        assertFalse(g.model().isShockEnabled(shock));
        p.setValue(4, (Object) Boolean.TRUE);
        assertTrue(g.controls().isPauseAtEachSummit());
        // the rule and the switches hold after a restart
        g.start();
        assertEquals("qualified-majority:0.75", org.scosim.io.RuleReader.toCli(g.model().rule()));
        assertFalse(g.model().isShockEnabled(shock));
    }

    @Test
    void stateInspectorListsTrustAndTradeTowardEachOtherState() throws Exception {
        ScoWithUI g = gui("scenarios/classroom/gui/founding-five-1996.yaml");
        g.start();
        g.step();
        StateNode chn = new StateNode(g, 0);
        Properties p = Properties.getProperties(chn);
        assertEquals(9 + 2 + 2 * 4, p.numProperties());
        assertEquals("China", p.getValue(0));
        assertTrue(p.getName(9).startsWith("Position on "), p.getName(9));
        assertEquals("Trust in RUS", p.getName(11));
        assertEquals("Trade with TJK (US$ bn)", p.getName(11 + 4 + 3));
        assertEquals(StateNode.round(g.model().trade(0, 1), 3), (Double) p.getValue(11 + 4), 1e-9);
    }

    /**
     * An instructor types Russia's position on the development bank into its inspector and replays the 2010 summit
     * under unanimity: Russia now takes that position, and the outcome moves to the hand-worked one for the new
     * positions (everyone above the status quo 10 and below the compromise: the mirror image of the status quo around
     * the lowest member's position, 2 x p - 10). Blank gives the position back to the model.
     */
    @Test
    void aPositionTypedInTheInspectorDecidesTheReplayedSummit() throws Exception {
        ScoWithUI g = gui("scenarios/classroom/gui/development-bank.yaml");
        g.start();
        assertTrue(g.step());
        g.controls().setRule(ModelControls.UNANIMITY);
        YearView before = g.replayShownYear();
        SummitRecord bank = record(before, "development-bank");
        int rus = g.scenario().indexOf("RUS");
        Properties p = Properties.getProperties(new StateNode(g, rus));
        assertEquals("Position on development-bank", p.getName(9));
        assertTrue(((String) p.getValue(9)).startsWith("model: 26."), (String) p.getValue(9));
        assertTrue(p.isReadWrite(9));

        p.setValue(9, "60");
        assertEquals("60 (set by hand)", p.getValue(9));
        p.setValue(10, "0.9");
        p.setValue(9, "150");                              // out of range: refused, the value in force stays
        assertEquals("60 (set by hand)", p.getValue(9));
        SummitRecord moved = record(g.replayShownYear(), "development-bank");
        var russia = moved.issue().actors().stream().filter(a -> a.name().equals("RUS")).findFirst().orElseThrow();
        assertEquals(60.0, russia.position());
        assertEquals(0.9, russia.salience());
        double lowest = moved.issue().actors().stream().filter(a -> a.member()).mapToDouble(a -> a.position()).min().orElseThrow();
        assertTrue(lowest > 10 && lowest < 60);
        assertEquals(2 * lowest - 10, moved.decision().outcome(), 1e-6);
        assertTrue(moved.decision().outcome() > bank.decision().outcome() + 1, "Russia no longer holds the bank down");

        p.setValue(9, "");
        p.setValue(10, "model");
        SummitRecord back = record(g.replayShownYear(), "development-bank");
        assertEquals(bank.issue(), back.issue(), "the model's positions again");
        assertEquals(bank.decision().outcome(), back.decision().outcome(), 1e-12);
    }

    /** The map's line filter: of the eligible pairs, exactly the N with the largest trade (counted by hand here). */
    @Test
    void theMapDrawsTheLargestFlowsOnly() throws Exception {
        ScoWithUI g = gui("scenarios/sco-baseline.yaml");
        g.start();
        for (int k = 0; k < 14; k++) assertTrue(g.step());
        var m = g.model();
        int n = m.states().length;
        java.util.List<double[]> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) {
            var a = m.state(i).status();
            var b = m.state(j).status();
            boolean in = (a == org.scosim.scenario.Status.MEMBER || a == org.scosim.scenario.Status.OBSERVER)
                    && (b == org.scosim.scenario.Status.MEMBER || b == org.scosim.scenario.Status.OBSERVER);
            if (in) pairs.add(new double[]{m.trade(i, j), i, j});
        }
        pairs.sort((x, y) -> Double.compare(y[0], x[0]));
        for (int largest : new int[]{1, 5, 24}) {
            int drawn = 0;
            for (int q = 0; q < pairs.size(); q++) {
                boolean shown = MapPortrayals.TiePortrayal.shown(m, (int) pairs.get(q)[1], (int) pairs.get(q)[2], largest, true);
                assertEquals(q < largest, shown, "rank " + q + " with " + largest + " drawn");
                if (shown) drawn++;
            }
            assertEquals(Math.min(largest, pairs.size()), drawn);
        }
        // China-Russia is the largest flow; without observer lines no pair with India is drawn
        int chn = g.scenario().indexOf("CHN"), rus = g.scenario().indexOf("RUS"), ind = g.scenario().indexOf("IND");
        assertTrue(MapPortrayals.TiePortrayal.shown(m, chn, rus, 1, true));
        assertFalse(MapPortrayals.TiePortrayal.shown(m, chn, ind, 78, false));
    }

    @Test
    void classroomScenariosRunToTheirEnd() throws Exception {
        for (String f : List.of("founding-five-1996", "development-bank", "enlargement-2017")) {
            ScoWithUI g = gui("scenarios/classroom/gui/" + f + ".yaml");
            g.start();
            int years = 0;
            while (g.step()) years++;
            assertEquals(g.scenario().years(), years, f);
            assertEquals(g.scenario().endYear(), g.lastView().year(), f);
        }
    }

    @Test
    void classroomScenariosConformToTheSchema() throws Exception {
        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of("scenarios", "schema.json").toFile()));
        for (String f : List.of("founding-five-1996", "development-bank", "enlargement-2017")) {
            Path file = Path.of("scenarios", "classroom", "gui", f + ".yaml");
            assertEquals(java.util.Set.of(), schema.validate(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(file.toFile())), f);
            assertEquals("# yaml-language-server: $schema=../../schema.json", java.nio.file.Files.readAllLines(file).get(0));
        }
    }

    @Test
    void enlargementScenarioDecidesTheAccessionsIn2016() throws Exception {
        ScoWithUI g = gui("scenarios/classroom/gui/enlargement-2017.yaml");
        g.start();
        g.step();
        g.step();
        YearView v = g.lastView();
        assertEquals(2016, v.year());
        SummitRecord india = record(v, "india-accession");
        assertEquals("IND", india.proposal().subject());
        System.out.println(SummitReport.text(v));
        g.step();
        String status = g.model().state(g.scenario().indexOf("IND")).getStatus();
        assertEquals(india.decision().adopted() ? "member" : "observer", status);
    }

    @Test
    void summitReportNamesProposerDomainVotesAndExplanation() throws Exception {
        ScoWithUI g = gui("scenarios/classroom/gui/development-bank.yaml");
        g.controls().setRule(ModelControls.UNANIMITY);
        g.start();
        g.step();
        String html = SummitReport.html(g.lastView());
        assertTrue(html.contains("SCO Development Bank"), html);
        assertTrue(html.contains("proposed by <b>China</b>"), html);
        assertTrue(html.contains("economy"), html);
        assertTrue(html.contains("Russia"), html);
        assertTrue(html.contains("Blocked by:"), html);
        assertTrue(html.contains("Why:"), html);
        assertTrue(html.contains("Rule: <b>unanimity</b>"), html);
        assertTrue(SummitReport.html(null).contains("play"));
    }

    private static List<String> ids(YearView v) {
        return v.records().stream().map(r -> r.proposal().id()).toList();
    }

    private static List<String> decisions(YearView v) {
        return v.records().stream().map(r -> r.decision().toString()).toList();
    }
}
