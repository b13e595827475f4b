package org.scosim.cli;

import org.scosim.experiment.ExperimentDir;
import org.scosim.output.Num;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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
    /** The sample is run again and again for about this long before it is timed, at most this many times. */
    static final double WARM_UP_SECONDS = 2;
    /** {@link #WARM_UP_SECONDS}, lowered by tests, which measure the sizes rather than the times. */
    static double warmUpSeconds = WARM_UP_SECONDS;
    static final int MAX_WARM_UP_PASSES = 50;
    /**
     * A growth in size from the smaller pass to the larger below this share of the larger pass's size is taken for the
     * digits of files of a fixed size (the series, the summary), not for files that grow with the replications.
     */
    static final double FIXED_SIZE_NOISE = 0.05;
    /** The two timed passes are run in turns this many times; the quickest of each counts. */
    static final int TIMED_TURNS = 3;

    private DryRun() {
    }

    /** The experiment's runs and its combined files, for a sample of its runs. */
    interface Sample {
        /** Runs the sample runs {@code runs} (indices among those still to run) with {@code replications} each into {@code scratch}. */
        void run(Path scratch, int[] runs, int replications) throws IOException, InterruptedException, ExperimentCommand.UsageError;

        /** Writes into {@code scratch} the combined files of the sample runs {@link #run} wrote there. */
        default void combine(Path scratch, int[] runs, int replications) throws IOException, InterruptedException {
        }
    }

    /**
     * The estimate for {@code pending} runs of {@code replications} each, from the {@code sampled} runs measured: the
     * runs' time once the JIT compiler has warmed up, the combined files' time for the sample alone, what the JIT
     * compiler's warm-up added (the warm-up passes against the same pass warm), and the size of both.
     */
    record Estimate(int pending, int replications, int sampled, double secondsPerRun, double secondsPerReplication,
                    double combinedSecondsOfSample, double warmUpSeconds, double bytesPerRun, double bytesPerReplication) {
        /** The replications a sample run had in the smaller and in the larger pass. */
        int few() { return DryRun.few(pending, replications); }

        int many() { return DryRun.many(pending, replications); }

        double seconds() {
            return pending * (secondsPerRun + secondsPerReplication * replications);
        }

        double bytes() {
            return pending * (bytesPerRun + bytesPerReplication * replications);
        }
    }

    /** How many runs are sampled: about {@link #PASS_REPLICATIONS} replications a pass of at most {@link #MANY} a run. */
    static int sampled(int pending, int replications) {
        return Math.min(pending, -Math.floorDiv(-PASS_REPLICATIONS, Math.min(replications, MANY)));
    }

    /**
     * Replications a sample run in the larger timed pass: {@link #MANY}, or more when few runs are sampled (a run of
     * many replications alone: {@link #PASS_REPLICATIONS}), so that a pass lasts long enough to be timed; at most the
     * experiment's own.
     */
    static int many(int pending, int replications) {
        int k = sampled(pending, replications);
        return Math.min(replications, Math.max(MANY, -Math.floorDiv(-PASS_REPLICATIONS, k)));
    }

    /** Replications a sample run in the smaller pass: a quarter of {@link #many}, at least {@link #FEW}. */
    static int few(int pending, int replications) {
        return Math.min(replications, Math.max(FEW, many(pending, replications) / 4));
    }

    /** {@code k} indices spread evenly over {@code 0..n-1}, the first and the last included. */
    static int[] spread(int n, int k) {
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = k == 1 ? 0 : (int) ((long) i * (n - 1) / (k - 1));
        return out;
    }

    static Estimate measure(int pending, int replications, Sample sample)
            throws IOException, InterruptedException, ExperimentCommand.UsageError {
        int k = sampled(pending, replications);
        int[] runs = spread(pending, k);
        int few = few(pending, replications), many = many(pending, replications);
        Path scratch = Files.createTempDirectory("scosim-dry-run-");
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
            // the JIT compiler first, as in any run past its first seconds: passes for about WARM_UP_SECONDS
            long start = System.nanoTime();
            List<Long> warmPasses = new ArrayList<>();
            for (int pass = 0; pass < MAX_WARM_UP_PASSES && System.nanoTime() - start < warmUpSeconds * 1e9; pass++) {
                Path warm = scratch.resolve("warm-up");
                long t = System.nanoTime();
                sample.run(warm, runs, few);
                warmPasses.add(System.nanoTime() - t);
                ExperimentDir.deleteRecursively(warm);
            }
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
            long t2 = System.nanoTime();
            sample.combine(manyDir, runs, many);
            double combined = (System.nanoTime() - t2) / 1e9;
            double timeFew = bestFew / 1e9 / k, timeMany = bestMany / 1e9 / k;
            // what the warm-up passes took beyond the same pass warm: the JIT compiler's share of a run's start
            double warmUp = 0;
            for (long t : warmPasses) warmUp += Math.max(0, t - bestFew) / 1e9;
            double sizeMany = (double) size(manyDir) / k;
            if (many == few) return new Estimate(pending, replications, k, timeMany, 0, combined, warmUp, sizeMany, 0);
            sample.combine(fewDir, runs, few);
            double sizeFew = (double) size(fewDir) / k;
            // a line through the two passes, per run; a slope below zero is the machine's noise: then all per replication
            double perRepTime = Math.max(0, (timeMany - timeFew) / (many - few));
            double perRepSize = Math.max(0, (sizeMany - sizeFew) / (many - few));
            // files of a fixed size (series, summary) differ by a few digits between the passes: not a slope
            if (perRepSize * many < FIXED_SIZE_NOISE * sizeMany) perRepSize = 0;
            double perRunTime = Math.max(0, timeMany - perRepTime * many), perRunSize = Math.max(0, sizeMany - perRepSize * many);
            return new Estimate(pending, replications, k, perRunTime, perRepTime, combined, warmUp, perRunSize, perRepSize);
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            ExperimentDir.deleteRecursively(scratch);
        }
    }

    /** Bytes of the files under {@code dir}. */
    static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
        double combined = covered == null ? 0 : e.combinedSecondsOfSample();
        System.out.printf(Locale.ROOT, "  time: about %s on this machine, after the JVM's start:%n",
                duration(checkSeconds + e.warmUpSeconds() + e.seconds() + combined));
        System.out.printf(Locale.ROOT, "    %s to read and check the inputs (as this dry run did)%n", duration(checkSeconds));
        System.out.printf(Locale.ROOT, "    %s more for the JIT compiler's warm-up (the first passes, against the same pass later)%n",
                duration(e.warmUpSeconds()));
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
        System.out.printf(Locale.ROOT, "  size: about %s of files in %s%n", bytes(e.bytes()), out == null ? "the output folder" : out);
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
