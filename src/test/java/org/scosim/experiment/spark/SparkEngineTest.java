package org.scosim.experiment.spark;

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

    @Test
    void aSweepOnSparkWritesTheSameFilesAsTheLocalEngine(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("short.yaml");
        Path base = tmp.toAbsolutePath().relativize(Path.of("scenarios/sco-baseline.yaml").toAbsolutePath());
        Files.writeString(f, "extends: " + base + "\nname: short\nperiod: {end: 1999}\n");
        String[] common = {"sweep", f.toString(), "--vary", "rule.type=unanimity,opt-out", "--vary",
                "parameters.trustDecay=0.05,0.15", "-n", "3", "--seed", "11", "-q", "--tables", "trade"};
        Path local = tmp.resolve("local"), spark = tmp.resolve("spark");
        assertEquals(0, run(concat(common, "--out", local.toString())));
        assertEquals(0, run(concat(common, "--out", spark.toString(), "--engine", "spark", "--spark-master", "local[2]")));
        for (String file : List.of("sweep.csv", "sweep-summary.csv", "points.csv", "report.html", "runs/0003/values.bin",
                "runs/0003/trade.parquet", "runs/0004/series.csv")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(spark.resolve(file)), file);
        }
    }

    @Test
    void aSweepOverSeedsOnSparkGivesEachPointItsOwnReplicationsAsLocally(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("short.yaml");
        Path base = tmp.toAbsolutePath().relativize(Path.of("scenarios/sco-baseline.yaml").toAbsolutePath());
        Files.writeString(f, "extends: " + base + "\nname: short\nperiod: {end: 1998}\n");
        String[] common = {"sweep", f.toString(), "--vary", "seed=5,6", "-n", "2", "-q", "--tables", "measures"};
        Path local = tmp.resolve("local"), spark = tmp.resolve("spark");
        assertEquals(0, run(concat(common, "--out", local.toString())));
        assertEquals(0, run(concat(common, "--out", spark.toString(), "--engine", "spark", "--spark-master", "local[2]")));
        for (String file : List.of("sweep.csv", "runs/0001/measures.parquet", "runs/0002/values.bin")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(spark.resolve(file)), file);
        }
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
        Path local = tmp.resolve("local"), spark = tmp.resolve("spark");
        assertEquals(0, run(concat(common, "--out", local.toString())));
        assertEquals(0, run(concat(common, "--out", spark.toString(), "--engine", "spark", "--spark-master", "local[2]")));
        for (String file : List.of("comparison.csv", "differences.csv", "report.html", "b/measures.parquet", "b/values.bin")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(spark.resolve(file)), file);
        }
    }

    @Test
    void aSensitivityAnalysisOnSparkWritesTheSameFilesAsTheLocalEngine(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("short.yaml");
        Path base = tmp.toAbsolutePath().relativize(Path.of("scenarios/sco-baseline.yaml").toAbsolutePath());
        Files.writeString(f, "extends: " + base + "\nname: short\nperiod: {end: 1998}\n");
        String[] common = {"sensitivity", f.toString(), "--method", "morris", "--samples", "3", "-n", "2", "--seed", "5", "-q",
                "--factor", "parameters.trustDecay=0.05:0.3", "--factor", "parameters.implementationRate=0.1:0.5",
                "--tables", "measures"};
        Path local = tmp.resolve("local"), spark = tmp.resolve("spark");
        assertEquals(0, run(concat(common, "--out", local.toString())));
        assertEquals(0, run(concat(common, "--out", spark.toString(), "--engine", "spark", "--spark-master", "local[2]")));
        for (String file : List.of("indices.csv", "outputs.csv", "design.csv", "noise.csv", "report.html", "runs/0001.csv",
                "runs/0002/measures.parquet")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(spark.resolve(file)), file);
        }
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
                ReplicationOutput here = ReplicationRunner.runOne(sc, layout, j == 0 ? "a" : "b", r, Seeds.replication(7, r), EnumSet.of(Tables.TRADE));
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
