package org.scosim.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** --dry-run: the sample, the linear split of sizes into a part per run and one per replication, and the commands. */
class DryRunTest {
    @BeforeEach
    void noWarmUp() {
        DryRun.warmUpSeconds = 0;   // the sizes are what is checked here, not the times
    }

    @AfterEach
    void warmUpAgain() {
        DryRun.warmUpSeconds = DryRun.WARM_UP_SECONDS;
    }

    @Test
    void theSampleIsSpreadOverTheRunsFirstAndLastIncluded() {
        assertArrayEquals(new int[] {0, 3, 6, 9}, DryRun.spread(10, 4));
        assertArrayEquals(new int[] {0, 1, 2}, DryRun.spread(3, 3));
        assertArrayEquals(new int[] {0}, DryRun.spread(7, 1));
        // about 256 replications a pass: 256 runs of one, 86 of 3 (256 / 3 rounded up), 8 of 32 or more, at most what there is
        assertEquals(256, DryRun.sampled(1000, 1, 1, 1));
        assertEquals(32, DryRun.sampled(1000, 8, 1, 1));
        assertEquals(86, DryRun.sampled(1000, 3, 1, 1));
        assertEquals(8, DryRun.sampled(100, 1000, 1, 1));
        assertEquals(3, DryRun.sampled(3, 1000, 1, 1));
        assertEquals(1, DryRun.sampled(1, 5, 1, 1));
        // a multiple of the threads, each running one run at a time: 9 for one thread (256 / 30), 10 for two, 12 for four
        assertEquals(List.of(9, 10, 12), List.of(DryRun.sampled(300, 30, 1, 1), DryRun.sampled(300, 30, 2, 1),
                DryRun.sampled(300, 30, 4, 1)));
        // a long experiment's pass holds a thousandth of its replications, from 256 up to 1,024: 337,920 replications
        // give 337 (12 runs of 30), 1,201,200 give 1,024 (35 runs of 30, 36 on two threads), 1,000,000 32 runs of 32
        assertEquals(List.of(256, 256, 337, 1024, 1024), List.of(DryRun.passReplications(1000, 1), DryRun.passReplications(256, 1000),
                DryRun.passReplications(11_264, 30), DryRun.passReplications(40_040, 30), DryRun.passReplications(1_000_000, 1_000_000)));
        assertEquals(List.of(12, 12, 35, 36, 32), List.of(DryRun.sampled(11_264, 30, 1, 1), DryRun.sampled(11_264, 30, 2, 1),
                DryRun.sampled(40_040, 30, 1, 1), DryRun.sampled(40_040, 30, 2, 1), DryRun.sampled(1000, 1000, 1, 1)));
        assertEquals(List.of(1000, 250), List.of(DryRun.many(1, 1_000_000, 1, 1), DryRun.few(1, 1_000_000, 1, 1)));   // a run alone: 1,000,000 / 1,000
        assertEquals(3, DryRun.sampled(3, 30, 2, 1), "never more than there are");
        // a comparison asks for every scenario: 12 of 12 (not the 8 that 256 / 32 gives), 13 of 13 on two threads
        // (14 rounded up, but there are 13), 8 of 40 when asked for none; 32 replications a run, a quarter, at least 8
        assertEquals(List.of(12, 13, 8, 5), List.of(DryRun.sampled(12, 100, 2, 12), DryRun.sampled(13, 100, 2, 13),
                DryRun.sampled(40, 100, 2, 1), DryRun.sampled(5, 100, 1, 12)));
        assertEquals(List.of(32, 8), List.of(DryRun.many(12, 100, 2, 12), DryRun.few(12, 100, 2, 12)));
        assertEquals(List.of(52, 13), List.of(DryRun.many(5, 100, 1, 5), DryRun.few(5, 100, 1, 5)));   // 256 / 5 rounded up
        // the larger pass: 32 replications a run, more when few runs are sampled; the smaller a quarter, at least 8
        assertEquals(List.of(256, 64), List.of(DryRun.many(1, 10_000, 1, 1), DryRun.few(1, 10_000, 1, 1)));   // a run alone
        assertEquals(List.of(37, 9), List.of(DryRun.many(7, 500, 1, 1), DryRun.few(7, 500, 1, 1)));         // 256 / 7, rounded up
        assertEquals(List.of(32, 8), List.of(DryRun.many(1000, 1000, 1, 1), DryRun.few(1000, 1000, 1, 1)));
        assertEquals(List.of(20, 8), List.of(DryRun.many(1000, 20, 1, 1), DryRun.few(1000, 20, 1, 1)));
        assertEquals(List.of(1, 1), List.of(DryRun.many(1000, 1, 1, 1), DryRun.few(1000, 1, 1, 1)));
    }

    /** A sample whose run k of r replications writes 100 + 10 r bytes, and whose combined file has 7 a replication. */
    private static final class Fake implements DryRun.Sample {
        final List<String> calls = new ArrayList<>();

        @Override
        public void run(Path scratch, int[] runs, int replications) throws IOException {
            calls.add("run " + runs.length + "x" + replications);
            Files.createDirectories(scratch);
            for (int k = 0; k < runs.length; k++) Files.write(scratch.resolve("run" + runs[k]), new byte[100 + 10 * replications]);
        }

        @Override
        public void combine(Path out, Path runsDir, int[] runs, int replications) throws IOException {
            calls.add("combine " + runs.length + "x" + replications);
            Files.write(out.resolve("combined"), new byte[7 * runs.length * replications]);
        }
    }

    /** Combined files of a fixed 5,000 bytes (plots), 30 a run (a dot each) and 2 a replication of a run (rows). */
    private static final class Plots implements DryRun.Sample {
        @Override
        public void run(Path scratch, int[] runs, int replications) throws IOException {
            Files.createDirectories(scratch);
            for (int k : runs) Files.write(scratch.resolve("run" + k), new byte[10 * replications]);
        }

        @Override
        public void combine(Path out, Path runsDir, int[] runs, int replications) throws IOException {
            Files.write(out.resolve("plots"), new byte[5_000 + 30 * runs.length + 2 * runs.length * replications]);
        }
    }

    @Test
    void theCombinedFilesSplitIntoAFixedPartOneARunAndOneAReplication() throws Exception {
        // worked by hand: 100 runs of 1,000 replications: 5,000 + 30 x 100 + 2 x 100 x 1,000, and 10 x 100 x 1,000 for the runs
        DryRun.Estimate e = DryRun.measure(100, 100, 1000, new Plots());
        assertEquals(5_000 + 3_000 + 200_000, e.combinedBytes(), 1e-6);
        assertEquals(5_000 + 3_000 + 200_000 + 1_000_000, e.bytes(), 1e-6);
        // 1,000 points of one replication, 256 sampled: the fixed part is not multiplied by 1,000 / 256
        e = DryRun.measure(1000, 1000, 1, new Plots());
        assertEquals(5_000 + 30_000 + 2_000, e.combinedBytes(), 1e-6);
        // resumed with 10 points left of 1,000: the runs of the 10, the combined files of all 1,000
        e = DryRun.measure(10, 1000, 1, new Plots());
        assertEquals(10 * 10 + 5_000 + 30_000 + 2_000, e.bytes(), 1e-6);
    }

    @Test
    void sizesSplitIntoAPartPerRunAndOnePerReplication() throws Exception {
        Fake f = new Fake();
        DryRun.Estimate e = DryRun.measure(50, 50, 1000, f);
        assertEquals(8, e.sampled());
        assertEquals(100, e.bytesPerRun(), 1e-9);
        assertEquals(10, e.bytesPerReplication(), 1e-9);
        assertEquals(7 * 50 * 1000, e.combinedBytes(), 1e-6);
        assertEquals(50 * (100 + 17 * 1000.0), e.bytes(), 1e-6);   // 850,000 + 5,000 bytes, worked by hand
        assertTrue(e.secondsPerRun() >= 0 && e.secondsPerReplication() >= 0 && Double.isFinite(e.seconds()));
        // three turns of a few and many, then the combined files of each pass and of half the sample; no warm-up asked for
        assertEquals(List.of("run 8x8", "run 8x32", "run 8x8", "run 8x32", "run 8x8", "run 8x32", "combine 8x32", "combine 8x8",
                "combine 4x32"), f.calls);
        // runs of at most 8 replications are measured whole: the size a run, nothing per replication
        Fake g = new Fake();
        DryRun.Estimate small = DryRun.measure(1000, 1000, 3, g);
        assertEquals(100 + 10 * 3, small.bytesPerRun(), 1e-9);
        assertEquals(0, small.bytesPerReplication());
        assertEquals(1000.0 * 151, small.bytes(), 1e-6);
        assertEquals(List.of("run 86x3", "run 86x3", "run 86x3", "run 86x3", "run 86x3", "run 86x3", "combine 86x3", "combine 43x3"),
                g.calls);
    }

    @Test
    void filesOfAFixedSizeAreNotTakenForGrowth() throws Exception {
        // a run's series and summary: the same size give or take a few digits, whatever the replications
        DryRun.Sample fixed = (scratch, runs, r) -> {
            Files.createDirectories(scratch);
            for (int k : runs) Files.write(scratch.resolve("run" + k), new byte[100_000 + (r == 256 ? 3_000 : 0)]);
        };
        DryRun.Estimate e = DryRun.measure(1, 1, 10_000, fixed);
        assertEquals(0, e.bytesPerReplication());
        assertEquals(103_000, e.bytes(), 1e-6);
    }

    @Test
    void theScratchFolderIsGoneAfterwardsEvenAfterAFailure() throws Exception {
        long before = scratchFolders();
        DryRun.measure(10, 10, 10, new Fake());
        assertEquals(before, scratchFolders());
        DryRun.Sample failing = (scratch, runs, r) -> {
            Files.createDirectories(scratch);
            Files.writeString(scratch.resolve("half"), "x");
            throw new IOException("disk full");
        };
        assertThrows(IOException.class, () -> DryRun.measure(10, 10, 10, failing));
        assertEquals(before, scratchFolders());
    }

    @Test
    void theScratchFolderIsMadeOnTheFileSystemOfTheOutputFolder(@TempDir Path tmp) throws IOException {
        Path scratch = DryRun.scratchNear(tmp.resolve("results/sweep/new"));   // neither folder exists yet
        try {
            assertEquals(tmp.toAbsolutePath().normalize(), scratch.getParent());
            assertTrue(scratch.getFileName().toString().startsWith(".scosim-dry-run-"));
            assertFalse(Files.exists(tmp.resolve("results")), "no folder of the experiment's made");
        } finally {
            Files.delete(scratch);
        }
    }

    private static long scratchFolders() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("scosim-dry-run-")).count();
        }
    }

    @Test
    void durationsAndSizesInWords() {
        assertEquals("12 µs", DryRun.duration(12e-6));
        assertEquals("3.4 ms", DryRun.duration(0.00344));
        assertEquals("59.9 s", DryRun.duration(59.94));
        assertEquals("2.5 min", DryRun.duration(150));
        assertEquals("3.2 h", DryRun.duration(3.2 * 3600));
        assertEquals("999 B", DryRun.bytes(999));
        assertEquals("49.1 MB", DryRun.bytes(49_100_000));
        assertEquals("2.1 GB", DryRun.bytes(2.1e9));
        assertEquals("1 run", DryRun.plural(1, "run"));
        assertEquals("9,000 replications", DryRun.plural(9000, "replication"));
    }

    // ---------------------------------------------------------------- the commands

    private static String runOut(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.commandLine().execute(args), () -> buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static long bytesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** The estimated size, from the printed line "size: about 1.2 MB of files in ...", in bytes. */
    private static double estimatedBytes(String printed) {
        var m = java.util.regex.Pattern.compile("size: about ([0-9.]+) (B|KB|MB|GB) of files written").matcher(printed);
        assertTrue(m.find(), printed);
        double unit = switch (m.group(2)) { case "B" -> 1; case "KB" -> 1e3; case "MB" -> 1e6; default -> 1e9; };
        return Double.parseDouble(m.group(1)) * unit;
    }

    @Test
    void aSweepsDryRunWritesNothingAndItsSizeIsTheRunsWithinAFifth(@TempDir Path tmp) throws IOException {
        String sc = SweepCommandTest.shortBaseline(tmp).toString();
        Path out = tmp.resolve("out");
        String[] sweep = {"sweep", sc, "--vary", "parameters.trustDecay=0.05:0.05:0.2", "-n", "40", "--tables", "measures,trade",
                "--out", out.toString()};
        String printed = runOut(SweepCommandTest.concat(sweep, "--dry-run"));
        assertFalse(Files.exists(out), "nothing written");
        try (Stream<Path> beside = Files.list(tmp)) {
            assertTrue(beside.noneMatch(p -> p.getFileName().toString().startsWith(".scosim-dry-run-")), "scratch folder gone");
        }
        assertTrue(printed.startsWith("scosim sweep --dry-run: 4 design points (grid) x 40 replications, every one checked"), printed);
        assertTrue(printed.contains("to run: 4 runs, 160 replications"), printed);
        assertTrue(printed.contains("measured: 4 runs of them here, on "), printed);
        assertTrue(printed.contains("with 10 and with 40 replications each"), printed);   // 4 runs sampled: 64 each at most
        assertTrue(printed.contains(" or more for sweep.csv, the plots and the report (their time for the 4 runs measured)"), printed);
        assertTrue(printed.contains(" to read and check the inputs") && printed.contains(" for the runs: "), printed);
        assertTrue(printed.strip().endsWith("nothing written (--dry-run)"), printed);
        double estimate = estimatedBytes(printed);
        assertEquals(0, Main.commandLine().execute(SweepCommandTest.concat(sweep, "-q")));
        long real = bytesUnder(out);
        assertEquals(1, estimate / real, 0.2, "estimated " + estimate + " bytes, wrote " + real);

        // resumed: only what is left, and the folder is left as it was
        Files.delete(out.resolve("runs/0002").resolve(org.scosim.experiment.ExperimentDir.DONE));
        long before = bytesUnder(out);
        printed = runOut("sweep", "--resume", out.toString(), "--dry-run");
        assertTrue(printed.contains("every one checked; 3 of 4 runs already done"), printed);
        assertTrue(printed.contains("to run: 1 run, 40 replications"), printed);
        assertEquals(before, bytesUnder(out));
        assertFalse(Files.exists(out.resolve("runs/0002").resolve(org.scosim.experiment.ExperimentDir.DONE)));
    }

    @Test
    void aRunsDryRunWritesNothingAndItsSizeIsTheRunsWithinAFifth(@TempDir Path tmp) throws IOException {
        String sc = SweepCommandTest.shortBaseline(tmp).toString();
        Path out = tmp.resolve("out");
        String[] run = {"run", sc, "-n", "400", "--no-plots", "--out", out.toString()};
        String printed = runOut(SweepCommandTest.concat(run, "--dry-run"));
        assertFalse(Files.exists(out), "nothing written");
        assertTrue(printed.startsWith("scosim run --dry-run: short x 400 replications, checked"), printed);
        assertTrue(printed.contains("measured: 1 run of them here") && printed.contains("with 64 and with 256 replications each"), printed);
        double estimate = estimatedBytes(printed);
        assertEquals(0, Main.commandLine().execute(SweepCommandTest.concat(run, "-q")));
        long real = bytesUnder(out);
        assertEquals(1, estimate / real, 0.2, "estimated " + estimate + " bytes, wrote " + real);
    }

    @Test
    void compareAndSensitivityDryRunsWriteNothing(@TempDir Path tmp) throws IOException {
        String sc = SweepCommandTest.shortBaseline(tmp).toString();
        Path out = tmp.resolve("out");
        Path other = tmp.resolve("unanimity.yaml");
        Files.writeString(other, "extends: short.yaml\nname: unanimity\nrule: {type: unanimity}\n");
        String printed = runOut("compare", sc, other.toString(), "-n", "12", "--no-plots", "--out", out.toString(), "--dry-run");
        assertFalse(Files.exists(out));
        assertTrue(printed.contains("compare --dry-run: 2 scenarios x 12 replications") && printed.contains("to run: 2 runs, 24 replications"), printed);
        assertTrue(printed.contains(" or more for the comparison's tables, plots and report (their time for the 2 runs measured)"), printed);
        double estimate = estimatedBytes(printed);
        assertEquals(0, Main.commandLine().execute("compare", sc, other.toString(), "-n", "12", "--no-plots", "--out", out.toString(), "-q"));
        assertEquals(1, estimate / bytesUnder(out), 0.2, "estimated " + estimate + " bytes, wrote " + bytesUnder(out));
        org.scosim.experiment.ExperimentDir.deleteRecursively(out);
        printed = runOut("sensitivity", sc, "--factor", "parameters.trustDecay=0.05:0.3", "--factor",
                "parameters.implementationRate=0.1:0.5", "--samples", "3", "-n", "2", "--out", out.toString(), "--dry-run");
        assertFalse(Files.exists(out));
        assertTrue(printed.contains("sensitivity --dry-run: 9 design points (morris) x 2 replications")
                && printed.contains("to run: 9 runs, 18 replications") && printed.contains(" for outputs.parquet"), printed);
        // a folder that is not free is refused as the experiment would refuse it, before anything runs
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        String busy = CompareCommandTest.runErr(2, "sweep", sc, "--vary", "parameters.trustDecay=0.1,0.2", "-n", "2",
                "--out", out.toString(), "--dry-run");
        assertTrue(busy.startsWith("scosim sweep: output folder " + out + " already exists and is not empty"), busy);
        assertEquals(List.of("notes.txt"), SweepCommandTest.namesIn(out));
        Files.delete(out.resolve("notes.txt"));
        Files.delete(out);
        // a mistake is found as without --dry-run
        String err = CompareCommandTest.runErr(2, "sweep", sc, "--vary", "parameters.trustDecay=0.1,-5", "--out", out.toString(), "--dry-run");
        assertTrue(err.startsWith("scosim sweep: design point 2 (parameters.trustDecay=-5)"), err);
        assertFalse(Files.exists(out));
    }
}
