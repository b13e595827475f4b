package org.scosim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scosim.experiment.ExperimentDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SweepCommandTest {
    /** A short baseline (1996-2000) keeps the sweeps fast. */
    static Path shortBaseline(Path tmp) throws IOException {
        Path f = tmp.resolve("short.yaml");
        Path base = tmp.toAbsolutePath().relativize(Path.of("scenarios/sco-baseline.yaml").toAbsolutePath());
        Files.writeString(f, "extends: " + base + "\nname: short\nperiod: {end: 2000}\n");
        return f;
    }

    static int run(String... args) {
        return Main.commandLine().execute(args);
    }

    @Test
    void manyShortPointsSideBySideAndBoundWhenDueWriteTheFilesOfPointsRunOneAfterTheOther(@TempDir Path tmp) throws IOException {
        String sc = shortBaseline(tmp).toString();
        // 10 points of 2 replications: on 2 threads they go to the workers whole (at least 4 a thread)
        String[] args = {sc, "--vary", "parameters.trustDecay=0.01:0.01:0.1", "-n", "2", "--seed", "5", "-q", "--tables", "measures"};
        Path one = tmp.resolve("one"), kept = tmp.resolve("kept"), bound = tmp.resolve("bound");
        assertEquals(0, run(concat(concat(new String[]{"sweep"}, args), "--threads", "1", "--out", one.toString())));
        assertEquals(0, run(concat(concat(new String[]{"sweep"}, args), "--threads", "2", "--out", kept.toString())));
        SweepCommand large = new SweepCommand();
        large.keepScenarios = 0;   // as a design too large to keep its scenarios: each point bound again when it runs
        assertEquals(0, new picocli.CommandLine(large).execute(concat(args, "--threads", "2", "--out", bound.toString())));
        List<Path> files;
        try (var walk = Files.walk(one)) {
            files = walk.filter(Files::isRegularFile).map(one::relativize).sorted().toList();
        }
        assertTrue(files.contains(Path.of("runs/0010/measures.parquet")) && files.contains(Path.of("runs/0010/values.bin")));
        for (Path other : List.of(kept, bound)) {
            try (var walk = Files.walk(other)) {
                assertEquals(files, walk.filter(Files::isRegularFile).map(other::relativize).sorted().toList());
            }
            for (Path f : files) {
                if (f.toString().endsWith(".json")) {
                    assertEquals(withoutClock(one.resolve(f)), withoutClock(other.resolve(f)), other.getFileName() + "/" + f);
                } else {
                    assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(other.resolve(f)), other.getFileName() + "/" + f);
                }
            }
        }
    }

    /** The names of the files in {@code dir}, sorted. */
    static List<String> namesIn(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** A JSON file's lines without those that name when it was written, or the folder it was written to. */
    private static List<String> withoutClock(Path f) throws IOException {
        return Files.readAllLines(f).stream().filter(l -> !l.contains("startedAt") && !l.contains("createdAt")
                && !l.contains("\"out\"") && !l.contains("--out")).toList();
    }

    @Test
    void gridSweepIsTidyAndTheSameWhateverTheThreadsAndAfterAnInterruption(@TempDir Path tmp) throws IOException {
        String sc = shortBaseline(tmp).toString();
        Path one = tmp.resolve("one"), two = tmp.resolve("two");
        String[] common = {"sweep", sc, "--vary", "rule.type=unanimity,opt-out", "--vary", "parameters.trustDecay=0.05:0.05:0.15",
                "--vary", "seed=1", "-n", "3", "--seed", "11", "-q", "--tables", "measures"};
        assertEquals(0, run(concat(common, "--threads", "1", "--out", one.toString())));
        assertEquals(0, run(concat(common, "--threads", "2", "--out", two.toString())));
        for (String f : List.of("sweep.csv", "points.csv", "sweep-summary.csv", "runs/0004/measures.parquet")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        List<String> rows = Files.readAllLines(one.resolve("sweep.csv"));
        assertEquals("run,replication,seed,year,rule.type,parameters.trustDecay,agreements_adopted,"
                + "agreements_implemented,mean_trust,intra_sco_trade_bn_usd", rows.get(0), "only varying paths are columns");
        assertEquals(1 + 6 * 3 * 5, rows.size(), "6 points x 3 replications x 5 years");
        assertTrue(rows.get(1).startsWith("1,0,"));
        assertTrue(rows.get(1).contains(",1996,unanimity,0.05,"));
        assertEquals(List.of("run,rule.type,parameters.trustDecay,seed", "1,unanimity,0.05,1", "2,unanimity,0.1,1"),
                Files.readAllLines(one.resolve("points.csv")).subList(0, 3));
        // same replication seeds in every design point (common random numbers)
        String seed0 = rows.get(1).split(",")[2];
        assertTrue(rows.stream().filter(r -> r.startsWith("6,0,")).allMatch(r -> r.split(",")[2].equals(seed0)));
        assertTrue(Files.size(one.resolve("plots/mean_trust-vs-parameters.trustDecay.png")) > 0);
        assertTrue(Files.size(one.resolve("plots/agreements_adopted-vs-rule.type.svg")) > 0);
        assertTrue(Files.readString(one.resolve("provenance.json")).contains("\"scenarioSha256\""));
        // The report: one file, a heatmap per measure over the two varying paths, titles in words.
        String html = Files.readString(one.resolve("report.html"));
        CompareCommandTest.assertSelfContained(html);
        assertTrue(Files.size(one.resolve("plots/mean_trust-by-parameters.trustDecay-and-rule.type.svg")) > 0);
        assertEquals(4 + 4 * 2, html.split("<svg", -1).length - 1, "4 heatmaps and 4 x 2 plots against one path");
        assertTrue(html.contains("Trust decay") && html.contains("Decision rule"), "paths in words");
        assertTrue(html.contains("Only 3 replications"), "warning below 5 replications");
        assertArrayEquals(Files.readAllBytes(one.resolve("report.html")), Files.readAllBytes(two.resolve("report.html")));
        // without --tables a sweep keeps the summaries only: no per-run tables, the same sweep.csv
        Path three = tmp.resolve("three");
        String[] summaryOnly = java.util.Arrays.stream(common).filter(a -> !a.equals("--tables") && !a.equals("measures")).toArray(String[]::new);
        assertEquals(0, run(concat(summaryOnly, "--out", three.toString())));
        assertFalse(Files.exists(three.resolve("runs/0001/measures.parquet")) || Files.exists(three.resolve("runs/0001/measures.csv")));
        assertTrue(Files.exists(three.resolve("runs/0001/values.bin")));
        for (String f : List.of("sweep.csv", "sweep-summary.csv", "points.csv", "report.html", "runs/0006/values.bin")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(three.resolve(f)), f + " without --tables");
        }
        // a point without tables keeps what the combined files are built from; with tables it is a whole run
        for (int p = 1; p <= 6; p++) {
            String point = String.format("runs/%04d", p);
            assertEquals(List.of("done", "values.bin"), namesIn(three.resolve(point)), point + " without --tables");
            assertEquals(List.of("done", "measures.parquet", "series.csv", "summary.json", "values.bin"),
                    namesIn(one.resolve(point)), point + " with --tables measures");
        }
        // such a point, interrupted before its marker, is redone on resume like any other
        Files.delete(three.resolve("runs/0003").resolve(ExperimentDir.DONE));
        Files.writeString(three.resolve("runs/0003/values.bin.part"), "broken");
        Files.delete(three.resolve("sweep.csv"));
        assertEquals(0, run("sweep", "--resume", three.toString(), "-q"));
        assertEquals(List.of("done", "values.bin"), namesIn(three.resolve("runs/0003")));
        for (String f : List.of("sweep.csv", "runs/0003/values.bin")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(three.resolve(f)), f + " after resuming");
        }

        // Interrupt: point 2 lost its marker and has a broken table; the combined files are gone.
        Path p2 = two.resolve("runs/0002");
        Files.delete(p2.resolve(ExperimentDir.DONE));
        Files.writeString(p2.resolve("trade.csv.part"), "replication,ye");
        Files.delete(two.resolve("sweep.csv"));
        Files.delete(two.resolve("sweep-summary.csv"));
        assertEquals(0, run("sweep", "--resume", two.toString(), "-q"));
        for (String f : List.of("sweep.csv", "points.csv", "sweep-summary.csv", "runs/0002/measures.parquet", "runs/0002/values.bin")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        assertFalse(Files.exists(p2.resolve("trade.csv.part")));

        // The original command with --resume appended: accepted when it agrees (0.10 is 0.1), refused when not.
        Files.delete(p2.resolve(ExperimentDir.DONE));
        String err = CompareCommandTest.runErr(2, concat(common, "--out", two.toString(), "--resume", two.toString(),
                "--vary", "parameters.mutationRate=1"));
        assertTrue(err.startsWith("scosim sweep: cannot resume") && err.contains("--vary: "), err);
        // --resume with only a table option: that option too must agree with the original's
        err = CompareCommandTest.runErr(2, "sweep", "--resume", two.toString(), "--tables", "all", "-q");
        assertTrue(err.contains("--tables: all here, measures when started"), err);
        err = CompareCommandTest.runErr(2, "sweep", "--resume", two.toString(), "--format", "csv", "-q");
        assertTrue(err.contains("--format: csv here, not given when started"), err);
        String[] same = {"sweep", sc, "--vary", "rule.type=unanimity,opt-out", "--vary", "parameters.trustDecay=0.05,0.10,0.15",
                "--vary", "seed=1", "-n", "3", "--seed", "11", "-q", "--tables", "measures", "--resume", two.toString()};
        assertEquals(0, run(same));
        assertArrayEquals(Files.readAllBytes(one.resolve("sweep.csv")), Files.readAllBytes(two.resolve("sweep.csv")));
    }

    @Test
    void latinHypercubeRunsTheRequestedPoints(@TempDir Path tmp) throws IOException {
        String sc = shortBaseline(tmp).toString();
        Path out = tmp.resolve("lhs");
        assertEquals(0, run("sweep", sc, "--design", "lhs", "--samples", "4", "--vary", "parameters.trustDecay=0.02:0.001:0.2",
                "--vary", "rule.type=unanimity,opt-out", "-n", "2", "--measures", "mean_trust,members", "--out", out.toString(), "-q"));
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        assertEquals(5, points.size());
        List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals("run,replication,seed,year,parameters.trustDecay,rule.type,mean_trust,members", rows.get(0));
        assertEquals(1 + 4 * 2 * 5, rows.size());
    }

    @Test
    void aLatinHypercubeDrawsAContinuousRangeAndResumesOnlyWithIt(@TempDir Path tmp) throws IOException {
        String sc = shortBaseline(tmp).toString();
        Path out = tmp.resolve("lhs");
        String[] common = {"sweep", sc, "--design", "lhs", "--samples", "5", "--vary", "parameters.trustDecay=0.05:0.25",
                "-n", "2", "--measures", "mean_trust", "-q"};
        assertEquals(0, run(concat(common, "--out", out.toString())));
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        assertEquals("run,parameters.trustDecay", points.get(0));
        boolean[] stratum = new boolean[5];
        for (String row : points.subList(1, 6)) {
            double x = Double.parseDouble(row.split(",")[1]);
            assertTrue(x >= 0.05 && x <= 0.25, row);
            stratum[(int) Math.min(4, Math.floor((x - 0.05) / 0.04))] = true;   // 0.04 wide strata, far wider than six digits
        }
        assertArrayEquals(new boolean[] {true, true, true, true, true}, stratum);
        var design = ExperimentDir.JSON.readTree(out.resolve("provenance.json").toFile()).get("design").get("vary").get(0);
        assertEquals(0.05, design.get("min").asDouble());
        assertEquals(0.25, design.get("max").asDouble());
        assertFalse(design.has("values"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("any value from 0.05 to 0.25"));
        // resumed with the same range written otherwise it agrees; with another range it is refused
        Files.delete(out.resolve("runs/0004").resolve(ExperimentDir.DONE));
        byte[] before = Files.readAllBytes(out.resolve("sweep.csv"));
        String[] other = common.clone();
        other[7] = "parameters.trustDecay=0.05:0.3";
        String err = CompareCommandTest.runErr(2, concat(other, "--out", out.toString(), "--resume", out.toString()));
        assertTrue(err.startsWith("scosim sweep: cannot resume") && err.contains("--vary: "), err);
        String[] same = common.clone();
        same[7] = "parameters.trustDecay=0.050:.25";
        assertEquals(0, run(concat(same, "--out", out.toString(), "--resume", out.toString())));
        assertArrayEquals(before, Files.readAllBytes(out.resolve("sweep.csv")));
        // a grid refuses it, saying what to write instead
        err = CompareCommandTest.runErr(2, "sweep", sc, "--vary", "parameters.trustDecay=0.05:0.25", "--out", tmp.resolve("g").toString());
        assertTrue(err.contains("min:max is a continuous range, for --design lhs") && err.contains("0.05:0.02:0.25"), err);
        assertFalse(Files.exists(tmp.resolve("g")));
    }

    @Test
    void theClosingLineOfAResumedSweepSaysWhatRanNow(@TempDir Path tmp) throws IOException {
        String sc = shortBaseline(tmp).toString();
        Path out = tmp.resolve("s");
        assertEquals(0, run("sweep", sc, "--vary", "parameters.trustDecay=0.1,0.2,0.3", "-n", "2", "--out", out.toString(), "-q"));
        Files.delete(out.resolve("runs/0002").resolve(ExperimentDir.DONE));
        assertTrue(firstLine("sweep", "--resume", out.toString()).endsWith(" s (1 of 3 run now, the rest done already)"));
        assertTrue(firstLine("sweep", "--resume", out.toString()).endsWith(" s (all 3 were done already: the combined files written again)"));
    }

    private static String firstLine(String... args) {
        java.io.PrintStream old = System.out;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(0, run(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }

    @Test
    void userErrorsNameThePlaceExitTwoAndWriteNothing(@TempDir Path tmp) throws IOException {
        String sc = shortBaseline(tmp).toString();
        Path out = tmp.resolve("o");
        String[][] cases = {
                {"sweep", sc, "--vary", "rule.threshold", "--out", out.toString()},
                {"sweep", sc, "--vary", "parameters.trustDecay=0.1:0:0.2", "--out", out.toString()},
                {"sweep", sc, "--vary", "parameters.trustDecay=0.1:0.2", "--out", out.toString()},
                {"sweep", sc, "--vary", "parameters.trustDecay=0.2:0.1", "--design", "lhs", "--samples", "3", "--out", out.toString()},
                {"sweep", sc, "--vary", "parameters.trustDecay=0.1:x", "--out", out.toString()},
                {"sweep", sc, "--vary", "parameters.noSuchThing=1,2", "--out", out.toString()},
                {"sweep", sc, "--vary", "parameters.trustDecay=0.1,-5", "--out", out.toString()},
                {"sweep", sc, "--vary", "rule.type=unanimity,nonsense-rule", "--out", out.toString()},
                {"sweep", sc, "--vary", "x=1", "--design", "cube", "--out", out.toString()},
                {"sweep", sc, "--vary", "parameters.trustDecay=0.1", "--design", "lhs", "--out", out.toString()},
                {"sweep", sc, "--vary", "parameters.trustDecay=0.1", "--measures", "gdp_bn_usd", "--out", out.toString()},
                {"sweep", tmp.resolve("missing.yaml").toString(), "--vary", "parameters.trustDecay=0.1", "--out", out.toString()},
                {"sweep", sc, "--out", out.toString()},
                {"sweep", sc, "--vary", "rule.threshold=0.5", "--vary", "rule.threshold=0.6", "--out", out.toString()},
                {"sweep", sc, "--vary", "rule.threshold=0.5", "-n", "0", "--out", out.toString()},
                {"sweep", sc, "--vary", "rule.threshold=0.5", "--threads", "0", "--out", out.toString()},
                {"sweep", sc, "--vary", "rule.threshold=0.5", "--tables", "trades", "--out", out.toString()},
        };
        for (String[] c : cases) {
            String err = CompareCommandTest.runErr(2, c);
            assertTrue(err.startsWith("scosim sweep: "), String.join(" ", c) + " -> " + err);
            assertEquals(1, err.strip().lines().count(), "one line: " + err);
            assertFalse(err.contains("Exception"), err);
            assertFalse(Files.exists(out), String.join(" ", c));
        }
        String err = CompareCommandTest.runErr(2, "sweep", sc, "--vary", "parameters.noSuchThing=1,2", "--out", out.toString());
        assertTrue(err.contains("design point 1") && err.contains("noSuchThing"), err);
        err = CompareCommandTest.runErr(2, "sweep", sc, "--vary", "rule.threshold=0.5", "--vary", "rule.threshold=0.6");
        assertEquals("scosim sweep: --vary 'rule.threshold=0.6': rule.threshold is given twice", err.strip());
        err = CompareCommandTest.runErr(2, "sweep", sc, "--vary", "rule.threshold=0.5", "-n", "0");
        assertEquals("scosim sweep: --replications must be between 1 and 10000000, got 0", err.strip());
    }

    @Test
    void everyRowOfARunsTablesSaysWhatThePointVaried(@TempDir Path tmp) throws Exception {
        String sc = shortBaseline(tmp).toString();
        Path pq = tmp.resolve("pq"), csv = tmp.resolve("csv");
        String[] common = {"sweep", sc, "--vary", "rule.type=unanimity,opt-out", "--vary", "parameters.trustDecay=0.05,0.15",
                "-n", "2", "--seed", "3", "-q", "--tables", "measures,trade"};
        assertEquals(0, run(concat(common, "--out", pq.toString())));
        assertEquals(0, run(concat(common, "--out", csv.toString(), "--format", "csv")));
        List<String> points = Files.readAllLines(pq.resolve("points.csv"));
        assertEquals("run,rule.type,parameters.trustDecay", points.get(0));
        for (int p = 1; p <= 4; p++) {
            String[] pt = points.get(p).split(",");
            String run = String.format("runs/%04d/", p);
            // CSV: the varied settings right after year, on every row, as in sweep.csv
            List<String> rows = Files.readAllLines(csv.resolve(run + "trade.csv"));
            assertEquals("run,replication,seed,year,rule.type,parameters.trustDecay,reporter,partner,trade_bn_usd", rows.get(0));
            for (String r : rows.subList(1, rows.size())) {
                String[] f = r.split(",");
                assertEquals(pt[0], f[0]);
                assertEquals(pt[1], f[4], r);
                assertEquals(pt[2], f[5], r);
            }
            // Parquet: the same columns, typed by their values
            try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement()) {
                List<String> types = new java.util.ArrayList<>();
                try (var r = s.executeQuery("DESCRIBE SELECT * FROM '" + pq.resolve(run + "measures.parquet") + "'")) {
                    while (r.next()) types.add(r.getString(1) + " " + r.getString(2));
                }
                assertEquals(List.of("run VARCHAR", "replication INTEGER", "seed BIGINT", "year INTEGER", "rule.type VARCHAR",
                        "parameters.trustDecay DOUBLE", "measure VARCHAR", "subject VARCHAR", "value DOUBLE"), types);
                try (var r = s.executeQuery("SELECT DISTINCT \"rule.type\", \"parameters.trustDecay\" FROM '"
                        + pq.resolve(run + "measures.parquet") + "'")) {
                    assertTrue(r.next());
                    assertEquals(pt[1], r.getString(1));
                    assertEquals(Double.parseDouble(pt[2]), r.getDouble(2), 0.0);
                    assertFalse(r.next(), "one point, one setting");
                }
            }
        }
    }

    @Test
    void varyingTheSeedGivesEachPointItsOwnReplications(@TempDir Path tmp) throws IOException {
        String sc = shortBaseline(tmp).toString();
        Path out = tmp.resolve("s");
        assertEquals(0, run("sweep", sc, "--vary", "seed=1,2", "-n", "2", "--seed", "9", "-q", "--out", out.toString()));
        List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
        assertTrue(rows.get(0).startsWith("run,replication,seed,year,master_seed,"), rows.get(0));
        for (String r : rows.subList(1, rows.size())) {
            String[] f = r.split(",");
            long master = Long.parseLong(f[4]);
            assertEquals(Integer.parseInt(f[0]), master, "point 1 has seed 1, point 2 seed 2");
            assertEquals(org.scosim.scenario.Seeds.replication(master, Integer.parseInt(f[1])), Long.parseLong(f[2]), r);
        }
        assertTrue(Files.readString(out.resolve("provenance.json")).contains("\"replicationSeedsSameForEveryPoint\" : false"));
    }

    static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
