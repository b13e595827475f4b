package org.scosim.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scosim.experiment.ExperimentDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sweep killed with SIGKILL (no shutdown hook, no cleanup) in the middle, then resumed, ends with the same files
 * as a sweep that was never interrupted, on the local engine and on Spark (local mode).
 */
class KillAndResumeTest {
    private static final int POINTS = 6;

    @ParameterizedTest
    @ValueSource(strings = {"local", "spark"})
    void aSweepKilledMidwayAndResumedEndsWithTheUninterruptedFiles(String engine, @TempDir Path tmp) throws Exception {
        String[] sweep = {"sweep", "scenarios/sco-baseline.yaml", "--vary", "rule.type=unanimity,opt-out",
                "--vary", "parameters.trustDecay=0.05,0.1,0.15", "-n", "300", "--seed", "4", "--tables", "measures",
                "--threads", "1", "-q"};
        Path whole = tmp.resolve("whole"), killed = tmp.resolve("killed");
        assertEquals(0, Main.commandLine().execute(concat(sweep, "--out", whole.toString())));

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect") || a.startsWith("-Djava.awt.headless")) cmd.add(a);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(sweep));
        cmd.addAll(List.of("--out", killed.toString(), "--engine", engine));
        if (engine.equals("spark")) cmd.addAll(List.of("--spark-master", "local[2]"));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (done(killed) == 0 && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
        child.destroyForcibly(); // SIGKILL
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        int doneAtKill = done(killed);
        assertTrue(doneAtKill >= 1 && doneAtKill < POINTS,
                "killed after " + doneAtKill + " of " + POINTS + " points: " + Files.readString(tmp.resolve("child.log")));

        assertEquals(0, Main.commandLine().execute("sweep", "--resume", killed.toString(), "-q"));
        List<String> files = new ArrayList<>(List.of("sweep.csv", "sweep-summary.csv", "points.csv"));
        for (int p = 1; p <= POINTS; p++) {
            String run = String.format("runs/%04d/", p);
            files.add(run + "measures.parquet");
            files.add(run + "values.bin");
            files.add(run + "series.csv");
        }
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
        try (var left = Files.walk(killed)) {
            assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".part")).toList(), "no partial file left");
        }
    }

    private static int done(Path dir) throws IOException {
        Path runs = dir.resolve("runs");
        if (!Files.isDirectory(runs)) return 0;
        try (var s = Files.list(runs)) {
            return (int) s.filter(ExperimentDir::isDone).count();
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] o = new String[a.length + b.length];
        System.arraycopy(a, 0, o, 0, a.length);
        System.arraycopy(b, 0, o, a.length, b.length);
        return o;
    }
}
