package org.scosim.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scosim.cli.ValidateCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each class of bad input gives exit code 2 and one message with the file, the line and the dotted field path. */
class ValidateBadInputTest {
    @TempDir
    Path dir;

    /**
     * @param label    what is wrong
     * @param find     text of the valid scenario to replace (every occurrence)
     * @param replace  the wrong text
     * @param path     dotted path the message must name
     * @param marker   text whose line (in the edited file) the message must name
     * @param fragment a piece of the expected message
     */
    record Case(String label, String find, String replace, String path, String marker, String fragment) {
        @Override
        public String toString() { return label; }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // unknown fields
                new Case("unknown top-level field", "parameters:\n", "paramters:\n", "paramters", "  paperAfterYears", "unknown field 'paramters'"),
                new Case("unknown state field", "securityWeight: 0.5", "securityWeigth: 0.5", "states.AAA.securityWeigth", "securityWeigth", "unknown field"),
                new Case("unknown shock field", "recovery: 0.5", "recovry: 0.5", "shocks[0].recovry", "recovry", "unknown field"),
                new Case("unknown parameter", "paperAfterYears: 4", "paperAfterYear: 4", "parameters.paperAfterYear", "paperAfterYear", "unknown field"),
                // wrong types
                new Case("text for a number", "securityWeight: 0.4", "securityWeight: \"0.4\"", "states.BBB.securityWeight", "\"0.4\"", "expected a number"),
                new Case("text in a series", "{2000: 10.0, 2010: 20.0}", "{2000: ten, 2010: 20.0}", "states.AAA.gdp[2000]", "{2000: ten", "expected a number"),
                new Case("list for a mapping", "period: {start: 2000, end: 2010}", "period: [2000, 2010]", "period", "period:", "expected a mapping"),
                new Case("number for a boolean", "energyExporter: true", "energyExporter: 1", "states.BBB.energyExporter", "energyExporter", "true or false"),
                new Case("fraction for an integer", "paperAfterYears: 4", "paperAfterYears: 4.5", "parameters.paperAfterYears", "paperAfterYears", "whole number"),
                new Case("fraction for a year", "start: 2000,", "start: 2000.5,", "period.start", "2000.5", "year"),
                new Case("key not a year", "2010: 20.0}", "twenty: 20.0}", "states.AAA.gdp.twenty", "twenty", "expected a year"),
                // out of range
                new Case("year before 1900", "start: 2000,", "start: 1800,", "period.start", "1800", "1900 to 2100"),
                new Case("end before start", "end: 2010}", "end: 1999}", "period.end", "1999", "before the start year"),
                new Case("no replications", "name: tiny\n", "name: tiny\nreplications: 0\n", "replications", "replications", "1 to 10000000"),
                new Case("too many replications", "name: tiny\n", "name: tiny\nreplications: 20000000\n", "replications", "replications", "1 to 10000000"),
                new Case("weight above 1", "securityWeight: 0.5", "securityWeight: 1.5", "states.AAA.securityWeight", "1.5", "[0, 1]"),
                new Case("trust above 1", "value: 0.4", "value: 1.2", "trust.pairs[0].value", "1.2", "[0, 1]"),
                new Case("zero GDP", "gdp: {2000: 5.0}", "gdp: {2000: 0}", "states.BBB.gdp[2000]", "{2000: 0}", "> 0"),
                new Case("negative population", "{2000: 1000000}", "{2000: -5}", "states.AAA.population[2000]", "-5", "> 0"),
                new Case("GDP without anchors", "gdp: {2000: 5.0}", "gdp: {}", "states.BBB.gdp", "gdp: {}", "at least one year"),
                new Case("latitude", "lat: 40.0", "lat: 95.0", "states.AAA.capital.lat", "95.0", "[-90, 90]"),
                new Case("longitude", "lon: 75.0", "lon: -200", "states.BBB.capital.lon", "-200", "[-180, 180]"),
                new Case("shock duration 0", "duration: 1", "duration: 0", "shocks[0].duration", "duration", "1 to 200"),
                new Case("recovery above 1", "recovery: 0.5", "recovery: 1.5", "shocks[0].recovery", "recovery", "[0, 1]"),
                new Case("magnitude -1", "magnitude: -0.1", "magnitude: -1", "shocks[0].magnitude", "magnitude", "> -1"),
                new Case("ambition above 100", "ambition: 40", "ambition: 150", "agenda[0].ambition", "150", "[0, 100]"),
                new Case("trade anchor zero", "tradeBnUsd: 1.5", "tradeBnUsd: 0", "tradeAnchors[0].tradeBnUsd", "tradeBnUsd", "> 0"),
                new Case("parameter probability above 1", "paperAfterYears: 4", "exerciseRate: 2", "parameters.exerciseRate", "exerciseRate", "[0, 1]"),
                // unknown states
                new Case("unknown state in event", "state: BBB,", "state: BXB,", "events[0].state", "BXB", "unknown state 'BXB'"),
                new Case("unknown proposer", "proposer: AAA", "proposer: ZZZ", "agenda[0].proposer", "ZZZ", "unknown state 'ZZZ'"),
                new Case("unknown border state", "{a: AAA, b: BBB, status", "{a: AAA, b: CCC, status", "borders[0].b", "CCC", "unknown state"),
                new Case("unknown trade partner", "partner: BBB", "partner: QQQ", "tradeAnchors[0].partner", "QQQ", "unknown state"),
                new Case("unknown trust state", "b: [BBB], value", "b: [BBB, XYZ], value", "trust.pairs[0].b[1]", "XYZ", "unknown state"),
                new Case("unknown shock target", "targets: [all]", "targets: [everyone]", "shocks[0].targets[0]", "everyone", "unknown state 'everyone'"),
                new Case("unknown membership subject", "domain: security, proposer: AAA, ambition: 40}",
                        "domain: membership, proposer: AAA, ambition: 40, subject: NOR}", "agenda[0].subject", "NOR", "unknown state"),
                new Case("bad ISO3 key", "  BBB:\n", "  Bbb:\n", "states.Bbb", "name: Beta", "alpha-3"),
                // duplicates
                new Case("duplicate agenda id", "ambition: 40}\n", "ambition: 40}\n  - {year: 2002, id: pact, domain: culture, proposer: BBB, ambition: 10}\n",
                        "agenda[1].id", "id: pact, domain: culture", "duplicate proposal id 'pact'"),
                new Case("duplicate shock name", "parameters:\n", "  - {name: crash, kind: trust, targets: AAA, start: 2004, duration: 1, magnitude: -0.1, recovery: 0.5}\nparameters:\n",
                        "shocks[1].name", "{name: crash, kind: trust", "duplicate shock name"),
                new Case("duplicate event", "status: observer}\n", "status: observer}\n  - {year: 2005, state: BBB, status: member}\n",
                        "events[1]", "status: member}\nagenda", "duplicate event"),
                new Case("duplicate border", "status: negotiating}\n", "status: negotiating}\n  - {a: BBB, b: AAA, status: open}\n",
                        "borders[1]", "{a: BBB, b: AAA", "duplicate border"),
                // unknown names
                new Case("unknown rule type", "type: opt-out, minParticipants: 2", "type: opt-outt", "rule.type", "opt-outt", "unanimity"),
                new Case("rule threshold above 1", "type: opt-out, minParticipants: 2", "type: qualified-majority, threshold: 1.5",
                        "rule.threshold", "threshold: 1.5", "(0, 1]"),
                new Case("field of another rule", "type: opt-out, minParticipants: 2", "type: unanimity, minParticipants: 2",
                        "rule.minParticipants", "type: unanimity", "does not apply"),
                new Case("unknown status", "status: member\n    gdp: {2000: 10.0", "status: membr\n    gdp: {2000: 10.0", "states.AAA.status", "membr", "dialogue-partner"),
                new Case("unknown domain", "domain: security", "domain: securty", "agenda[0].domain", "securty", "institutions"),
                new Case("unknown shock kind", "kind: gdp", "kind: gpd", "shocks[0].kind", "gpd", "energy-price"),
                new Case("unknown border status", "status: negotiating", "status: disputed", "borders[0].status", "disputed", "negotiating"),
                // the summit's fields: proposals' record, status quo and money; outside options; the summit block
                new Case("unknown record", "ambition: 40}", "ambition: 40, record: singed}", "agenda[0].record", "singed", "unrealized"),
                new Case("status quo above 100", "ambition: 40}", "ambition: 40, statusQuo: 120}", "agenda[0].statusQuo", "statusQuo: 120", "[0, 100]"),
                new Case("negative funding", "ambition: 40}", "ambition: 40, fundingBnUsd: -1}", "agenda[0].fundingBnUsd", "fundingBnUsd: -1", ">= 0"),
                new Case("unknown tie domain", "    threeEvilsExposure: 0.3\n",
                        "    threeEvilsExposure: 0.3\n    rivalInstitutions:\n      - {institution: CSTO, from: 2000, domains: [securty]}\n",
                        "states.BBB.rivalInstitutions[0].domains[0]", "securty", "unknown domain 'securty'"),
                new Case("unknown capability", "parameters:\n", "summit:\n  capability: {security: tanks}\nparameters:\n",
                        "summit.capability.security", "tanks", "milex"),
                new Case("capability of an unknown domain", "parameters:\n", "summit:\n  capability: {defence: milex}\nparameters:\n",
                        "summit.capability.defence", "defence", "unknown domain 'defence'"),
                new Case("outside power in an unknown state", "parameters:\n",
                        "summit:\n  outsidePowers:\n    - {name: USA, domain: security, presence: [{host: KGZ, from: 2002}]}\nparameters:\n",
                        "summit.outsidePowers[0].presence[0].host", "KGZ", "unknown state 'KGZ'"),
                // missing required fields
                new Case("missing name", "name: tiny\n", "title: Tiny\n", "name", "title", "missing required field 'name'"),
                new Case("missing period", "period: {start: 2000, end: 2010}\n", "", "period", "name: tiny", "missing required field 'period'"),
                new Case("missing rule", "rule: {type: opt-out, minParticipants: 2}\n", "", "rule", "name: tiny", "missing required field 'rule'"),
                new Case("missing period end", "period: {start: 2000, end: 2010}", "period: {start: 2000}", "period.end", "period:", "missing required field 'end'"),
                new Case("one state only", TinyScenario.STATE_B, "", "states", "  AAA:", "at least 2 states"),
                new Case("no member at start", "status: member", "status: observer", "states", "  AAA:", "at least one needs status: member"),
                new Case("missing state name", "    name: Beta\n", "", "states.BBB.name", "capital: {lat: 45.0", "missing required field 'name'"),
                new Case("missing capital", "    capital: {lat: 45.0, lon: 75.0}\n", "", "states.BBB.capital", "name: Beta", "missing required field 'capital'"),
                new Case("missing gdp", "    gdp: {2000: 5.0}\n", "", "states.BBB.gdp", "name: Beta", "missing required field 'gdp'"),
                new Case("missing preference", "    threeEvilsExposure: 0.3\n", "", "states.BBB.threeEvilsExposure", "name: Beta", "missing required field 'threeEvilsExposure'"),
                new Case("missing shock targets", "    targets: [all]\n", "", "shocks[0].targets", "name: crash", "missing required field 'targets'")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsOneClearMessage(Case c) {
        assertTrue(TinyScenario.TEXT.contains(c.find()), "case does not apply: " + c.find());
        String text = TinyScenario.TEXT.replace(c.find(), c.replace());
        Path file = TinyScenario.write(dir, "bad-input.yaml", text);
        Result r = validate(file.toString());
        assertEquals(2, r.exit, r.err);
        assertEquals("", r.out);
        String expectedLine = ":" + TinyScenario.lineOf(text, c.marker()) + ":";
        assertTrue(r.err.startsWith("scosim validate: " + file + expectedLine), "file and line " + expectedLine + " in: " + r.err);
        assertTrue(r.err.contains("at " + c.path() + ": "), "path " + c.path() + " in: " + r.err);
        assertTrue(r.err.contains(c.fragment()), "'" + c.fragment() + "' in: " + r.err);
        assertEquals(1, r.err.strip().lines().count(), "one line, no stack trace: " + r.err);
    }

    @Test
    void theTemplateIsValid() {
        Path file = TinyScenario.write(dir, "tiny.yaml", TinyScenario.TEXT);
        Result r = validate(file.toString());
        assertEquals(0, r.exit, r.err);
        assertEquals("OK " + file + ": tiny, 2000-2010, 2 states, rule opt-out", r.out.strip());
    }

    @Test
    void unknownFieldSuggestsTheNearestName() {
        Path file = TinyScenario.write(dir, "typo.yaml", TinyScenario.TEXT.replace("securityWeight: 0.5", "securityWeigth: 0.5"));
        Result r = validate(file.toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("did you mean 'securityWeight'?"), r.err);
    }

    @Test
    void unknownStateSuggestsTheNearestCode() {
        Path file = TinyScenario.write(dir, "typo.yaml", TinyScenario.TEXT.replace("state: BBB,", "state: BBC,"));
        Result r = validate(file.toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("did you mean 'BBB'?"), r.err);
    }

    @Test
    void anAliasBombIsRefused() {
        StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'j'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int k = 0; k < 10; k++) sb.append(k == 0 ? "" : ", ").append('*').append(prev);
            sb.append("]\n");
            prev = String.valueOf(c);
        }
        String text = TinyScenario.TEXT + "calibration:\n" + sb.toString().indent(2);
        Path file = TinyScenario.write(dir, "bomb.yaml", text);
        Result r = validate(file.toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("alias bomb"), r.err);
        assertTrue(r.err.contains("bomb.yaml:" + TinyScenario.lineOf(text, "*a") + ":"), r.err);
    }

    @Test
    void aSingleAliasIsRefusedToo() {
        String text = TinyScenario.TEXT.replace("initial: 0.3", "initial: &t 0.3").replace("value: 0.4", "value: *t");
        Path file = TinyScenario.write(dir, "alias.yaml", text);
        Result r = validate(file.toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("alias.yaml:" + TinyScenario.lineOf(text, "*t") + ":"), r.err);
        assertTrue(r.err.contains("(*t)"), r.err);
    }

    @Test
    void aMissingFileIsAUserError() {
        Result r = validate(dir.resolve("nothing-here.yaml").toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("file not found"), r.err);
    }

    @Test
    void goodAndBadFilesTogetherExitWith2AndReportBoth() {
        Path good = TinyScenario.write(dir, "good.yaml", TinyScenario.TEXT);
        Path bad = TinyScenario.write(dir, "bad.yaml", TinyScenario.TEXT.replace("lat: 40.0", "lat: 95.0"));
        Result r = validate(good.toString(), bad.toString());
        assertEquals(2, r.exit);
        assertTrue(r.out.startsWith("OK " + good), r.out);
        assertTrue(r.err.contains("bad.yaml"), r.err);
        assertFalse(r.err.contains("good.yaml"), r.err);
    }

    @Test
    void aDecisionFileIsRecognisedAndCheckedAsOne() {
        Result r = validate("scenarios/classroom/development-bank.yaml", "scenarios/classroom/india-pakistan-accession.yaml");
        assertEquals(0, r.exit, r.err);
        assertEquals("", r.err);
        List<String> lines = r.out.strip().lines().toList();
        assertEquals(2, lines.size(), r.out);
        assertTrue(lines.get(0).startsWith("OK scenarios/classroom/development-bank.yaml: decision file for 'scosim decide', 1 issue (development-bank), "), r.out);
        assertFalse(r.out.contains("unknown field"), r.out);

        // Checked by the decision file's rules: a position out of range is reported at its line and field.
        String text = "id: bank\nstatusQuo: 10\nactors:\n  - {name: China, position: 80, salience: 0.8, capability: 4594, member: true}\n"
                + "  - {name: Russia, position: 180, salience: 0.7, capability: 1661, member: true}\n";
        Path bad = TinyScenario.write(dir, "bad-issue.yaml", text);
        r = validate(bad.toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.startsWith("scosim validate: " + bad + ":5:"), r.err);
        assertTrue(r.err.contains("position") && r.err.contains("read as a decision file"), r.err);
        assertEquals(1, r.err.strip().lines().count(), r.err);

        // A scenario is still read as a scenario.
        Path good = TinyScenario.write(dir, "good.yaml", TinyScenario.TEXT);
        assertTrue(validate(good.toString()).out.contains("states, rule"));
    }

    @Test
    void isASubcommandOfScosim() {
        assertTrue(org.scosim.cli.Main.commandLine().getSubcommands().containsKey("validate"));
    }

    record Result(int exit, String out, String err) {
    }

    static Result validate(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new ValidateCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
