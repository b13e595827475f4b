package org.scosim.experiment.spark;

import org.scosim.model.ModelBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scosim.cli.Main;
import org.scosim.experiment.ReplicationRunner;
import org.scosim.io.ScenarioReader;
import org.scosim.output.Layout;
import org.scosim.output.Measures;
import org.scosim.output.ReplicationOutput;
import org.scosim.output.Tables;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.Seeds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Spark in local mode: a sweep, a comparison and a sensitivity analysis give the same files as the local engine, and
 * a task that fails once is retried with the same result as a replication computed here.
 */
class SparkEngineTest {
    static int run(String... args) {
        return Main.commandLine().execute(args);
    }

    /** The baseline cut short to end in {@code end}, as a scenario file in {@code tmp}. */
    static Path shortBaseline(Path tmp, int end) throws java.io.IOException {
        Path f = tmp.resolve("short.yaml");
        Path base = tmp.toAbsolutePath().relativize(Path.of("scenarios/sco-baseline.yaml").toAbsolutePath());
        Files.writeString(f, "extends: " + base + "\nname: short\nperiod: {end: " + end + "}\n");
        return f;
    }

    /** Runs {@code command} on the local engine and on Spark (local[2]); the given files are byte for byte equal. */
    static Path sameOnBothEngines(Path tmp, String[] command, List<String> files) throws java.io.IOException {
        Path local = tmp.resolve("local"), spark = tmp.resolve("spark");
        assertEquals(0, run(concat(command, "--out", local.toString())));
        assertEquals(0, run(concat(command, "--out", spark.toString(), "--engine", "spark", "--spark-master", "local[2]")));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(spark.resolve(file)), file);
        }
        return spark;
    }

    @Test
    void aSweepOnSparkWritesTheSameFilesAsTheLocalEngine(@TempDir Path tmp) throws Exception {
        Path f = shortBaseline(tmp, 1999);
        String[] common = {"sweep", f.toString(), "--vary", "rule.type=unanimity,opt-out", "--vary",
                "parameters.trustDecay=0.05,0.15", "-n", "3", "--seed", "11", "-q", "--tables", "trade"};
        sameOnBothEngines(tmp, common, List.of("sweep.csv", "sweep-summary.csv", "points.csv", "report.html", "runs/0003/values.bin",
                "runs/0003/trade.parquet", "runs/0004/series.csv"));
    }

    @Test
    void aSweepWithoutTablesOnSparkKeepsWhatTheLocalEngineKeeps(@TempDir Path tmp) throws Exception {
        Path f = shortBaseline(tmp, 1998);
        String[] common = {"sweep", f.toString(), "--vary", "parameters.trustDecay=0.05,0.15", "-n", "2", "-q"};
        Path spark = sameOnBothEngines(tmp, common, List.of("sweep.csv", "sweep-summary.csv", "runs/0001/values.bin",
                "runs/0002/values.bin"));
        try (var s = Files.list(spark.resolve("runs/0002"))) {
            assertEquals(List.of("done", "values.bin"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aSweepOverSeedsOnSparkGivesEachPointItsOwnReplicationsAsLocally(@TempDir Path tmp) throws Exception {
        Path f = shortBaseline(tmp, 1998);
        String[] common = {"sweep", f.toString(), "--vary", "seed=5,6", "-n", "2", "-q", "--tables", "measures"};
        Path spark = sameOnBothEngines(tmp, common, List.of("sweep.csv", "runs/0001/measures.parquet", "runs/0002/values.bin"));
        String second = Files.readAllLines(spark.resolve("sweep.csv")).stream().filter(l -> l.startsWith("2,0,")).findFirst().orElseThrow();
        assertEquals(Long.toString(Seeds.replication(6, 0)), second.split(",")[2], "point 2 draws from its own seed");
    }

    @Test
    void aComparisonOnSparkWritesTheSameFilesAsTheLocalEngine(@TempDir Path tmp) throws Exception {
        Path base = tmp.toAbsolutePath().relativize(Path.of("scenarios/sco-baseline.yaml").toAbsolutePath());
        Path a = tmp.resolve("a.yaml"), b = tmp.resolve("b.yaml");
        Files.writeString(a, "extends: " + base + "\nname: a\nperiod: {end: 1999}\n");
        Files.writeString(b, "extends: " + base + "\nname: b\nperiod: {end: 1999}\nrule: {type: unanimity}\n");
        String[] common = {"compare", a.toString(), b.toString(), "-n", "3", "--seed", "5", "-q", "--no-plots", "--no-comparison-plots"};
        sameOnBothEngines(tmp, common, List.of("comparison.csv", "differences.csv", "report.html", "b/measures.parquet", "b/values.bin"));
    }

    @Test
    void aSensitivityAnalysisOnSparkWritesTheSameFilesAsTheLocalEngine(@TempDir Path tmp) throws Exception {
        Path f = shortBaseline(tmp, 1998);
        String[] common = {"sensitivity", f.toString(), "--method", "morris", "--samples", "3", "-n", "2", "--seed", "5", "-q",
                "--factor", "parameters.trustDecay=0.05:0.3", "--factor", "parameters.implementationRate=0.1:0.5",
                "--tables", "measures"};
        sameOnBothEngines(tmp, common, List.of("indices.csv", "outputs.parquet", "design.csv", "noise.csv", "report.html", "runs/0001.csv",
                "runs/0002/measures.parquet"));
    }

    @Test
    void aTaskThatFailsOnceIsRetriedWithTheSameResult() throws Exception {
        Scenario sc = ScenarioReader.read(Path.of("scenarios/classroom/gui/founding-five-1996.yaml")).scenario();
        List<List<ReplicationOutput>> out;
        try (SparkEngine spark = new SparkEngine("local[2,2]", 1, 3)) {
            out = spark.run(List.of(new SparkEngine.Job(sc, "a"), new SparkEngine.Job(sc, "b")), 7, 2, EnumSet.of(Tables.TRADE));
        }
        assertEquals(2, out.size());
        Layout layout = new Layout(sc, Measures.STANDARD);
        for (int j = 0; j < 2; j++) {
            for (int r = 0; r < 2; r++) {
                ReplicationOutput here = ReplicationRunner.runOne(ModelBasis.of(sc), layout, j == 0 ? "a" : "b", r, Seeds.replication(7, r), EnumSet.of(Tables.TRADE));
                ReplicationOutput there = out.get(j).get(r);
                assertEquals(r, there.replication());
                assertArrayEquals(here.values(), there.values(), 0.0);
                assertEquals(here.rows().keySet(), there.rows().keySet());
                assertEquals(here.text(Tables.TRADE), there.text(Tables.TRADE));
            }
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] o = new String[a.length + b.length];
        System.arraycopy(a, 0, o, 0, a.length);
        System.arraycopy(b, 0, o, a.length, b.length);
        return o;
    }
}
