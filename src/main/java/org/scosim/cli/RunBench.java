package org.scosim.cli;

import org.scosim.experiment.Engine;
import org.scosim.experiment.ExperimentDir;
import org.scosim.experiment.RunSpec;
import org.scosim.io.ResolvedScenario;
import org.scosim.output.TableFormat;
import org.scosim.output.Tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code bench --cases run}: a whole run, end to end as {@code scosim run} does it (replications on the engine's
 * workers, every chosen table written, series and summary), into a temporary folder that is deleted afterwards; once
 * per thread count, after a warm-up run, reporting wall time, replications a second and bytes a replication.
 */
final class RunBench {
    private RunBench() {
    }

    static void measure(ResolvedScenario scenario, int n, int warmup, List<Integer> threads, Set<Tables> tables,
                        TableFormat format) throws IOException, InterruptedException {
        String what = tables.isEmpty() ? "no tables" : tables.size() == Tables.values().length ? "every table" : tables.size() == 1 ? tables.iterator().next().label() + " table" : tables.size() + " tables";
        if (warmup > 0) once(scenario, warmup, threads.get(threads.size() - 1), tables, format);
        double first = Double.NaN;
        for (int t : threads) {
            double[] r = once(scenario, n, t, tables, format);
            if (Double.isNaN(first)) first = r[0];
            System.out.printf("  run, %d thread%s, %s as %s:  %d replications in %.2f s wall (%.0f a second), %.1f KiB a replication%s%n",
                    t, t == 1 ? "" : "s", what, format.label(), n, r[0], n / r[0], r[1] / 1024 / n,
                    t == threads.get(0) ? "" : String.format(java.util.Locale.ROOT, ", %.2fx the first", first / r[0]));
            System.out.printf("    CPU of the whole process %.3f ms a replication (workers, writer, JIT compiler, collector); "
                    + "collector pauses %.2f s (%.1f%% of the wall time), %d collections%s%n",
                    r[4] / 1e6 / n, r[2], 100 * r[2] / r[0], (long) r[3],
                    Double.isNaN(r[5]) ? "" : String.format(java.util.Locale.ROOT, "; JIT compiling %.2f s", r[5]));
        }
    }

    /**
     * {@code bench --cases points}: the design points of a sweep, {@code n} runs of one replication each, each
     * written to a folder of its own as a sweep writes it by default ({@code values.bin} and the {@code done}
     * marker: no tables, so no series or summary of its own), through
     * {@link Engine#executeAll(int, int, java.util.function.IntFunction, Runnable)}; once per thread count, after a
     * warm-up of {@code warmup} points.
     */
    static void measurePoints(ResolvedScenario scenario, int n, int warmup, List<Integer> threads)
            throws IOException, InterruptedException {
        if (warmup > 0) points(scenario, warmup, threads.get(threads.size() - 1));
        double first = Double.NaN;
        for (int t : threads) {
            double[] r = points(scenario, n, t);
            if (Double.isNaN(first)) first = r[0];
            System.out.printf("  points, %d thread%s, one replication each, no tables:  %d points in %.2f s wall (%.0f a second), %.1f KiB a point%s%n",
                    t, t == 1 ? "" : "s", n, r[0], n / r[0], r[1] / 1024 / n,
                    t == threads.get(0) ? "" : String.format(java.util.Locale.ROOT, ", %.2fx the first", first / r[0]));
            System.out.printf("    CPU of the whole process %.3f ms a point; collector pauses %.2f s, %d collections%s%n",
                    r[4] / 1e6 / n, r[2], (long) r[3],
                    Double.isNaN(r[5]) ? "" : String.format(java.util.Locale.ROOT, "; JIT compiling %.2f s", r[5]));
        }
    }

    /** As {@link #once}, for {@code n} points of one replication each. */
    private static double[] points(ResolvedScenario scenario, int n, int threads) throws IOException, InterruptedException {
        int width = Integer.toString(n).length();
        long master = scenario.scenario().seed();
        return timed(threads, (engine, dir) -> engine.executeAll(n, 1, i -> RunSpec.of(scenario).runId(Integer.toString(i + 1))
                .dir(dir.resolve(String.format(java.util.Locale.ROOT, "%0" + width + "d", i + 1)))
                .masterSeed(master + i).replications(1).tables(java.util.EnumSet.noneOf(Tables.class)).plots(false).summaries(false)
                .command("scosim bench --cases points").resumable(true).build(), () -> { }));
    }

    /**
     * {wall seconds, bytes written, seconds in the garbage collector, collections, process CPU nanoseconds, seconds
     * the JIT compiler's threads spent compiling (NaN where the JVM does not say)}.
     */
    private static double[] once(ResolvedScenario scenario, int n, int threads, Set<Tables> tables, TableFormat format)
            throws IOException, InterruptedException {
        return timed(threads, (engine, dir) -> engine.execute(RunSpec.of(scenario).dir(dir).replications(n).tables(tables)
                .format(format).plots(false).command("scosim bench --cases run").build(), () -> { }));
    }

    /** What a bench case does with an engine of its threads, writing into a temporary folder. */
    @FunctionalInterface
    private interface Work {
        void run(Engine engine, Path dir) throws IOException, InterruptedException;
    }

    /** {@code work} on an engine of {@code threads}, into a temporary folder deleted afterwards: as {@link #once}. */
    private static double[] timed(int threads, Work work) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("scosim-bench-");
        try (Engine engine = Engine.local(threads)) {
            long[] gc0 = collections();
            long jit0 = compilingMillis();
            long cpu0 = processCpu();
            long t0 = System.nanoTime();
            work.run(engine, dir);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long cpu = processCpu() - cpu0;
            long[] gc1 = collections();
            long jit1 = compilingMillis();
            long bytes = ExperimentDir.fileBytes(dir);
            double jit = jit0 < 0 || jit1 < 0 ? Double.NaN : (jit1 - jit0) / 1e3;
            return new double[]{seconds, bytes, (gc1[0] - gc0[0]) / 1e3, gc1[1] - gc0[1], cpu, jit};
        } finally {
            ExperimentDir.deleteRecursively(dir);
        }
    }

    /** The CPU time of the whole JVM so far, in nanoseconds (0 where the platform does not report it). */
    private static long processCpu() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
    }

    /**
     * The time the JIT compiler's threads have spent compiling so far, in milliseconds, -1 where the JVM does not say:
     * how much of a run's CPU the warm-up still takes after the warm-up run (elapsed per compilation, so it counts
     * waiting for a core too).
     */
    static long compilingMillis() {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /** {milliseconds, count} the JVM's collectors have spent and made so far (stop-the-world for the serial one). */
    private static long[] collections() {
        long ms = 0, count = 0;
        for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, b.getCollectionTime());
            count += Math.max(0, b.getCollectionCount());
        }
        return new long[]{ms, count};
    }
}
