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
        assertTrue(r.err().contains("--cases takes model, measures, rows and run, got 'everything'"), r.err());
    }

    @Test
    void theRunCaseRunsOnEachThreadCountAndLeavesNothingBehind() throws Exception {
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var s = java.nio.file.Files.list(tmp)) {
            before = s.filter(p -> p.getFileName().toString().startsWith("scosim-bench-")).count();
        }
        Run r = run("bench", "scenarios/classroom/gui/founding-five-1996.yaml", "--cases", "run", "-n", "4",
                "--warmup", "2", "--threads", "1,2", "--tables", "trade", "--format", "parquet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("run, 1 thread, trade table as parquet:  4 replications in"), r.out());
        assertTrue(r.out().contains("run, 2 threads, trade table as parquet:  4 replications in"), r.out());
        assertTrue(r.out().contains("x the first"), r.out());
        assertEquals(2, r.out().lines().filter(l -> l.matches(" +CPU of the whole process \\d+\\.\\d{3} ms a replication \\(workers, writer, JIT compiler, collector\\); collector pauses \\d+\\.\\d\\d s \\(\\d+\\.\\d% of the wall time\\), \\d+ collections; JIT compiling \\d+\\.\\d\\d s")).count(), r.out());
        try (var s = java.nio.file.Files.list(tmp)) {
            assertEquals(before, s.filter(p -> p.getFileName().toString().startsWith("scosim-bench-")).count(),
                    "the temporary folders are deleted");
        }
        for (String[] bad : new String[][]{{"--threads", "0"}, {"--format", "xml"}, {"--tables", "nonsense"}}) {
            Run b = run("bench", "scenarios/classroom/gui/founding-five-1996.yaml", "--cases", "run", "-n", "1", bad[0], bad[1]);
            assertEquals(2, b.code(), String.join(" ", bad));
            assertTrue(b.err().startsWith("scosim bench: "), b.err());
        }
    }
}
