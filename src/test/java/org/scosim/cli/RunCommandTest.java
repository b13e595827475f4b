package org.scosim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scosim.output.Tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RunCommandTest {
    static final String BASELINE = "scenarios/sco-baseline.yaml";

    static int run(String... args) {
        return Main.commandLine().execute(args);
    }

    @Test
    void writesEveryOutputAndTheCsvFilesAreIdenticalWhateverTheThreadCount(@TempDir Path tmp) throws IOException {
        Path one = tmp.resolve("one"), two = tmp.resolve("two");
        assertEquals(0, run("run", BASELINE, "-n", "6", "--seed", "99", "--threads", "1", "--out", one.toString(), "-q"));
        assertEquals(0, run("run", BASELINE, "-n", "6", "--seed", "99", "--threads", "2", "--out", two.toString(), "-q", "--no-plots"));
        for (Tables t : Tables.values()) {
            byte[] a = Files.readAllBytes(one.resolve(t.file()));
            byte[] b = Files.readAllBytes(two.resolve(t.file()));
            assertArrayEquals(a, b, t.file() + " differs between 1 and 2 threads");
        }
        assertArrayEquals(Files.readAllBytes(one.resolve("series.csv")), Files.readAllBytes(two.resolve("series.csv")));
        for (String f : List.of("summary.json", "series.csv", "intra-sco-trade.png", "intra-sco-trade.svg",
                "china-trade-vs-table1.png", "mean-trust.png", "agreements.png", "security.png")) {
            assertTrue(Files.size(one.resolve(f)) > 0, f);
        }
        try (var files = Files.list(one)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".part")), "no .part file left behind");
        }
        List<String> trade = Files.readAllLines(one.resolve("trade.csv"));
        assertEquals("run,replication,seed,year,reporter,partner,trade_bn_usd", trade.get(0));
        // 6 replications x 21 years x 78 pairs of 13 states
        assertEquals(1 + 6 * 21 * 78, trade.size());
        // the same key columns as measures.csv: run (the scenario's name), replication, seed, year
        List<String> measures = Files.readAllLines(one.resolve("measures.csv"));
        String key5 = measures.stream().filter(l -> l.split(",")[1].equals("5") && l.split(",")[3].equals("2016")).findFirst().orElseThrow();
        String prefix = String.join(",", java.util.Arrays.copyOf(key5.split(","), 4));
        assertTrue(trade.stream().anyMatch(l -> l.startsWith(prefix + ",CHN,RUS,")), prefix);
        String summary = Files.readString(one.resolve("summary.json"));
        assertTrue(summary.contains("\"scenarioSha256\""));
        assertTrue(summary.contains("\"resolvedScenario\""));
        assertTrue(summary.contains("\"intra_sco_trade_bn_usd\""));
    }

    @Test
    void everyAdoptedAgreementIsInOneStageAndTheSummarySaysSo(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("o");
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(0, run("run", BASELINE, "-n", "3", "--seed", "4", "--out", out.toString(), "--no-plots"));
        } finally {
            System.setOut(old);
        }
        // Per replication and year, from the tidy table: adopted = implemented + in progress + on paper.
        java.util.Map<String, double[]> byRow = new java.util.HashMap<>();
        List<String> names = List.of("agreements_adopted", "agreements_implemented", "agreements_in_progress", "agreements_on_paper");
        List<String> rows = Files.readAllLines(out.resolve("measures.csv"));
        for (String line : rows.subList(1, rows.size())) {
            String[] c = line.split(",");
            int k = names.indexOf(c[4]);
            if (k < 0) continue;
            byRow.computeIfAbsent(c[1] + "/" + c[3], x -> new double[4])[k] = Double.parseDouble(c[6]);
        }
        assertEquals(3 * 21, byRow.size());
        boolean someInEachStage = false;
        for (var e : byRow.entrySet()) {
            double[] v = e.getValue();
            assertEquals(v[0], v[1] + v[2] + v[3], 0, e.getKey());
            someInEachStage |= v[1] > 0 && v[2] > 0 && v[3] > 0;
        }
        assertTrue(someInEachStage, "the check is not vacuous");
        String summary = buf.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(summary.contains("Every adopted agreement is in one stage: "), summary);
        assertTrue(summary.contains("Warning: Only 3 replications"), summary);
    }

    @Test
    void anotherSeedGivesOtherRows(@TempDir Path tmp) throws IOException {
        assertEquals(0, run("run", BASELINE, "-n", "2", "--seed", "1", "--out", tmp.resolve("a").toString(), "-q", "--no-plots"));
        assertEquals(0, run("run", BASELINE, "-n", "2", "--seed", "2", "--out", tmp.resolve("b").toString(), "-q", "--no-plots"));
        assertFalse(Files.readString(tmp.resolve("a/trade.csv")).equals(Files.readString(tmp.resolve("b/trade.csv"))));
    }

    @Test
    void badScenarioExitsWithTwoAndWritesNothing(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: x\nperiod: {start: 2000, end: 1990}\n");
        Path out = tmp.resolve("out");
        assertEquals(2, run("run", bad.toString(), "--out", out.toString(), "-q"));
        assertFalse(Files.exists(out));
        assertEquals(2, run("run", tmp.resolve("missing.yaml").toString(), "--out", out.toString(), "-q"));
        assertFalse(Files.exists(out));
    }

    @Test
    void refusesToWriteIntoAFolderThatHoldsFiles(@TempDir Path tmp) throws IOException {
        Path keep = tmp.resolve("trade.csv");
        Files.writeString(keep, "precious");
        assertEquals(2, run("run", BASELINE, "-n", "1", "--out", tmp.toString(), "-q", "--no-plots"));
        assertEquals("precious", Files.readString(keep));
    }

    @Test
    void rejectsNonsenseOptions(@TempDir Path tmp) {
        assertEquals(2, run("run", BASELINE, "-n", "0", "--out", tmp.resolve("o").toString(), "-q"));
        assertEquals(2, run("run", BASELINE, "--threads", "0", "--out", tmp.resolve("o").toString(), "-q"));
        assertEquals(2, run("run", BASELINE, "--replications", "many"));
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void writesOnlyTheChosenTablesWithTheSameRows(@TempDir Path tmp) throws IOException {
        Path all = tmp.resolve("all"), some = tmp.resolve("some");
        assertEquals(0, run("run", BASELINE, "-n", "2", "--out", all.toString(), "-q", "--no-plots"));
        assertEquals(0, run("run", BASELINE, "-n", "2", "--tables", "trade", "--out", some.toString(), "-q", "--no-plots"));
        assertTrue(Files.exists(some.resolve("trade.csv")));
        assertFalse(Files.exists(some.resolve("decisions.csv")));
        assertFalse(Files.exists(some.resolve("measures.csv")));
        assertArrayEquals(Files.readAllBytes(all.resolve("trade.csv")), Files.readAllBytes(some.resolve("trade.csv")));
        assertArrayEquals(Files.readAllBytes(all.resolve("series.csv")), Files.readAllBytes(some.resolve("series.csv")));
        assertEquals(2, run("run", BASELINE, "--tables", "trades", "--out", tmp.resolve("x").toString(), "-q"));
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
