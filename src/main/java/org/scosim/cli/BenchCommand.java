package org.scosim.cli;

import org.scosim.experiment.ReplicationRunner;
import org.scosim.scenario.Seeds;
import org.scosim.io.InputException;
import org.scosim.io.ScenarioReader;
import org.scosim.model.ModelBasis;
import org.scosim.model.ScoModel;
import org.scosim.output.Layout;
import org.scosim.output.Measures;
import org.scosim.output.SeriesStats;
import org.scosim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Measures the cost of one replication on this machine: the model alone, and the model with every measure and
 * table row collected (single thread, after a warm-up, so the figures are per core); a whole run on each thread
 * count ({@link RunBench}); {@code scosim run} as new processes ({@link ShellBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measures what a replication costs on this machine: the model, its measures and table rows "
                + "(CPU and allocation on one thread, after warm-up), a whole run on each thread count, a sweep's "
                + "design points, and scosim run from the shell.")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", arity = "0..1", defaultValue = "scenarios/sco-baseline.yaml",
            description = "Scenario to measure (default: ${DEFAULT-VALUE}).")
    Path scenarioFile;

    @Option(names = {"-n", "--replications"}, paramLabel = "N", defaultValue = "2000",
            description = "Measured replications per case; for the points case, the design points (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1000",
            description = "Warm-up replications per case; for the points case, points (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--cases", paramLabel = "CASE[,CASE]", split = ",", defaultValue = "model,rows",
            description = "What to measure: model (the model alone), measures (model + every measure, no table rows), "
                    + "rows (model + every measure and table row), run (a whole run written to a temporary folder, "
                    + "as scosim run writes it, on each --threads count), points (a sweep's design points: -n runs of "
                    + "one replication each, each in a folder of its own as a sweep writes it, on each --threads "
                    + "count), shell (scosim run as a new process, from its start to its end, --starts times on each "
                    + "--threads count). Default: ${DEFAULT-VALUE}.")
    java.util.List<String> cases;

    @Option(names = "--starts", paramLabel = "K", defaultValue = "5",
            description = "For the shell case: the processes timed on each --threads count, after one untimed start "
                    + "(none with --warmup 0); the median and range are reported (default: ${DEFAULT-VALUE}).")
    int starts;

    @Option(names = "--threads", paramLabel = "T[,T]", split = ",", defaultValue = "1,2",
            description = "For the run, points and shell cases: the thread counts to compare (default: ${DEFAULT-VALUE}).")
    java.util.List<Integer> threads;

    @Option(names = "--tables", paramLabel = "T,T", split = ",", defaultValue = "all",
            description = "For the run and shell cases: the tables written, as in scosim run (default: ${DEFAULT-VALUE}).")
    java.util.List<String> tables;

    @Option(names = "--format", paramLabel = "csv|parquet", defaultValue = "csv",
            description = "For the rows, run and shell cases: how the rows are kept (CSV bytes, or typed columns) and the "
                    + "tables stored (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--decision-core",
            description = "Instead of a scenario, measure the decision core alone: one issue of 400 actors and a "
                    + "package of 10 such issues, under each consensus and majority rule.")
    boolean decisionCore;

    @Override
    public Integer call() {
        if (decisionCore) {
            if (replications < 1 || warmup < 0) {
                System.err.println("scosim bench: --replications must be at least 1 and --warmup at least 0");
                return 2;
            }
            DecisionCoreBench.run(Math.min(replications, 500), Math.min(warmup, 200));
            return 0;
        }
        Scenario sc;
        try {
            sc = ScenarioReader.read(scenarioFile).scenario();
        } catch (InputException e) {
            System.err.println("scosim bench: " + e.userMessage());
            return 2;
        }
        if (replications < 1 || warmup < 0) {
            System.err.println("scosim bench: --replications must be at least 1 and --warmup at least 0");
            return 2;
        }
        for (String c : cases) {
            if (!java.util.List.of("model", "measures", "rows", "run", "points", "shell").contains(c)) {
                System.err.println("scosim bench: --cases takes model, measures, rows, run, points and shell, got '" + c + "'");
                return 2;
            }
        }
        if (starts < 1) {
            System.err.println("scosim bench: --starts must be at least 1, got " + starts);
            return 2;
        }
        java.util.Set<org.scosim.output.Tables> chosen;
        try {
            chosen = org.scosim.output.Tables.parse(tables);
        } catch (IllegalArgumentException e) {
            System.err.println("scosim bench: " + e.getMessage());
            return 2;
        }
        org.scosim.output.TableFormat tableFormat = org.scosim.output.TableFormat.parse(format);
        if (tableFormat == null) {
            System.err.println("scosim bench: --format must be csv or parquet, got '" + format + "'");
            return 2;
        }
        for (int t : threads) {
            if (t < 1 || t > 1024) {
                System.err.println("scosim bench: --threads must be between 1 and 1024, got " + t);
                return 2;
            }
        }
        Layout layout = new Layout(sc, Measures.STANDARD);
        System.out.printf("%s: %d states, %d years; %d measured replications per case after %d warm-up%n",
                sc.name(), sc.states().size(), sc.years(), replications, warmup);
        System.out.println("  on " + machine());
        SeriesStats stats = new SeriesStats(layout);
        ModelBasis basis = ModelBasis.of(sc);
        java.util.function.IntConsumer model = r -> new ScoModel(basis, Seeds.replication(sc.seed(), r)).runToEnd();
        java.util.Set<org.scosim.output.Tables> all = java.util.EnumSet.allOf(org.scosim.output.Tables.class);
        // typed rows go back to the layout's pool after each replication, as the run's writer gives them back
        java.util.function.IntConsumer rows = r -> {
            org.scosim.output.ReplicationOutput out = ReplicationRunner.runOne(basis, layout, sc.name(), r,
                    Seeds.replication(sc.seed(), r), all, java.util.List.of(), tableFormat);
            stats.add(out.values());
            out.release();
        };
        String rowsLabel = tableFormat == org.scosim.output.TableFormat.CSV ? "model + all measures and rows" : "model + measures + typed rows";
        if (cases.contains("model") && cases.contains("rows")) {
            // in alternating blocks, so the ratio holds whatever the machine's speed does meanwhile
            measurePaired("model only", model, rowsLabel, rows, replications, warmup,
                    "rows, as " + tableFormat.name().toLowerCase(java.util.Locale.ROOT));
        } else if (cases.contains("model")) {
            measure("model only", replications, warmup, model);
        }
        if (cases.contains("measures")) {
            measure("model + all measures", replications, warmup, r -> stats.add(ReplicationRunner.runOne(basis, layout,
                    sc.name(), r, Seeds.replication(sc.seed(), r), java.util.EnumSet.noneOf(org.scosim.output.Tables.class)).values()));
        }
        if (cases.contains("rows") && !cases.contains("model")) measure(rowsLabel, replications, warmup, rows);
        if (cases.contains("run") || cases.contains("points")) {
            String current = "run";
            try {
                org.scosim.io.ResolvedScenario resolved = ScenarioReader.read(scenarioFile);
                if (cases.contains("run")) RunBench.measure(resolved, replications, warmup, threads, chosen, tableFormat);
                current = "points";
                if (cases.contains("points")) RunBench.measurePoints(resolved, replications, warmup, threads);
            } catch (InputException e) {
                System.err.println("scosim bench: " + e.userMessage());
                return 2;
            } catch (java.io.IOException | InterruptedException e) {
                System.err.println("scosim bench: the " + current + " case could not write its temporary folder: " + CliSupport.reason(e));
                return 1;
            }
        }
        if (cases.contains("shell")) {
            try {
                String failed = ShellBench.measure(scenarioFile, replications, warmup > 0, starts, threads, tables,
                        tableFormat.label());
                if (failed != null) {
                    System.err.println("scosim bench: " + failed);
                    return 1;
                }
            } catch (java.io.IOException | InterruptedException e) {
                System.err.println("scosim bench: the shell case could not start scosim run: " + CliSupport.reason(e));
                return 1;
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("  heap in use at the end: %.0f MiB (of at most %.0f MiB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
        return 0;
    }

    /** What the figures depend on besides the code: the JVM, the cores it may use, its garbage collectors. */
    static String machine() {
        StringBuilder gc = new StringBuilder();
        for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            gc.append(gc.isEmpty() ? "" : " + ").append(b.getName());
        }
        String names = gc.toString();
        String kind = names.startsWith("Copy") ? "serial" : names.startsWith("G1") ? "G1"
                : names.startsWith("PS ") ? "parallel" : names.startsWith("ZGC") ? "ZGC"
                : names.startsWith("Shenandoah") ? "Shenandoah" : "other";
        return "Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, " + kind + " collector (" + names + ")" + jitSettings();
    }

    /**
     * The JIT compiler's settings the launcher changes (docs/performance.md), where they differ from the JVM's own
     * defaults: they move a run's compiling time by a third. Empty on a JVM that has no such settings.
     */
    static String jitSettings() {
        try {
            var vm = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (vm == null) return "";
            java.util.List<String> set = new java.util.ArrayList<>();
            for (String name : java.util.List.of("UseProfiledLoopPredicate", "InlineSmallCode", "Tier4BackEdgeThreshold")) {
                var o = vm.getVMOption(name);
                if (o.getOrigin() != com.sun.management.VMOption.Origin.DEFAULT) set.add(name + "=" + o.getValue());
            }
            return set.isEmpty() ? "" : ", JIT " + String.join(" ", set);
        } catch (IllegalArgumentException | LinkageError e) {
            return "";   // not HotSpot, or a HotSpot without C2's settings
        }
    }

    static double measure(String label, int n, int warmup, java.util.function.IntConsumer body) {
        return measure(label, n, warmup, body, "replication");
    }

    /** Blocks of replications measured per case; their ratios give the paired figure. */
    static final int PAIRED_BLOCKS = 20;

    /**
     * Two cases in alternating blocks on this thread ({@link #PAIRED_BLOCKS}, {@code n} replications each case in
     * all): each case's figures as {@link #measure} prints them, then the median over blocks of b's CPU over a's.
     */
    static void measurePaired(String labelA, java.util.function.IntConsumer a, String labelB, java.util.function.IntConsumer b,
                              int n, int warmup, String ratioLabel) {
        for (int r = 0; r < warmup; r++) {
            a.accept(r);
            b.accept(r);
        }
        int blocks = Math.min(PAIRED_BLOCKS, n);
        Cost ca = new Cost(), cb = new Cost();
        double[] ratios = new double[blocks];
        for (int k = 0, done = 0; k < blocks; k++) {
            int size = (n - done) / (blocks - k);
            double first, second;
            if (k % 2 == 0) {
                first = ca.run(a, warmup + done, size);
                second = cb.run(b, warmup + done, size);
                ratios[k] = second / first;
            } else {
                first = cb.run(b, warmup + done, size);
                second = ca.run(a, warmup + done, size);
                ratios[k] = first / second;
            }
            done += size;
        }
        ca.print(labelA, n, "replication");
        cb.print(labelB, n, "replication");
        java.util.Arrays.sort(ratios);
        System.out.printf("  %-32s %8.2fx the model's CPU (median of %d alternating blocks; quartiles %.2f-%.2f)%n",
                ratioLabel, ratios[blocks / 2], blocks, ratios[blocks / 4], ratios[(3 * blocks) / 4]);
    }

    /** CPU, wall time and allocation of one case, summed over its blocks. */
    private static final class Cost {
        final com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu, wall, bytes;

        /** Runs {@code body} on replications {@code from .. from+count-1}; returns the block's CPU nanoseconds. */
        double run(java.util.function.IntConsumer body, int from, int count) {
            long tid = Thread.currentThread().getId();
            long b0 = mx.getThreadAllocatedBytes(tid), c0 = mx.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            for (int r = from; r < from + count; r++) body.accept(r);
            long c = mx.getCurrentThreadCpuTime() - c0;
            cpu += c;
            wall += System.nanoTime() - t0;
            bytes += mx.getThreadAllocatedBytes(tid) - b0;
            return c;
        }

        void print(String label, int n, String unit) {
            System.out.printf("  %-32s %8.3f ms wall  %8.3f ms CPU  %9.1f KiB allocated   per %s%n",
                    label, wall / 1e6 / n, cpu / 1e6 / n, bytes / 1024.0 / n, unit);
        }
    }

    /** Runs {@code body} {@code warmup} then {@code n} times on this thread; prints and returns the CPU ms per call. */
    static double measure(String label, int n, int warmup, java.util.function.IntConsumer body, String unit) {
        for (int r = 0; r < warmup; r++) body.accept(r);
        Cost cost = new Cost();
        cost.run(body, warmup, n);
        cost.print(label, n, unit);
        return cost.cpu / 1e6 / n;
    }
}
