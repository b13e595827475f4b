package org.scosim.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code scosim bench --cases}: only the cases asked for are measured; an unknown case is refused. */
class BenchCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream out0 = System.out, err0 = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out0);
            System.setErr(err0);
        }
    }

    /** The bench's temporary folders present now. */
    private static long benchFolders() throws java.io.IOException {
        try (var s = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("scosim-bench-")).count();
        }
    }

    @Test
    void measuresOnlyTheCasesAskedFor() {
        Run r = run("bench", "scenarios/classroom/gui/founding-five-1996.yaml", "--cases", "model,measures", "-n", "2", "--warmup", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("model only"), r.out());
        assertTrue(r.out().contains("model + all measures "), r.out());
        assertFalse(r.out().contains("and rows"), r.out());
        assertTrue(r.out().contains("heap in use at the end"), r.out());
        assertTrue(r.out().contains("  on Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, "), r.out());
        assertTrue(r.out().contains(" collector ("), r.out());
    }

    @Test
    void modelAndRowsTogetherGiveThePairedRatioInEitherFormat() {
        Run r = run("bench", "scenarios/classroom/gui/founding-five-1996.yaml", "--cases", "model,rows", "--format", "parquet",
                "-n", "7", "--warmup", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("model + measures + typed rows"), r.out());
        assertTrue(r.out().matches("(?s).*rows, as parquet +\\d+\\.\\d\\dx the model's CPU \\(median of 7 alternating blocks.*"), r.out());
        Run csv = run("bench", "scenarios/classroom/gui/founding-five-1996.yaml", "--cases", "rows", "-n", "2", "--warmup", "0");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().contains("model + all measures and rows"), csv.out());
        assertFalse(csv.out().contains("the model's CPU"), csv.out());
    }

    @Test
    void anUnknownCaseIsRefused() {
        Run r = run("bench", "scenarios/classroom/gui/founding-five-1996.yaml", "--cases", "model,everything", "-n", "1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--cases takes model, measures, rows, run, points and shell, got 'everything'"), r.err());
    }

    @Test
    void theRunCaseRunsOnEachThreadCountAndLeavesNothingBehind() throws Exception {
        long before = benchFolders();
        Run r = run("bench", "scenarios/classroom/gui/founding-five-1996.yaml", "--cases", "run", "-n", "4",
                "--warmup", "2", "--threads", "1,2", "--tables", "trade", "--format", "parquet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("run, 1 thread, trade table as parquet:  4 replications in"), r.out());
        assertTrue(r.out().contains("run, 2 threads, trade table as parquet:  4 replications in"), r.out());
        assertTrue(r.out().contains("x the first"), r.out());
        assertEquals(2, r.out().lines().filter(l -> l.matches(" +CPU of the whole process \\d+\\.\\d{3} ms a replication \\(workers, writer, JIT compiler, collector\\); collector pauses \\d+\\.\\d\\d s \\(\\d+\\.\\d% of the wall time\\), \\d+ collections; JIT compiling \\d+\\.\\d\\d s")).count(), r.out());
        assertEquals(before, benchFolders(), "the temporary folders are deleted");
        for (String[] bad : new String[][]{{"--threads", "0"}, {"--format", "xml"}, {"--tables", "nonsense"}}) {
            Run b = run("bench", "scenarios/classroom/gui/founding-five-1996.yaml", "--cases", "run", "-n", "1", bad[0], bad[1]);
            assertEquals(2, b.code(), String.join(" ", bad));
            assertTrue(b.err().startsWith("scosim bench: "), b.err());
        }
    }

    @Test
    void thePointsCaseWritesEachPointsFolderOnEachThreadCountAndLeavesNothingBehind() throws Exception {
        long before = benchFolders();
        // 9 points on 2 threads go to the workers whole; on 1 thread one after the other
        Run r = run("bench", "scenarios/classroom/gui/founding-five-1996.yaml", "--cases", "points", "-n", "9",
                "--warmup", "0", "--threads", "1,2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("points, 1 thread, one replication each, no tables:  9 points in"), r.out());
        assertTrue(r.out().contains("points, 2 threads, one replication each, no tables:  9 points in"), r.out());
        java.util.List<Double> kib = r.out().lines().filter(l -> l.contains(" KiB a point"))
                .map(l -> Double.parseDouble(l.replaceAll(".*, (\\d+\\.\\d) KiB a point.*", "$1"))).toList();
        assertEquals(2, kib.size(), r.out());
        assertTrue(kib.get(0) > 1 && kib.get(0).equals(kib.get(1)), "the same files whatever the threads: " + kib);
        assertEquals(before, benchFolders(), "the temporary folders are deleted");
    }

    @Test
    void theShellCaseTimesWholeProcessesOnEachThreadCount() throws Exception {
        long before = benchFolders();
        Run r = run("bench", "scenarios/classroom/gui/founding-five-1996.yaml", "--cases", "shell", "-n", "3",
                "--warmup", "0", "--starts", "2", "--threads", "1,2", "--tables", "none");
        assertEquals(0, r.code(), r.err());
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("  shell, (\\d) threads?, no tables as csv:  3 "
                + "replications, 2 starts: median (\\d+\\.\\d\\d) s \\((\\d+\\.\\d\\d)-(\\d+\\.\\d\\d)\\), \\d+(\\.\\d\\d)? replications a second");
        java.util.List<String> threads = new java.util.ArrayList<>();
        for (String l : r.out().lines().toList()) {
            var m = line.matcher(l);
            if (!m.matches()) continue;
            threads.add(m.group(1));
            double median = Double.parseDouble(m.group(2)), low = Double.parseDouble(m.group(3)),
                    high = Double.parseDouble(m.group(4));
            // of two starts the median is their mean: between them, and above the time a JVM takes to start
            assertTrue(low <= median && median <= high && low > 0.05, l);
        }
        assertEquals(java.util.List.of("1", "2"), threads, r.out());
        assertFalse(r.out().contains("model only"), r.out());
        assertEquals(before, benchFolders(), "the temporary folders are deleted");
    }

    @Test
    void aShellStartThatFailsSaysWhy() {
        // bench itself accepts any count; the run it starts refuses one beyond the scenario format's limit
        Run r = run("bench", "scenarios/classroom/gui/founding-five-1996.yaml", "--cases", "shell", "--warmup", "0",
                "--starts", "1", "--threads", "1", "-n", Integer.toString(org.scosim.scenario.Scenario.MAX_REPLICATIONS + 1));
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("scosim bench: the shell case's scosim run ended with status 2: scosim run: "), r.err());
        Run zero = run("bench", "scenarios/classroom/gui/founding-five-1996.yaml", "--cases", "shell", "--starts", "0");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("--starts must be at least 1, got 0"), zero.err());
    }
}
