package org.scosim.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scosim.decision.Actor;
import org.scosim.decision.DecisionRule;
import org.scosim.decision.Weighting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DecisionFileReaderTest {
    @TempDir
    Path dir;

    static final String GOOD = """
            rule: unanimity
            issues:
              - id: a
                statusQuo: 10
                actors:
                  - {name: China, position: 90, salience: 0.8, capability: 4594.3, member: true, gdp: 4594.3}
                  - {name: Russia, position: 15, salience: 0.7, capability: 1660.8, member: true}
                  - {name: India, position: 70, salience: 0.5, capability: 1198.9, member: false, population: 1.2e9}
              - id: b
                statusQuo: 0
                rule: {type: qualified-majority, threshold: 0.67, weights: gdp}
                actors:
                  - {name: A, position: 100, salience: 1, capability: 1, member: true}
            """;

    Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void readsIssues() throws Exception {
        List<DecisionFileReader.Entry> es = DecisionFileReader.read(write("good.yaml", GOOD));
        assertEquals(2, es.size());
        assertEquals("a", es.get(0).issue().id());
        assertEquals(new DecisionRule.Unanimity(), es.get(0).rule());
        assertEquals(new DecisionRule.QualifiedMajority(0.67, Weighting.GDP), es.get(1).rule());
        Actor china = es.get(0).issue().actors().get(0);
        assertEquals(new Actor("China", 90, 0.8, 4594.3, true, 4594.3, Double.NaN), china);
        Actor india = es.get(0).issue().actors().get(2);
        assertFalse(india.member());
        assertEquals(1.2e9, india.population());
    }

    @Test
    void readsSingleIssueAndJson() throws Exception {
        String single = "{\"id\": \"x\", \"statusQuo\": 5, \"actors\": [{\"name\": \"A\", \"position\": 50, "
                + "\"salience\": 0.5, \"capability\": 2, \"member\": true}]}";
        List<DecisionFileReader.Entry> es = DecisionFileReader.read(write("one.json", single));
        assertEquals(1, es.size());
        assertEquals(DecisionFileReader.DEFAULT_RULE, es.get(0).rule());
        assertEquals(5, es.get(0).issue().statusQuo());
    }

    /** Each row: a replacement applied to GOOD, the expected field path and a fragment of the message. */
    @ParameterizedTest(name = "[{index}] {3}")
    @CsvSource(delimiter = '|', value = {
            "statusQuo: 10      | statusQuo: 101      | issues[0].statusQuo            | [0, 100]",
            "statusQuo: 10      | statusQuo: ten      | issues[0].statusQuo            | a string",
            "statusQuo: 10      | statusQou: 10       | issues[0].statusQou            | did you mean 'statusQuo'",
            "position: 15,      | position: -1,       | issues[0].actors[1].position   | [0, 100]",
            "salience: 0.7,     | salience: 1.2,      | issues[0].actors[1].salience   | [0, 1]",
            "capability: 1660.8 | capability: 0       | issues[0].actors[1].capability | > 0",
            "capability: 1660.8 | capabilty: 1660.8   | issues[0].actors[1].capabilty  | did you mean 'capability'",
            "member: false      | member: no-vote     | issues[0].actors[2].member     | true or false",
            "name: Russia       | name: China         | issues[0].actors[1].name       | duplicate actor name",
            "id: b              | id: a               | issues[1].id                   | duplicate issue id",
            "gdp: 4594.3        | gdp: -3             | issues[0].actors[0].gdp        | > 0",
            "threshold: 0.67    | threshold: 0        | issues[1].rule.threshold       | (0, 1]",
            "type: qualified-majority | type: qualified | issues[1].rule.type          | did you mean 'qualified-majority'",
            "rule: unanimity    | rules: unanimity    | rules                          | did you mean 'rule'",
    })
    void rejectsBadInput(String from, String to, String field, String fragment) throws Exception {
        String text = GOOD.replace(from, to);
        assertNotEquals(GOOD, text, "replacement did not apply");
        Path f = write("bad.yaml", text);
        InputException e = assertThrows(InputException.class, () -> DecisionFileReader.read(f));
        assertEquals(field, e.fieldPath(), e.userMessage());
        assertTrue(e.getMessage().contains(fragment), e.userMessage());
        assertTrue(e.userMessage().startsWith(f.toString() + ":"), e.userMessage());
        assertTrue(e.line() > 0, e.userMessage());
    }

    @Test
    void readsPackagesAndDivisibility() throws Exception {
        String text = GOOD.replace("  - id: a\n", "  - id: a\n    package: p1\n    divisible: false\n")
                .replace("  - id: b\n", "  - id: b\n    package: p1\n")
                .replace("    rule: {type: qualified-majority, threshold: 0.67, weights: gdp}\n", "");
        List<DecisionFileReader.Entry> es = DecisionFileReader.read(write("pk.yaml", text));
        assertEquals("p1", es.get(0).packageId());
        assertEquals("p1", es.get(1).packageId());
        assertFalse(es.get(0).issue().divisible());
        assertTrue(es.get(1).issue().divisible());
        assertNull(DecisionFileReader.read(write("good.yaml", GOOD)).get(0).packageId());
    }

    @Test
    void rejectsBadPackages() throws Exception {
        // The two issues of one package have different rules.
        String text = GOOD.replace("  - id: a\n", "  - id: a\n    package: p1\n").replace("  - id: b\n", "  - id: b\n    package: p1\n");
        Path f = write("pk.yaml", text);
        InputException e = assertThrows(InputException.class, () -> DecisionFileReader.read(f));
        assertEquals("issues[1].rule", e.fieldPath(), e.userMessage());
        assertTrue(e.getMessage().contains("decided under one rule"), e.userMessage());
        Path g = write("dv.yaml", GOOD.replace("  - id: a\n", "  - id: a\n    divisible: maybe\n"));
        e = assertThrows(InputException.class, () -> DecisionFileReader.read(g));
        assertEquals("issues[0].divisible", e.fieldPath(), e.userMessage());
        assertTrue(e.getMessage().contains("true or false"), e.userMessage());
        Path h = write("pe.yaml", GOOD.replace("  - id: a\n", "  - id: a\n    package: ''\n"));
        e = assertThrows(InputException.class, () -> DecisionFileReader.read(h));
        assertEquals("issues[0].package", e.fieldPath(), e.userMessage());
    }

    @Test
    void needsAMember() throws Exception {
        Path f = write("nm.yaml", GOOD.replace("{name: A, position: 100, salience: 1, capability: 1, member: true}",
                "{name: A, position: 100, salience: 1, capability: 1, member: false}"));
        InputException e = assertThrows(InputException.class, () -> DecisionFileReader.read(f));
        assertEquals("issues[1].actors", e.fieldPath());
        assertTrue(e.getMessage().contains("member: true"), e.getMessage());
    }

    @Test
    void rejectsStructure() throws Exception {
        assertEquals("file not found", assertThrows(InputException.class,
                () -> DecisionFileReader.read(dir.resolve("nope.yaml"))).getMessage());
        assertTrue(assertThrows(InputException.class, () -> DecisionFileReader.read(write("m.yaml", "issues: [\n")))
                .getMessage().startsWith("malformed YAML"));
        assertTrue(assertThrows(InputException.class, () -> DecisionFileReader.read(write("l.yaml", "- 1\n- 2\n")))
                .getMessage().contains("expected a mapping"));
        assertTrue(assertThrows(InputException.class, () -> DecisionFileReader.read(write("e.yaml", "issues: []\n")))
                .getMessage().contains("empty"));
        InputException e = assertThrows(InputException.class, () -> DecisionFileReader.read(write("s.yaml", "isues: []\n")));
        assertTrue(e.getMessage().contains("did you mean 'issues'"), e.getMessage());
        e = assertThrows(InputException.class, () -> DecisionFileReader.read(write("n.yaml", "id: x\nstatusQuo: 1\n")));
        assertEquals("actors", e.fieldPath());
        e = assertThrows(InputException.class, () -> DecisionFileReader.read(write("d.yaml", GOOD + "rule: simple-majority\n")));
        assertTrue(e.getMessage().toLowerCase().contains("duplicate"), e.getMessage());
    }
}
