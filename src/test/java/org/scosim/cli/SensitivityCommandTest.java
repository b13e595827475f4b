package org.scosim.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scosim.io.TinyScenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class SensitivityCommandTest {
    static final String[] FACTORS = {"--factor", "parameters.trustDecay=0.05:0.3", "--factor", "parameters.implementationRate=0.1:0.5",
            "--factor", "parameters.tradeNoise=0.01:0.1", "--factor", "trust.initial=0.2:0.5"};

    static int run(String... args) {
        return Main.commandLine().execute(args);
    }

    static List<CSVRecord> csv(Path f) throws IOException {
        try (Reader r = Files.newBufferedReader(f)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    /**
     * The number of rows of a sensitivity analysis's outputs.csv, after checking with DuckDB that outputs.parquet holds
     * the same rows (with the same types as the run tables: run and measure text, replication and seed integers,
     * value and the factors doubles; NA: missing), and that both are in the same order.
     */
    static long sameRowsInBoth(Path csv, Path parquet) throws Exception {
        String fromCsv = "SELECT * FROM read_csv('" + csv + "', header = true, nullstr = 'NA', types = {'run': 'VARCHAR', "
                + "'replication': 'INTEGER', 'seed': 'BIGINT', 'measure': 'VARCHAR', 'value': 'DOUBLE'})";
        String fromParquet = "SELECT * FROM '" + parquet + "'";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); java.sql.Statement s = c.createStatement()) {
            for (String q : List.of("(" + fromCsv + ") EXCEPT ALL (" + fromParquet + ")", "(" + fromParquet + ") EXCEPT ALL (" + fromCsv + ")")) {
                try (java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM (" + q + ")")) {
                    r.next();
                    assertEquals(0, r.getLong(1), q);
                }
            }
            try (java.sql.ResultSet r = s.executeQuery("SELECT column_type FROM (DESCRIBE " + fromParquet + ")")) {
                List<String> types = new ArrayList<>();
                while (r.next()) types.add(r.getString(1));
                assertEquals(List.of("VARCHAR", "INTEGER", "BIGINT", "VARCHAR", "DOUBLE"), types.subList(0, 5));
                assertTrue(types.subList(5, types.size()).stream().allMatch("DOUBLE"::equals), types.toString());
            }
            // the same order: row k of one is row k of the other
            String numbered = "SELECT row_number() OVER () AS k, run, replication, measure, value FROM ";
            try (java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM (" + numbered + "(" + fromCsv + ")) a JOIN ("
                    + numbered + "(" + fromParquet + ")) b USING (k) WHERE a.run <> b.run OR a.replication <> b.replication "
                    + "OR a.measure <> b.measure OR a.value IS DISTINCT FROM b.value")) {
                r.next();
                assertEquals(0, r.getLong(1), "rows in the same order");
            }
        }
        return csv(csv).size();
    }

    /** A Morris analysis of the tiny scenario over the four test factors: {@code trajectories}, {@code n} replications. */
    static List<String> morris(Path tmp, int trajectories, int n) throws IOException {
        String sc = TinyScenario.write(tmp, "tiny.yaml", TinyScenario.TEXT).toString();
        List<String> common = new ArrayList<>(List.of("sensitivity", sc, "--method", "morris", "--samples",
                Integer.toString(trajectories), "-n", Integer.toString(n), "--seed", "5", "-q"));
        common.addAll(List.of(FACTORS));
        return common;
    }

    @Test
    void morrisRunIsTheSameWhateverTheThreadsAndAfterAnInterruption(@TempDir Path tmp) throws Exception {
        Path one = tmp.resolve("one"), two = tmp.resolve("two");
        List<String> common = morris(tmp, 5, 3);
        assertEquals(0, run(concat(common, "--threads", "1", "--out", one.toString())));
        assertEquals(0, run(concat(common, "--threads", "2", "--out", two.toString())));
        List<String> files = List.of("indices.csv", "design.csv", "outputs.parquet", "noise.csv", "report.html",
                "runs/0007.csv", "plots/mean_trust-morris.svg");
        for (String f : files) assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        assertFalse(Files.exists(one.resolve("outputs.csv")), "the outputs are Parquet unless --format csv");
        // --format csv: the same outputs as CSV, read back here by hand, and as DuckDB reads both files, the same rows
        Path csv = tmp.resolve("csv");
        assertEquals(0, run(concat(common, "--out", csv.toString(), "--format", "csv")));
        assertFalse(Files.exists(csv.resolve("outputs.parquet")));
        assertArrayEquals(Files.readAllBytes(one.resolve("indices.csv")), Files.readAllBytes(csv.resolve("indices.csv")));
        assertEquals(5 * 5 * 3 * 4, sameRowsInBoth(csv.resolve("outputs.csv"), one.resolve("outputs.parquet")));
        // the report's footer names the data behind it: every file it names is there, the outputs in their format
        for (Path dir : List.of(one, csv)) {
            String report = Files.readString(dir.resolve("report.html"));
            String footer = report.substring(report.indexOf("<footer>"), report.indexOf("</footer>"));
            java.util.regex.Matcher named = java.util.regex.Pattern.compile("<code>([a-z._/]+)</code>").matcher(footer);
            List<String> names = new ArrayList<>();
            while (named.find()) if (!named.group(1).startsWith("scosim")) names.add(named.group(1));
            assertTrue(names.containsAll(List.of("indices.csv", "design.csv", "noise.csv", "runs/", "plots/", "provenance.json",
                    dir == one ? "outputs.parquet" : "outputs.csv")), names.toString());
            for (String name : names) assertTrue(Files.exists(dir.resolve(name)), name + " named in the footer of " + dir);
        }

        List<String> lines = Files.readAllLines(one.resolve("indices.csv"));
        assertEquals("method,measure,factor,mu,mu_star,sigma", lines.get(0));
        assertEquals(1 + 4 * 4, lines.size(), "4 measures x 4 factors");
        List<CSVRecord> design = csv(one.resolve("design.csv"));
        assertEquals(5 * (4 + 1), design.size(), "r(k+1) points");

        // common random numbers: replication r has the same seed at every point
        Map<String, String> seedOf = new HashMap<>();
        List<CSVRecord> outputs = csv(csv.resolve("outputs.csv"));
        assertEquals(5 * 5 * 3 * 4, outputs.size(), "points x replications x measures");
        for (CSVRecord o : outputs) {
            String before = seedOf.putIfAbsent(o.get("replication"), o.get("seed"));
            if (before != null) assertEquals(before, o.get("seed"));
        }

        // mu of each factor recomputed by hand from the tidy tables: mean over replications per point, then the
        // change along each trajectory step divided by the factor's move as a share of its range
        String measure = "agreements_implemented";
        Map<Integer, Double> mean = new HashMap<>();
        Map<Integer, Integer> count = new HashMap<>();
        for (CSVRecord o : outputs) {
            if (!o.get("measure").equals(measure)) continue;
            int p = Integer.parseInt(o.get("run"));
            mean.merge(p, Double.parseDouble(o.get("value")), Double::sum);
            count.merge(p, 1, Integer::sum);
        }
        double[][] ranges = {{0.05, 0.3}, {0.1, 0.5}, {0.01, 0.1}, {0.2, 0.5}};
        String[] paths = {"parameters.trustDecay", "parameters.implementationRate", "parameters.tradeNoise", "trust.initial"};
        double[] sum = new double[4];
        int[] n = new int[4];
        for (int p = 2; p <= design.size(); p++) {
            CSVRecord cur = design.get(p - 1), prev = design.get(p - 2);
            if (cur.get("role").equals("start")) continue;
            int i = List.of(paths).indexOf(cur.get("role"));
            double du = (Double.parseDouble(cur.get(paths[i])) - Double.parseDouble(prev.get(paths[i]))) / (ranges[i][1] - ranges[i][0]);
            assertEquals(2.0 / 3.0, Math.abs(du), 1e-5, "delta = p/(2(p-1)) with p = 4");
            sum[i] += (mean.get(p) / count.get(p) - mean.get(p - 1) / count.get(p - 1)) / du;
            n[i]++;
        }
        for (CSVRecord r : csv(one.resolve("indices.csv"))) {
            if (!r.get("measure").equals(measure)) continue;
            int i = List.of(paths).indexOf(r.get("factor"));
            assertEquals(5, n[i], "each factor moves once per trajectory");
            assertEquals(sum[i] / n[i], Double.parseDouble(r.get("mu")), 1e-3 * Math.max(1, Math.abs(sum[i] / n[i])), r.get("factor"));
        }
        // trade noise acts on trade only: no effect on agreements, whatever its value
        assertTrue(csv(one.resolve("indices.csv")).stream().anyMatch(r -> r.get("factor").equals("parameters.tradeNoise")
                && r.get("measure").equals("agreements_adopted") && r.get("mu_star").equals("0")));
        String report = Files.readString(one.resolve("report.html"));
        assertTrue(report.contains("<svg") && !report.contains("<img") && !report.contains("<script"), "self-contained");
        assertTrue(report.contains("replication noise"));

        // interrupt: a point lost its file, another left a half-written one, the combined files are gone
        Files.delete(two.resolve("runs/0007.csv"));
        Files.writeString(two.resolve("runs/0008.csv.part"), "replication,se");
        Files.delete(two.resolve("indices.csv"));
        Files.delete(two.resolve("report.html"));
        assertEquals(0, run("sensitivity", "--resume", two.toString(), "-q"));
        for (String f : files) assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        assertFalse(Files.exists(two.resolve("runs/0008.csv.part")));

        // the original command with --resume appended: accepted when it agrees, refused with each option that differs
        Files.delete(two.resolve("runs/0007.csv"));
        assertEquals(0, run(concat(common, "--out", two.toString(), "--resume", two.toString())));
        assertArrayEquals(Files.readAllBytes(one.resolve("indices.csv")), Files.readAllBytes(two.resolve("indices.csv")));
        List<String> other = new ArrayList<>(common);
        other.set(other.indexOf("-n") + 1, "4");
        String err = CompareCommandTest.runErr(2, concat(other, "--resume", two.toString(), "--levels", "6"));
        assertTrue(err.startsWith("scosim sensitivity: cannot resume " + two), err);
        assertTrue(err.contains("--levels: 6 here, not given when started; --replications: 4 here, 3 when started"), err);
        err = CompareCommandTest.runErr(2, "sensitivity", "--resume", two.toString(), "--out", one.toString(), "-q");
        assertTrue(err.contains("--out: " + one + " is not the folder being resumed"), err);
    }

    @Test
    void perReplicationTablesOnRequestCarryEachPointsFactorValues(@TempDir Path tmp) throws Exception {
        Path plain = tmp.resolve("plain"), with = tmp.resolve("with");
        List<String> common = morris(tmp, 2, 2);
        assertEquals(0, run(concat(common, "--out", plain.toString())));
        assertEquals(0, run(concat(common, "--out", with.toString(), "--tables", "trade", "--format", "csv")));
        assertFalse(Files.exists(plain.resolve("runs/0001")), "no tables unless asked");
        assertArrayEquals(Files.readAllBytes(plain.resolve("indices.csv")), Files.readAllBytes(with.resolve("indices.csv")),
                "the tables change nothing else");
        List<CSVRecord> design = csv(with.resolve("design.csv"));
        List<String> factorPaths = new ArrayList<>();
        for (String h : Files.readAllLines(with.resolve("design.csv")).get(0).split(",")) {
            if (h.contains(".")) factorPaths.add(h);
        }
        assertEquals(4, factorPaths.size(), "the four factors");
        for (CSVRecord point : design) {
            Path table = with.resolve(String.format("runs/%04d/trade.csv", Integer.parseInt(point.get("run"))));
            List<CSVRecord> rows = csv(table);
            assertFalse(rows.isEmpty());
            for (CSVRecord r : rows) {
                assertEquals(point.get("run"), r.get("run"));
                for (String f : factorPaths) assertEquals(point.get(f), r.get(f), table + " " + f);
            }
        }
    }

    @Test
    void sobolRunWritesIntervalsAndTheConvergenceCheck(@TempDir Path tmp) throws IOException {
        String sc = TinyScenario.write(tmp, "tiny.yaml", TinyScenario.TEXT).toString();
        Path out = tmp.resolve("s");
        List<String> a = new ArrayList<>(List.of("sensitivity", sc, "--method", "sobol", "--samples", "16", "-n", "2",
                "--bootstrap", "100", "--measures", "mean_trust,agreements_adopted", "--year", "2004", "-q", "--out", out.toString()));
        a.addAll(List.of(FACTORS));
        Path two = tmp.resolve("s2");
        List<String> b = new ArrayList<>(a);
        b.set(b.indexOf(out.toString()), two.toString());
        a.addAll(List.of("--threads", "1"));
        b.addAll(List.of("--threads", "2"));
        assertEquals(0, run(a.toArray(new String[0])));
        assertEquals(0, run(b.toArray(new String[0])));
        for (String f : List.of("indices.csv", "convergence.csv", "report.html")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        List<String> lines = Files.readAllLines(out.resolve("indices.csv"));
        assertEquals("method,measure,factor,S1,S1_low,S1_high,ST,ST_low,ST_high", lines.get(0));
        assertEquals(1 + 2 * 4, lines.size());
        assertEquals(16 * (4 + 2), csv(out.resolve("design.csv")).size(), "N(k+2) points");
        assertEquals(1 + 2 * 4, Files.readAllLines(out.resolve("convergence.csv")).size());
        for (CSVRecord r : csv(out.resolve("indices.csv"))) {
            if (!r.get("measure").equals("mean_trust")) continue;   // the tiny agenda's count may not vary at all; BBB leaves in 2005
            double lo = Double.parseDouble(r.get("ST_low")), st = Double.parseDouble(r.get("ST")), hi = Double.parseDouble(r.get("ST_high"));
            assertTrue(lo <= st && st <= hi, r.toString());
        }
        assertTrue(Files.readString(out.resolve("report.html")).contains("Convergence"));
        assertTrue(Files.size(out.resolve("plots/mean_trust-sobol.png")) > 0);
    }

    @Test
    void userErrorsNameThePlaceExitTwoAndWriteNothing(@TempDir Path tmp) throws IOException {
        String sc = TinyScenario.write(tmp, "tiny.yaml", TinyScenario.TEXT).toString();
        Path out = tmp.resolve("o");
        String o = out.toString();
        String[][] cases = {
                {"sensitivity", sc, "--method", "fast", "--factor", "parameters.trustDecay=0.1:0.2", "--out", o},
                {"sensitivity", sc, "--factor", "parameters.trustDecay", "--out", o},
                {"sensitivity", sc, "--factor", "parameters.trustDecay=0.1,0.2", "--out", o},
                {"sensitivity", sc, "--factor", "parameters.trustDecay=0.3:0.1", "--out", o},
                {"sensitivity", sc, "--factor", "parameters.noSuchThing=0:1", "--out", o},
                {"sensitivity", sc, "--factor", "trust.initial=0.5:1.5", "--out", o},
                {"sensitivity", sc, "--factor", "parameters.trustDecay=0.1:0.2", "--factor", "parameters.trustDecay=0.1:0.3", "--out", o},
                {"sensitivity", sc, "--factor", "parameters.trustDecay=0.1:0.2", "--levels", "3", "--out", o},
                {"sensitivity", sc, "--factor", "parameters.trustDecay=0.1:0.2", "--measures", "gdp_bn_usd", "--out", o},
                {"sensitivity", sc, "--factor", "parameters.trustDecay=0.1:0.2", "--year", "1990", "--out", o},
                {"sensitivity", sc, "--factor", "parameters.trustDecay=0.1:0.2", "--samples", "0", "--out", o},
                {"sensitivity", sc, "--out", o},
                {"sensitivity", tmp.resolve("missing.yaml").toString(), "--factor", "parameters.trustDecay=0.1:0.2", "--out", o},
        };
        for (String[] c : cases) {
            String err = CompareCommandTest.runErr(2, c);
            assertTrue(err.startsWith("scosim sensitivity: "), String.join(" ", c) + " -> " + err);
            assertEquals(1, err.strip().lines().count(), "one line: " + err);
            assertFalse(err.contains("Exception"), err);
            assertFalse(Files.exists(out), String.join(" ", c));
        }
        String err = CompareCommandTest.runErr(2, "sensitivity", sc, "--factor", "trust.initial=0.5:1.5", "--out", o);
        assertTrue(err.contains("design point") && err.contains("trust.initial") && err.contains("tiny.yaml"), err);
        err = CompareCommandTest.runErr(2, "sensitivity", sc, "--factor", "parameters.trustDecay=0.3:0.1", "--out", o);
        assertTrue(err.contains("MIN must be below MAX"), err);
        // a point's values are all held at once, so an analysis allows fewer replications than a run
        err = CompareCommandTest.runErr(2, "sensitivity", sc, "--factor", "parameters.trustDecay=0.1:0.2", "-n", "100001", "--out", o);
        assertEquals("scosim sensitivity: --replications must be between 1 and 100000, got 100001", err.strip());
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count(), "only the scenario file");
        }
    }

    @Test
    void theShippedScreeningFactorsAreValidAtBothEndsOfTheirRanges() throws Exception {
        List<org.scosim.experiment.sensitivity.Factor> factors = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("scenarios/sensitivity/assumptions.args"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            assertTrue(line.startsWith("--factor="), line);
            factors.add(org.scosim.experiment.sensitivity.Factor.parse(line.substring("--factor=".length())));
        }
        assertEquals(20, factors.size(), "the documented 20-factor screening");
        for (double u : new double[] {0, 1}) {
            List<org.scosim.io.ScenarioOverride> o = new ArrayList<>();
            for (var f : factors) o.add(f.override(u));
            for (String sc : List.of("scenarios/sco-baseline.yaml", "scenarios/rules/unanimity.yaml")) {
                assertDoesNotThrow(() -> org.scosim.io.ScenarioReader.read(Path.of(sc), o), sc + " at u = " + u);
            }
        }
    }

    private static String[] concat(List<String> a, String... b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(List.of(b));
        return out.toArray(new String[0]);
    }
}
