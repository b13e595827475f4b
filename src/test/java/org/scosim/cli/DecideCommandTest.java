package org.scosim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DecideCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new DecideCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static final String GOOD = """
            issues:
              - id: bank
                statusQuo: 0
                actors:
                  - {name: A, position: 100, salience: 1, capability: 1, member: true}
                  - {name: B, position: 50, salience: 1, capability: 1, member: true}
                  - {name: C, position: 10, salience: 1, capability: 1, member: true}
              - id: club
                statusQuo: 20
                rule: {type: opt-out, minParticipants: 1}
                actors:
                  - {name: A, position: 80, salience: 1, capability: 3, member: true}
                  - {name: B, position: 20, salience: 1, capability: 1, member: true}
            """;

    Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void printsOneRowPerIssue() throws Exception {
        Run r = run(write("good.yaml", GOOD).toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(List.of(
                "id,rule,adopted,outcome,participants,vetoes,opt_outs,pivotal",
                "bank,unanimity,true,20,A;B;C,C,,C",
                "club,opt-out:1,true,80,A,,B,A"), r.out().lines().toList());
    }

    @Test
    void ruleOptionOverridesAndExplains() throws Exception {
        Run r = run(write("good.yaml", GOOD).toString(), "--rule", "qualified-majority:0.6", "--explain");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("bank,qualified-majority:0.6,true,53.3,A;B;C,,,A;B", lines.get(1));
        assertEquals("club,qualified-majority:0.6,false,20,,B,,B", lines.get(2));
        assertTrue(r.out().contains("== bank =="));
        assertTrue(r.out().contains("Compromise: weighting each position by capability x salience gives 53.3"), r.out());
        assertTrue(r.out().contains("B's opposition holds the outcome at the status quo 20; under unanimity it would also be the status quo 20 (no agreement)."), r.out());
    }

    static final String PACKAGE = """
            issues:
              - id: item-1
                package: deal
                statusQuo: 0
                actors:
                  - {name: A, position: 100, salience: 1, capability: 1, member: true}
                  - {name: B, position: 0, salience: 0.4, capability: 1, member: true}
              - id: alone
                statusQuo: 0
                actors:
                  - {name: A, position: 50, salience: 1, capability: 1, member: true}
              - id: item-2
                package: deal
                statusQuo: 0
                actors:
                  - {name: A, position: 0, salience: 0.1, capability: 1, member: true}
                  - {name: B, position: 40, salience: 1, capability: 1, member: true}
                  - {name: X, position: 100, salience: 1, capability: 1, member: false}
            """;

    @Test
    void decidesPackagesTogetherAndExplainsTheTrade() throws Exception {
        Path out = dir.resolve("res.json");
        Run r = run(write("pk.yaml", PACKAGE).toString(), "--explain", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        // Worked by hand in docs/decision-core.md: the package goes 84% of the way, to 60 and 56.
        assertEquals("id,rule,adopted,outcome,participants,vetoes,opt_outs,pivotal,package", lines.get(0));
        assertEquals("item-1,unanimity,true,60,A;B,B,,B,deal", lines.get(1));
        assertEquals("alone,unanimity,true,50,A,,,A,", lines.get(2));
        assertEquals("item-2,unanimity,true,56,A;B,B,,B,deal", lines.get(3));
        assertTrue(r.out().contains("== package deal =="), r.out());
        assertTrue(r.out().contains("A concedes on item-2 (loses 5.6) for item-1 (gains 60)."), r.out());
        assertTrue(r.out().contains("B concedes on item-1 (loses 24) for item-2 (gains 24)."), r.out());
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertEquals("deal", root.get("issues").get(0).get("package").asText());
        JsonNode p = root.get("packages").get(0);
        assertEquals(0.84, p.get("share").asDouble(), 1e-12);
        assertEquals("item-1", p.get("concessions").get(1).get("conceded").get(0).asText());
        assertEquals("B", p.get("concessions").get(1).get("member").asText());
    }

    /** The OBSERVED block in the header of every classroom file is what {@code scosim decide} prints. */
    @Test
    void classroomHeadersListWhatDecidePrints() throws Exception {
        List<Path> files;
        try (var s = Files.list(Path.of("scenarios", "classroom"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("^#   (\\S+)\\s+(\\S+)\\s+(.+)$");
        for (Path f : files) {
            int checked = 0;
            java.util.Map<String, List<String>> byRule = new java.util.HashMap<>();
            for (String l : Files.readAllLines(f)) {
                var m = line.matcher(l);
                if (!m.matches() || !(m.group(3).startsWith("adopted") || m.group(3).startsWith("not adopted"))) continue;
                List<String> rows = byRule.computeIfAbsent(m.group(1), r -> run(f.toString(), "--rule", r).out().lines().toList());
                String row = rows.stream().filter(x -> x.startsWith(m.group(2) + ",")).findFirst().orElseThrow();
                String[] c = row.split(",", -1);
                String text = (c[2].equals("true") ? "adopted at " + c[3] : "not adopted (stays " + c[3] + ")")
                        + (c[5].isEmpty() ? "" : "; vetoes/blocking: " + c[5].replace(";", ", "))
                        + (c[6].isEmpty() ? "" : "; opt out: " + c[6].replace(";", ", "));
                assertEquals(m.group(3).strip(), text, f + ": " + l);
                checked++;
            }
            assertTrue(checked >= 6, f + ": no OBSERVED block");
        }
    }

    @Test
    void explainsVetoCounterfactual() throws Exception {
        Run r = run(write("good.yaml", GOOD).toString(), "--explain");
        assertTrue(r.out().contains("C's veto holds the outcome at 20; under qualified majority (2/3) it would be 53.3."), r.out());
    }

    @Test
    void writesCsvAtomically() throws Exception {
        Path out = dir.resolve("res.csv");
        Files.writeString(out, "old");
        Run r = run(write("good.yaml", GOOD).toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("id,rule,adopted,outcome,participants,vetoes,opt_outs,pivotal", lines.get(0));
        assertEquals("bank,unanimity,true,20,A;B;C,C,,C", lines.get(1));
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file left behind");
        }
    }

    @Test
    void writesJson() throws Exception {
        Path out = dir.resolve("res.json");
        Run r = run(write("good.yaml", GOOD).toString(), "--out", out.toString(), "--rule", "simple-majority");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        JsonNode bank = root.get("issues").get(0);
        assertEquals("bank", bank.get("id").asText());
        assertEquals(53.333333, bank.get("outcome").asDouble(), 1e-5);
        assertEquals("no", bank.get("votes").get("C").asText());
        assertEquals(0, bank.get("statusQuo").asDouble());
        assertTrue(bank.get("explanation").size() > 3);
    }

    /** Each class of bad input: exit 2, one line naming the file (and field), no stack trace. */
    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', value = {
            "statusQuo: 0       | statusQuo: [0      | malformed YAML",
            "statusQuo: 0       | statusQou: 0       | issues[0].statusQou: unknown field 'statusQou' (did you mean 'statusQuo'?)",
            "statusQuo: 0       | statusQuo: zero    | issues[0].statusQuo: expected a number in [0, 100], got a string",
            "position: 50,      | position: 150,     | issues[0].actors[1].position: expected a number in [0, 100], got 150",
            "minParticipants: 1 | minParticipants: 0 | issues[1].rule.minParticipants: expected an integer >= 1",
            "type: opt-out      | type: opt-in       | issues[1].rule.type: unknown rule 'opt-in' (did you mean 'opt-out'?)",
    })
    void badInput(String from, String to, String fragment) throws Exception {
        String text = GOOD.replace(from, to.replace("\\n", "\n"));
        assertNotEquals(GOOD, text);
        Path f = write("bad.yaml", text);
        Run r = run(f.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("scosim decide: " + f + ":"), r.err());
        assertTrue(r.err().contains(fragment), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingFile() {
        Run r = run(dir.resolve("nope.yaml").toString());
        assertEquals(2, r.code());
        assertEquals("scosim decide: " + dir.resolve("nope.yaml") + ": file not found", r.err().strip());
    }

    @Test
    void badOptions() throws Exception {
        Path f = write("good.yaml", GOOD);
        Run r = run(f.toString(), "--rule", "unanimty");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("scosim decide: --rule: unknown rule 'unanimty' (did you mean 'unanimity'?)"), r.err());
        r = run(f.toString(), "--rule", "opt-out:0");
        assertEquals(2, r.code());
        r = run(f.toString(), "--out", dir.resolve("x.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(".csv or .json"), r.err());
        r = run(f.toString(), "--out", dir.resolve("no/such/dir/x.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("scosim decide: cannot write"), r.err());
        r = run();    // no FILE: picocli's usage error
        assertEquals(2, r.code());
    }

    @Test
    void help() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().replaceAll("\\s+", "").contains("weighted-majority:gdp:0.6"), r.out());
    }
}
