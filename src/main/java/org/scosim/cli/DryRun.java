package org.scosim.cli;

import org.scosim.experiment.ExperimentDir;
import org.scosim.output.Num;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code --dry-run} measures: how long an experiment would take on this machine and how much it would write,
 * from a sample of its runs in a scratch folder that is deleted afterwards. The sample is run again and again for
 * about {@link #WARM_UP_SECONDS} to warm the JIT compiler up, then in turns with {@link #few} and with {@link #many}
 * replications a run (the quickest of {@link #TIMED_TURNS} turns of each), so that time and size each split into a
 * part per run (binding, plots, series and summary) and a part per replication. Both grow linearly in the
 * replications, so the two passes extrapolate to any number of them.
 */
final class DryRun {
    /** Replications a sample run: at least this many in the smaller pass, and this many in the larger (or more). */
    static final int FEW = 8, MANY = 32;
    /** About this many replications in a pass: many points of one replication, or a few of many. */
    static final int PASS_REPLICATIONS = 256;
    /**
     * A long experiment's pass holds a thousandth of its replications, up to this many: its estimate multiplies a
     * pass's noise by more. (Sobol, 1,201,200 replications: five dry runs said 4.6 to 11.3 min with passes of 256
     * replications, 4.5 to 5.7 min with 1,024.)
     */
    static final int MAX_PASS_REPLICATIONS = 1024;
    /** The sample is run again and again for about this long before it is timed, at most this many times. */
    static final double WARM_UP_SECONDS = 2;
    /** {@link #WARM_UP_SECONDS}, lowered by tests, which measure the sizes rather than the times. */
    static double warmUpSeconds = WARM_UP_SECONDS;
    static final int MAX_WARM_UP_PASSES = 200;
    /**
     * After {@link #WARM_UP_SECONDS}, the warm-up goes on while the JIT compiler's time in a pass exceeds this share of
     * the pass's, for at most {@link #MAX_WARM_UP_SECONDS}.
     */
    static final double QUIET_COMPILER_SHARE = 0.1, MAX_WARM_UP_SECONDS = 10;
    /**
     * A growth in size from the smaller pass to the larger below this share of the larger pass's size is taken for the
     * digits of files of a fixed size (the series, the summary), not for files that grow with the replications.
     */
    static final double FIXED_SIZE_NOISE = 0.05;
    /**
     * A comparison of at most this many scenarios is sampled whole (each scenario a sample run), so that its own
     * tables, plots and report, which need every scenario, are measured too.
     */
    static final int WHOLE_COMPARISON = 32;
    /** The two timed passes are run in turns this many times; the quickest of each counts. */
    static final int TIMED_TURNS = 3;

    private DryRun() {
    }

    /** The experiment's runs and its combined files, for a sample of its runs. */
    interface Sample {
        /** Runs the sample runs {@code runs} (indices among those still to run) with {@code replications} each into {@code scratch}. */
        void run(Path scratch, int[] runs, int replications) throws IOException, InterruptedException, ExperimentCommand.UsageError;

        /**
         * Writes into {@code out} the combined files of the sample runs {@code runs} (all of those {@link #run} ran, or
         * the first of them), which {@link #run} wrote into {@code runsDir} with {@code replications} each.
         */
        default void combine(Path out, Path runsDir, int[] runs, int replications) throws IOException, InterruptedException {
        }

        /** Whether {@link #combine} can take part of the sample (a comparison needs every scenario). */
        default boolean combinesPart() {
            return true;
        }

        /** The fewest runs the sample holds (a comparison: every scenario, to write its combined files). */
        default int runsAtLeast() {
            return 1;
        }
    }

    /**
     * The estimate for {@code pending} runs of {@code replications} each, from the {@code sampled} runs measured with
     * {@code few} and {@code many} replications each: the
     * runs' time once the JIT compiler has warmed up and their size, what the JIT compiler's warm-up added (the
     * warm-up passes against the same pass warm), the combined files' time for the sample (a lower bound) and their
     * size for the whole experiment.
     */
    record Estimate(int pending, int replications, int sampled, int few, int many, double secondsPerRun, double secondsPerReplication,
                    double jitWarmUpSeconds, double bytesPerRun, double bytesPerReplication, double combinedSeconds,
                    double combinedBytes) {

        /** The runs' time. */
        double seconds() {
            return pending * (secondsPerRun + secondsPerReplication * replications);
        }

        /** The runs' files and the combined files. */
        double bytes() {
            return pending * (bytesPerRun + bytesPerReplication * replications) + combinedBytes;
        }
    }

    /**
     * The combined files' size, {@code F + P n + Q n r} for n runs of r replications, from its values for
     * the k sample runs with {@code many} and {@code few} replications, and for the first h of them with {@code many}
     * (h < 0: not measured, then F = 0); extrapolated to {@code total} runs of {@code replications}.
     */
    static double combined(double kMany, double kFew, double hMany, int k, int h, int many, int few, int total,
                           int replications) {
        double q = many == few ? 0 : Math.max(0, (kMany - kFew) / ((double) k * (many - few)));
        if (q * k * many < FIXED_SIZE_NOISE * kMany) q = 0;   // a few digits more, not rows more
        double p = h > 0 && h < k ? (kMany - hMany) / (k - h) - q * many : (kMany - q * k * many) / k;
        double f = kMany - p * k - q * k * many;
        if (p < 0 || f < 0) {   // the machine's noise: then all of it per run and replication
            f = 0;
            p = Math.max(0, (kMany - q * k * many) / k);
        }
        return f + p * total + q * (double) total * replications;
    }

    /**
     * Replications in a pass: {@link #PASS_REPLICATIONS}, or a thousandth of the {@code pending} runs' replications,
     * up to {@link #MAX_PASS_REPLICATIONS}.
     */
    static int passReplications(int pending, int replications) {
        long all = (long) pending * replications;
        return (int) Math.max(PASS_REPLICATIONS, Math.min(MAX_PASS_REPLICATIONS, all / 1000));
    }

    /**
     * How many runs are sampled: about {@link #passReplications} replications a pass of at most {@link #MANY} a run,
     * rounded up to a multiple of the {@code threads}, which run one run each at a time (a last run alone would leave
     * threads idle that the experiment keeps busy); at least {@code atLeast} (a comparison's scenarios), at most
     * {@code pending}.
     */
    static int sampled(int pending, int replications, int threads, int atLeast) {
        int k = Math.max(atLeast, -Math.floorDiv(-passReplications(pending, replications), Math.min(replications, MANY)));
        int t = Math.max(1, threads);
        return Math.min(pending, -Math.floorDiv(-k, t) * t);
    }

    /**
     * Replications a sample run in the larger timed pass: {@link #MANY}, or more when few runs are sampled (a run of
     * many replications alone: {@link #passReplications}), so that a pass lasts long enough to be timed; at most the
     * experiment's own.
     */
    static int many(int pending, int replications, int threads, int atLeast) {
        int k = sampled(pending, replications, threads, atLeast);
        return Math.min(replications, Math.max(MANY, -Math.floorDiv(-passReplications(pending, replications), k)));
    }

    /** Replications a sample run in the smaller pass: a quarter of {@link #many}, at least {@link #FEW}. */
    static int few(int pending, int replications, int threads, int atLeast) {
        return Math.min(replications, Math.max(FEW, many(pending, replications, threads, atLeast) / 4));
    }

    /** {@code k} indices spread evenly over {@code 0..n-1}, the first and the last included. */
    static int[] spread(int n, int k) {
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = k == 1 ? 0 : (int) ((long) i * (n - 1) / (k - 1));
        return out;
    }

    /**
     * Measures {@code pending} runs of {@code replications} each from a sample of them; the combined files, written
     * once for all {@code total} runs of the experiment, from the sample's.
     */
    static Estimate measure(int pending, int total, int replications, Sample sample)
            throws IOException, InterruptedException, ExperimentCommand.UsageError {
        return measure(pending, total, replications, 1, sample, null);
    }

    /**
     * As {@link #measure(int, int, int, Sample)}, on {@code threads} threads, with the scratch folder beside
     * {@code out} (the experiment's folder, or null): on the file system the experiment would write to, whose speed
     * is part of a run's (a sweep's point took 1.7 ms on this machine's disk, 0.7 ms in memory). The system's
     * temporary folder when that cannot be written.
     */
    static Estimate measure(int pending, int total, int replications, int threads, Sample sample, Path out)
            throws IOException, InterruptedException, ExperimentCommand.UsageError {
        int atLeast = sample.runsAtLeast();
        int k = sampled(pending, replications, threads, atLeast);
        int[] runs = spread(pending, k);
        int few = few(pending, replications, threads, atLeast), many = many(pending, replications, threads, atLeast);
        Path scratch = scratchNear(out);
        // Ctrl-C ends the JVM without the finally block below: the folder goes then too
        Thread cleanUp = new Thread(() -> {
            for (int attempt = 0; attempt < 5 && Files.exists(scratch); attempt++) {
                try {
                    ExperimentDir.deleteRecursively(scratch);   // the workers may still be writing: then again
                } catch (IOException again) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "scosim-dry-run-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            List<Long> warmPasses = warmUp(sample, scratch.resolve("warm-up"), runs, few);
            // timed in turns, the quickest of each kept: on a shared machine a pass is only ever slowed down
            Path fewDir = scratch.resolve("few"), manyDir = scratch.resolve("many");
            long bestFew = Long.MAX_VALUE, bestMany = Long.MAX_VALUE;
            for (int turn = 0; turn < TIMED_TURNS; turn++) {
                ExperimentDir.deleteRecursively(fewDir);
                ExperimentDir.deleteRecursively(manyDir);
                long t0 = System.nanoTime();
                sample.run(fewDir, runs, few);
                long t1 = System.nanoTime();
                sample.run(manyDir, runs, many);
                long t2 = System.nanoTime();
                bestFew = Math.min(bestFew, t1 - t0);
                bestMany = Math.min(bestMany, t2 - t1);
            }
            double timeFew = bestFew / 1e9 / k, timeMany = bestMany / 1e9 / k;
            double sizeFew = (double) ExperimentDir.fileBytes(fewDir) / k, sizeMany = (double) ExperimentDir.fileBytes(manyDir) / k;
            // what the warm-up passes took beyond the same pass warm: the JIT compiler's share of a run's start
            double warmUp = 0;
            for (long t : warmPasses) warmUp += Math.max(0, t - bestFew) / 1e9;
            // the combined files, apart from the runs: of the whole sample with many and with few replications, and
            // of its first half with many, so that a part growing with the runs is told from a fixed part (plots)
            int h = sample.combinesPart() && k >= 4 && k < total ? k / 2 : -1;
            double[] kMany = combine(sample, scratch.resolve("combined-many"), manyDir, runs, many);
            double[] kFew = many == few ? kMany : combine(sample, scratch.resolve("combined-few"), fewDir, runs, few);
            double[] hMany = h > 0 ? combine(sample, scratch.resolve("combined-half"), manyDir,
                    java.util.Arrays.copyOf(runs, h), many) : kMany;
            // their time is the sample's, a lower bound: a few tenths of a second of plots, too noisy to fit a line to
            double combinedSeconds = kMany[0];
            double combinedBytes = combined(kMany[1], kFew[1], hMany[1], k, h, many, few, total, replications);
            if (many == few) {
                return new Estimate(pending, replications, k, few, many, timeMany, 0, warmUp, sizeMany, 0, combinedSeconds,
                        combinedBytes);
            }
            // a line through the two passes, per run; a slope below zero is the machine's noise: then all per replication
            double perRepTime = Math.max(0, (timeMany - timeFew) / (many - few));
            double perRepSize = Math.max(0, (sizeMany - sizeFew) / (many - few));
            // files of a fixed size (series, summary) differ by a few digits between the passes: not a slope
            if (perRepSize * many < FIXED_SIZE_NOISE * sizeMany) perRepSize = 0;
            double perRunTime = Math.max(0, timeMany - perRepTime * many), perRunSize = Math.max(0, sizeMany - perRepSize * many);
            return new Estimate(pending, replications, k, few, many, perRunTime, perRepTime, warmUp, perRunSize, perRepSize,
                    combinedSeconds, combinedBytes);
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            ExperimentDir.deleteRecursively(scratch);
        }
    }

    /** A new folder in the nearest existing folder above {@code out} (the working folder when null), else in the system's. */
    static Path scratchNear(Path out) throws IOException {
        Path at = (out == null ? Path.of("results") : out).toAbsolutePath().normalize();
        while (at != null && !Files.isDirectory(at)) at = at.getParent();
        if (at != null) {
            try {
                return Files.createTempDirectory(at, ".scosim-dry-run-");
            } catch (IOException | SecurityException e) {
                // not writable there: the system's temporary folder, on whatever disk it is
            }
        }
        return Files.createTempDirectory("scosim-dry-run-");
    }

    /**
     * Runs the sample again and again to warm the JIT compiler up, as any run is past its first seconds: for about
     * {@link #warmUpSeconds}, and on while the compiler's threads still take more than {@link #QUIET_COMPILER_SHARE}
     * of a pass (they share the cores with the sample), for at most {@link #MAX_WARM_UP_SECONDS}: a long experiment
     * spends most of its time after that. Returns each pass's time.
     */
    private static List<Long> warmUp(Sample sample, Path warm, int[] runs, int replications)
            throws IOException, InterruptedException, ExperimentCommand.UsageError {
        List<Long> passes = new ArrayList<>();
        if (warmUpSeconds <= 0) return passes;
        long start = System.nanoTime();
        while (passes.size() < MAX_WARM_UP_PASSES) {
            long compiled = RunBench.compilingMillis(), t = System.nanoTime();
            sample.run(warm, runs, replications);
            long took = System.nanoTime() - t;
            passes.add(took);
            ExperimentDir.deleteRecursively(warm);
            long compiledNow = RunBench.compilingMillis();
            boolean quiet = compiled < 0 || compiledNow - compiled < QUIET_COMPILER_SHARE * took / 1e6;
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (elapsed >= MAX_WARM_UP_SECONDS || elapsed >= warmUpSeconds && quiet) break;
        }
        return passes;
    }

    /** The combined files of {@code runs} written into {@code out}: {seconds, bytes}. */
    private static double[] combine(Sample sample, Path out, Path runsDir, int[] runs, int replications)
            throws IOException, InterruptedException {
        Files.createDirectories(out);
        long t = System.nanoTime();
        sample.combine(out, runsDir, runs, replications);
        return new double[] {(System.nanoTime() - t) / 1e9, ExperimentDir.fileBytes(out)};
    }

    /**
     * What a dry run prints: the experiment, the sample, the time and the size, and that nothing was written.
     * {@code what}: e.g. "1,000 design points (lhs)"; {@code done}: runs already done (resuming), else 0;
     * {@code checkSeconds}: how long reading and checking the inputs took; {@code covered}: the combined files the
     * sample wrote after its runs (null: none).
     */
    static void print(String command, String what, int total, int done, Estimate e, int threads, boolean spark, Path out,
                      double checkSeconds, String covered) {
        int r = e.replications();
        System.out.printf(Locale.ROOT, "scosim %s --dry-run: %s x %s, %s%s%n", command, what, plural(r, "replication"),
                total == 1 ? "checked" : "every one checked", done > 0 ? "; " + done + " of " + total + " runs already done" : "");
        System.out.printf(Locale.ROOT, "  to run: %s, %s%n", plural(e.pending(), "run"), plural((long) e.pending() * r, "replication"));
        System.out.printf(Locale.ROOT, "  measured: %s of them here, on %s, with %s%n", plural(e.sampled(), "run"),
                plural(threads, "thread"), e.few() == e.many() ? plural(r, "replication") + " each"
                        : e.few() + " and with " + e.many() + " replications each");
        double combined = covered == null ? 0 : e.combinedSeconds();
        System.out.printf(Locale.ROOT, "  time: about %s on this machine, after the JVM's start:%n",
                duration(checkSeconds + e.jitWarmUpSeconds() + e.seconds() + combined));
        System.out.printf(Locale.ROOT, "    %s to read and check the inputs (as this dry run did)%n", duration(checkSeconds));
        System.out.printf(Locale.ROOT, "    %s more for the JIT compiler's warm-up (the first passes, against the same pass later)%n",
                duration(e.jitWarmUpSeconds()));
        String perRun = duration(e.secondsPerRun()) + " a run", perReplication = duration(e.secondsPerReplication()) + " a replication";
        System.out.printf(Locale.ROOT, "    %s for the runs: %s%n", duration(e.seconds()), e.secondsPerReplication() <= 0 ? perRun
                : e.secondsPerRun() < 1e-6 ? perReplication : perRun + " and " + perReplication);
        if (covered != null) {
            System.out.printf(Locale.ROOT, "    %s or more for %s (their time for the %s measured)%n", duration(combined),
                    covered, plural(e.sampled(), "run"));
        }
        if (spark) {
            System.out.printf(Locale.ROOT, "  with --engine spark: about %s of one core's time for the replications, "
                    + "shared by the cluster's cores%n", duration(e.pending() * e.secondsPerReplication() * r * threads));
        }
        System.out.printf(Locale.ROOT, "  size: about %s of files written in %s%n", bytes(e.bytes()), out == null ? "the output folder" : out);
        System.out.println("  nothing written (--dry-run)");
    }

    static String plural(long n, String noun) {
        return grouped(n) + " " + noun + (n == 1 ? "" : "s");
    }

    static String grouped(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    static String duration(double s) {
        if (s < 1e-3) return Num.format(Math.max(1, Math.round(s * 1e6))) + " µs";
        if (s < 1) return Num.format(Math.round(s * 1e4) / 10.0) + " ms";
        if (s < 120) return Num.format(Math.round(s * 10) / 10.0) + " s";
        if (s < 2 * 3600) return Num.format(Math.round(s / 6) / 10.0) + " min";
        return Num.format(Math.round(s / 360) / 10.0) + " h";
    }

    static String bytes(double b) {
        if (b < 1e3) return Math.round(b) + " B";
        if (b < 1e6) return Num.format(Math.round(b / 100) / 10.0) + " KB";
        if (b < 1e9) return Num.format(Math.round(b / 1e5) / 10.0) + " MB";
        return Num.format(Math.round(b / 1e8) / 10.0) + " GB";
    }
}
