package org.scosim.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The DuckDB SQL of docs/analysis.md, run as printed against the results of the commands the docs give (the rules
 * comparison of scenarios/compare/README.md, a sweep with per-run tables, a sensitivity screening), with
 * {@code results/} pointing at a temporary folder. Each answer is checked against what the same runs wrote
 * elsewhere, by other code: the runs' own summaries (series.csv), the vetoes measure, sweep.csv, and the design
 * points' exact values and design.csv.
 */
class AnalysisDocTest {
    private static final int REPLICATIONS = 4, SWEEP_REPLICATIONS = 3;

    @TempDir
    static Path tmp;
    private static Path results;
    private static List<String> queries;

    @BeforeAll
    static void runTheDocsCommands() throws IOException {
        results = tmp.resolve("results");
        assertEquals(0, SweepCommandTest.run("compare", "scenarios/sco-baseline.yaml", "scenarios/rules/unanimity.yaml",
                "scenarios/rules/qualified-majority.yaml", "-n", String.valueOf(REPLICATIONS), "--no-plots",
                "--no-comparison-plots", "-q", "--out", results.resolve("compare/rules").toString()));
        assertEquals(0, SweepCommandTest.run("sweep", "scenarios/sco-baseline.yaml", "--vary", "rule.type=unanimity,opt-out",
                "--vary", "parameters.trustDecay=0.02,0.05", "-n", String.valueOf(SWEEP_REPLICATIONS), "--tables", "measures",
                "-q", "--out", results.resolve("sweep/x").toString()));
        assertEquals(0, SweepCommandTest.run("sensitivity", "scenarios/sco-baseline.yaml", "--factor",
                "parameters.trustDecay=0.02:0.2", "--factor", "parameters.implementationRate=0.1:0.5", "--samples", "2",
                "-n", String.valueOf(SWEEP_REPLICATIONS), "-q", "--out", results.resolve("sensitivity/screen").toString()));
        queries = sqlOf(Files.readString(Path.of("docs/analysis.md")));
    }

    /** The statements of every ```sql block, in order. */
    static List<String> sqlOf(String markdown) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while ((at = markdown.indexOf("```sql", at)) >= 0) {
            int end = markdown.indexOf("```", at + 6);
            for (String q : markdown.substring(at + 6, end).split(";")) {
                if (!q.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) out.add(q.strip());
            }
            at = end + 3;
        }
        return out;
    }

    /** A query's rows, each a column-name-to-value map, with the docs' {@code 'results/} pointing at the temporary folder. */
    private static List<Map<String, Object>> rows(String query) throws SQLException {
        String sql = query.replace("'results/", "'" + results.toString().replace("'", "''") + "/");
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int k = 1; k <= n; k++) row.put(r.getMetaData().getColumnLabel(k), r.getObject(k));
                rows.add(row);
            }
        }
        return rows;
    }

    private static String query(String containing) {
        return queries.stream().filter(q -> q.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("docs/analysis.md has no query with " + containing));
    }

    @Test
    void theDocsHoldFourQueriesAndEachRuns() throws SQLException {
        assertEquals(4, queries.size(), queries.toString());
        for (String q : queries) assertFalse(rows(q).isEmpty(), q);
    }

    @Test
    void theMeanPerScenarioIsTheRunsOwnSummary() throws SQLException, IOException {
        List<Map<String, Object>> rows = rows(query("half_ci"));
        assertEquals(List.of("rule-qualified-majority", "rule-unanimity", "sco-baseline"),
                rows.stream().map(r -> r.get("run")).toList(), "one row a scenario, in name order");
        for (Map<String, Object> r : rows) {
            assertEquals(REPLICATIONS, ((Number) r.get("n")).intValue());
            String[] series = Files.readAllLines(results.resolve("compare/rules/" + r.get("run") + "/series.csv")).stream()
                    .filter(l -> l.startsWith("intra_sco_trade_bn_usd,SCO,2016,")).findFirst().orElseThrow().split(",");
            double mean = Double.parseDouble(series[4]), sd = Double.parseDouble(series[5]);
            assertEquals(mean, ((Number) r.get("mean")).doubleValue(), 1e-5 * mean, "mean of " + r.get("run"));
            assertEquals(1.96 * sd / Math.sqrt(REPLICATIONS), ((Number) r.get("half_ci")).doubleValue(), 1e-4 * sd);
        }
    }

    @Test
    void theVetoesByProposalAddUpToTheVetoesMeasure() throws SQLException {
        long byProposal = rows(query("AS vetoes")).stream().mapToLong(r -> ((Number) r.get("vetoes")).longValue()).sum();
        long measured = ((Number) rows("SELECT sum(value) AS v FROM 'results/compare/rules/*/measures.parquet' "
                + "WHERE measure = 'vetoes' AND subject = 'SCO'").get(0).get("v")).longValue();
        assertTrue(measured > 0, "the baseline's proposals meet vetoes under unanimity");
        assertEquals(measured, byProposal);
    }

    @Test
    void theSweepsMeansAreSweepCsvs() throws SQLException, IOException {
        List<String> lines = Files.readAllLines(results.resolve("sweep/x/sweep.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int type = header.indexOf("rule.type"), decay = header.indexOf("parameters.trustDecay"),
                year = header.indexOf("year"), trust = header.indexOf("mean_trust");
        Map<String, double[]> sums = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",");
            if (!c[year].equals("2016")) continue;
            double[] s = sums.computeIfAbsent(c[type] + "/" + Double.parseDouble(c[decay]), k -> new double[2]);
            s[0] += Double.parseDouble(c[trust]);
            s[1]++;
        }
        List<Map<String, Object>> rows = rows(query("mean_trust_2016"));
        assertEquals(4, rows.size(), "two rules times two decays");
        for (Map<String, Object> r : rows) {
            double[] s = sums.get(r.get("rule.type") + "/" + ((Number) r.get("parameters.trustDecay")).doubleValue());
            assertNotNull(s, r.toString());
            assertEquals(SWEEP_REPLICATIONS, s[1]);
            assertEquals(s[0] / s[1], ((Number) r.get("mean_trust_2016")).doubleValue(), 1e-6, r.toString());
        }
    }

    @Test
    void aSensitivityAnalysisPointMeansAreThoseOfItsPointsExactValues() throws IOException, SQLException {
        Path dir = results.resolve("sensitivity/screen");
        List<String> measures = org.scosim.experiment.Sweep.DEFAULT_MEASURES;
        int m = measures.indexOf("agreements_implemented");
        List<Map<String, Object>> rows = rows(query("AS agreements_implemented"));
        List<String> design = Files.readAllLines(dir.resolve("design.csv"));
        assertEquals(design.size() - 1, rows.size(), "a row a design point: 2 trajectories of 3 points");
        double[][][] exact = org.scosim.experiment.sensitivity.PointRuns.read(dir, rows.size(), measures, SWEEP_REPLICATIONS);
        List<String> head = List.of(design.get(0).split(","));
        for (Map<String, Object> r : rows) {
            int p = ((Number) r.get("point")).intValue();
            String[] d = design.get(p).split(",");
            assertEquals(Integer.toString(p), d[0]);
            assertEquals(Double.parseDouble(d[head.indexOf("parameters.trustDecay")]),
                    ((Number) r.get("parameters.trustDecay")).doubleValue(), 0.0, r.toString());
            assertEquals(Double.parseDouble(d[head.indexOf("parameters.implementationRate")]),
                    ((Number) r.get("parameters.implementationRate")).doubleValue(), 0.0, r.toString());
            assertEquals(SWEEP_REPLICATIONS, ((Number) r.get("replications")).intValue());
            double sum = 0;
            for (double v : exact[m][p - 1]) sum += v;
            assertEquals(sum / SWEEP_REPLICATIONS, ((Number) r.get("agreements_implemented")).doubleValue(), 1e-5, r.toString());
        }
    }
}
