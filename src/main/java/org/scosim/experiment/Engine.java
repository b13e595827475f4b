package org.scosim.experiment;

import org.scosim.output.AtomicFiles;
import org.scosim.model.ModelBasis;
import org.scosim.output.Layout;
import org.scosim.output.Measures;
import org.scosim.output.Provenance;
import org.scosim.output.ReplicationOutput;
import org.scosim.output.RunOutput;
import org.scosim.output.SeriesStats;
import org.scosim.output.SeriesTable;
import org.scosim.output.SummaryJson;
import org.scosim.output.Tables;
import org.scosim.output.plot.Plots;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.Seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The one experiment engine: every command that runs the model (run, compare, sweep, sensitivity, calibrate,
 * report-fit) hands its work to an engine, which computes it on an executor (its own, or one passed in) and gives
 * the results back strictly in order, so no output depends on the number of threads. At most a small window of
 * finished results waits in memory. {@link #execute} writes one run's folder from a {@link RunSpec}.
 */
public final class Engine implements AutoCloseable {
    private final ExecutorService pool;
    private final int threads;
    private final boolean owned;

    private Engine(ExecutorService pool, int threads, boolean owned) {
        this.pool = pool;
        this.threads = threads;
        this.owned = owned;
    }

    /** An engine with {@code threads} worker threads of its own (1: everything on the calling thread). */
    public static Engine local(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        if (threads == 1) return new Engine(null, 1, false);
        return new Engine(Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "scosim-worker");
            t.setDaemon(true);
            return t;
        }), threads, true);
    }

    /** An engine on the caller's executor, sized {@code parallelism}; closing the engine leaves the executor running. */
    public static Engine on(ExecutorService executor, int parallelism) {
        if (parallelism < 1) throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        return new Engine(executor, parallelism, false);
    }

    public int threads() { return threads; }

    /**
     * Items {@code 0..count-1}: {@code prepare.apply(i)} runs on the calling thread, in order (reading a file, say)
     * and gives the work, which runs on the workers; {@code inOrder} receives the results on the calling thread in
     * item order.
     */
    public <T> void ordered(int count, IntFunction<Callable<T>> prepare, Consumer<T> inOrder) throws InterruptedException {
        if (pool == null) {
            for (int i = 0; i < count; i++) inOrder.accept(call(prepare.apply(i)));
            return;
        }
        int window = threads * 4;
        CompilerWarmUp warmUp = CompilerWarmUp.of(threads);
        ArrayDeque<Future<T>> pending = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < count || !pending.isEmpty()) {
                int inFlight = warmUp.workers(window);
                while (next < count && pending.size() < inFlight) pending.add(pool.submit(prepare.apply(next++)));
                inOrder.accept(await(pending.poll()));
            }
        } finally {
            for (Future<T> f : pending) f.cancel(true);
        }
    }

    /** {@code task(0..count-1)} computed on the workers, as a list in item order. */
    public <T> List<T> map(int count, IntFunction<T> task) {
        List<T> out = new ArrayList<>(count);
        try {
            ordered(count, i -> () -> task.apply(i), out::add);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return out;
    }

    /**
     * Replications {@code first .. first+count-1} of a scenario, with seeds derived from {@code masterSeed}, handed to
     * {@code inOrder} in replication order on the calling thread.
     */
    public void replications(Scenario scenario, Layout layout, String runId, long masterSeed, int first, int count,
                             Set<Tables> tables, Consumer<ReplicationOutput> inOrder) throws InterruptedException {
        ModelBasis basis = ModelBasis.of(scenario);
        ordered(count, i -> () -> ReplicationRunner.runOne(basis, layout, runId, first + i,
                Seeds.replication(masterSeed, first + i), tables), inOrder);
    }

    /** Where a run's replications come from, handed over in replication order: this engine's workers, or a cluster. */
    @FunctionalInterface
    public interface ReplicationSource {
        void run(Consumer<ReplicationOutput> inOrder) throws InterruptedException;
    }

    /**
     * What a run left: its statistics over replications (null for a run that writes no series, summary or plots)
     * and how long it took.
     */
    public record Result(SeriesStats stats, double seconds) {
    }

    /** One run, its replications computed by this engine's workers. */
    public Result execute(RunSpec spec, Runnable step) throws IOException, InterruptedException {
        Scenario sc = spec.scenario().scenario();
        Layout layout = new Layout(sc, Measures.STANDARD);
        ModelBasis basis = ModelBasis.of(sc);
        return execute(spec, step, inOrder -> ordered(spec.replications(), i -> () -> ReplicationRunner.runOne(basis, layout,
                spec.runId(), i, Seeds.replication(spec.masterSeed(), i), spec.tables(), spec.columns(), spec.format()),
                inOrder));
    }

    /**
     * One run into {@code spec.dir()}, its replications from {@code source}: the tables streamed as replications
     * arrive (CSV rows or Parquet row groups), then series and summary (unless the spec says not), optional plots.
     * A resumable run (an experiment's) also keeps {@code values.bin} for the combined files and ends with the
     * {@code done} marker; its folder is cleared first, so an unfinished one is redone from scratch.
     */
    public Result execute(RunSpec spec, Runnable step, ReplicationSource source) throws IOException, InterruptedException {
        if (spec.resumable()) ExperimentDir.deleteRecursively(spec.dir());
        Scenario sc = spec.scenario().scenario();
        Layout layout = new Layout(sc, Measures.STANDARD);
        String started = OffsetDateTime.now().toString();
        long t0 = System.nanoTime();
        // the statistics over replications, for a run that writes its series, summary or plots (a sweep's point
        // without tables writes none of them: its values.bin is what the sweep reads)
        SeriesStats stats = spec.summaries() || spec.plots() ? new SeriesStats(layout) : null;
        try (RunOutput o = new RunOutput(spec.dir(), spec.tables(), spec.columns(), spec.format(), threads);
             ValueSeries.Writer values = spec.resumable() ? new ValueSeries.Writer(spec.dir(), layout) : null) {
            source.run(rep -> {
                try {
                    o.accept(rep);
                    if (values != null) values.add(rep);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (stats != null) stats.add(rep.values());
                step.run();
            });
            o.finish();
            if (values != null) values.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (spec.summaries()) {
            Provenance prov = new Provenance(spec.command(), spec.scenarioFile(), spec.scenario().sha256(),
                    spec.scenario().resolved(), spec.masterSeed(), spec.replications(),
                    ExperimentDir.seeds(spec.masterSeed(), spec.replications()), started);
            AtomicFiles.write(spec.dir().resolve(SeriesTable.FILE), SeriesTable.render(stats));
            AtomicFiles.write(spec.dir().resolve(SummaryJson.FILE), SummaryJson.render(stats, prov));
        }
        if (spec.plots()) Plots.writeStandard(stats, sc.title(), spec.dir());
        if (spec.resumable()) {
            AtomicFiles.write(spec.dir().resolve(ExperimentDir.DONE),
                    "replications " + spec.replications() + "\nmaster seed " + spec.masterSeed() + "\n");
        }
        return new Result(stats, seconds);
    }

    /** Where an experiment's runs are computed when not on this engine's workers: a cluster. */
    @FunctionalInterface
    public interface Remote {
        /**
         * Starts computing {@code runs} (the same number of replications and tables; each its own master seed and
         * columns): their replications, run after run, each in replication order.
         */
        Replications start(List<RunSpec> runs);

        /** The replications as they arrive; closing it releases the cluster. */
        interface Replications extends java.util.Iterator<ReplicationOutput>, AutoCloseable {
            @Override
            void close();
        }
    }

    /**
     * Every run of an experiment, in order, each written (and marked done) before the next: on this engine's
     * workers, or with the replications from {@code remote} (null: here). Returns the number of runs.
     */
    public int executeAll(List<RunSpec> runs, Remote remote, Runnable step) throws IOException, InterruptedException {
        if (remote == null || runs.isEmpty()) {
            return executeAll(runs.size(), runs.stream().mapToInt(RunSpec::replications).max().orElse(0), runs::get, step);
        }
        try (Remote.Replications in = remote.start(runs)) {
            for (RunSpec r : runs) {
                execute(r, step, inOrder -> {
                    for (int k = 0; k < r.replications(); k++) inOrder.accept(in.next());
                });
            }
        }
        return runs.size();
    }

    /**
     * Runs {@code 0..count-1} on this engine's workers, as {@link #executeAll(List, Remote, Runnable)} does, each
     * described by {@code run.apply(i)} only when it is due (on a worker, when the runs go side by side), so that an
     * experiment of many runs need not hold every run's scenario at once. {@code mostReplications}: the largest
     * number of replications of a run. Returns the number of runs.
     */
    public int executeAll(int count, int mostReplications, IntFunction<RunSpec> run, Runnable step)
            throws IOException, InterruptedException {
        if (sideBySide(count, mostReplications)) {
            executeSideBySide(count, run, step);
        } else {
            for (int i = 0; i < count; i++) execute(run.apply(i), step);
        }
        return count;
    }

    /**
     * Whether the runs go to the workers whole, one run a worker, rather than one after the other with their
     * replications shared out: when there are enough runs to keep every worker busy, and each is short enough that
     * writing its own files (series, summary, values, done marker; a few milliseconds) would otherwise leave the
     * workers waiting on the calling thread.
     */
    boolean sideBySide(int runs, int mostReplications) {
        return pool != null && runs >= RUNS_PER_WORKER * threads && mostReplications <= SHORT_RUN_REPLICATIONS;
    }

    /** Runs a worker should have, at least, before runs go to the workers whole (the last ones leave cores idle). */
    static final int RUNS_PER_WORKER = 4;
    /** Replications in a run short enough to go to a worker whole (docs/performance.md, fifteenth round). */
    static final int SHORT_RUN_REPLICATIONS = 100;

    /** Each run whole on a worker, with that worker's thread alone: the files are the same as run by run. */
    private void executeSideBySide(int count, IntFunction<RunSpec> run, Runnable step) throws IOException, InterruptedException {
        Engine alone = new Engine(null, 1, false);
        Object lock = new Object();
        Runnable stepSafely = () -> {
            synchronized (lock) {
                step.run();
            }
        };
        try {
            ordered(count, i -> () -> alone.execute(run.apply(i), stepSafely), r -> { });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() {
        if (owned) pool.shutdownNow();
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            if (cause instanceof IOException io) throw new UncheckedIOException(io);
            throw new IllegalStateException(cause);
        }
    }
}
