package org.scosim.experiment.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.scosim.experiment.ReplicationRunner;
import org.scosim.model.ModelBasis;
import org.scosim.output.Layout;
import org.scosim.output.Measures;
import org.scosim.output.ReplicationOutput;
import org.scosim.output.TableFormat;
import org.scosim.output.Tables;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.Seeds;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Runs an experiment's replications on Apache Spark: every (run, replication) pair is one task, computed with the
 * replication's own seed exactly as on this machine, and the results come back in task order, so the driver writes
 * the same files as the local engine (docs/cluster.md). Spark retries a failed task; a replication is a pure function
 * of its scenario and seed, so a retry gives the same values.
 */
public final class SparkEngine implements AutoCloseable {
    /** One run of the experiment: a scenario (a design point, or one of the scenarios compared) and its label. */
    public record Job(Scenario scenario, String runId, Long masterSeed, List<org.scosim.output.RunColumn> columns)
            implements Serializable {
        /** A job whose replications take their seeds from the experiment's master seed, without columns of its own. */
        public Job(Scenario scenario, String runId) {
            this(scenario, runId, null, List.of());
        }
    }

    private final JavaSparkContext context;
    private final int failOnceTask;
    private final int batchTasks;

    /** Connects to {@code master} ("local[*]", "spark://host:7077", "yarn", "k8s://...", or the spark-submit one). */
    public SparkEngine(String master) {
        this(master, -1, 0);
    }

    /**
     * For tests: the first attempt of task {@code failOnceTask} throws, so Spark must retry it (local mode needs a
     * master such as "local[2,2]" to allow the retry); {@code batchTasks}: tasks per Spark job (0: the default).
     */
    SparkEngine(String master, int failOnceTask, int batchTasks) {
        SparkConf conf = new SparkConf().setAppName("scosim").set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
        if (master != null && !master.isBlank()) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        this.context = new JavaSparkContext(conf);
        this.context.setLogLevel("ERROR");
        this.failOnceTask = failOnceTask;
        this.batchTasks = batchTasks > 0 ? batchTasks : Math.max(MIN_BATCH, context.defaultParallelism() * TASKS_PER_CORE);
    }

    /** Tasks per Spark job: enough to keep every core busy, few enough that the driver holds one batch's results. */
    static final int MIN_BATCH = 1024;
    static final int TASKS_PER_CORE = 64;

    /** The replications 0..n-1 of every job, per job in replication order (all held in memory: small experiments). */
    public List<List<ReplicationOutput>> run(List<Job> jobs, long masterSeed, int n, Set<Tables> tables) {
        Iterator<ReplicationOutput> it = stream(jobs.size(), jobs::get, masterSeed, n, tables, TableFormat.CSV);
        List<List<ReplicationOutput>> byJob = new ArrayList<>();
        for (int j = 0; j < jobs.size(); j++) {
            List<ReplicationOutput> reps = new ArrayList<>();
            for (int r = 0; r < n; r++) reps.add(it.next());
            byJob.add(reps);
        }
        return byJob;
    }

    /**
     * The replications 0..n-1 of jobs 0..jobs-1, job after job, in replication order. They are computed one batch of
     * tasks at a time (one Spark job each, every core busy); the driver holds one batch and asks {@code job} only for
     * the jobs of the batch it computes, so an experiment of any size fits in the driver's memory, and the caller can
     * write (and mark done) each run as its replications arrive.
     */
    public Iterator<ReplicationOutput> stream(int jobs, IntFunction<Job> job, long masterSeed, int n, Set<Tables> tables,
                                              TableFormat format) {
        EnumSet<Tables> chosen = tables.isEmpty() ? EnumSet.noneOf(Tables.class) : EnumSet.copyOf(tables);
        long total = (long) jobs * n;
        return new Iterator<>() {
            private long next;          // the next task to hand out
            private long batchStart;
            private List<ReplicationOutput> batch = List.of();

            @Override
            public boolean hasNext() {
                return next < total;
            }

            @Override
            public ReplicationOutput next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                if (next >= batchStart + batch.size()) {
                    batchStart = next;
                    batch = compute(next, Math.min(total, next + batchTasks), job, masterSeed, n, chosen, format);
                }
                return batch.get((int) (next++ - batchStart));
            }
        };
    }

    /** Tasks {@code from .. to-1} (task t is replication t % n of job t / n) as one Spark job, in task order. */
    private List<ReplicationOutput> compute(long from, long to, IntFunction<Job> job, long masterSeed, int n,
                                            EnumSet<Tables> chosen, TableFormat format) {
        int firstJob = (int) (from / n), lastJob = (int) ((to - 1) / n);
        List<Job> jobs = new ArrayList<>();
        for (int j = firstJob; j <= lastJob; j++) jobs.add(job.apply(j));
        List<long[]> tasks = new ArrayList<>();
        for (long t = from; t < to; t++) tasks.add(new long[]{t / n - firstJob, t % n, t});
        Broadcast<List<Job>> shared = context.broadcast(jobs);
        int fail = failOnceTask;
        int slices = Math.max(1, Math.min(tasks.size(), context.defaultParallelism() * 4));
        try {
            // a slice's replications of one job share its basis and layout, derived once in the slice
            return context.parallelize(tasks, slices).mapPartitions(slice -> {
                java.util.Map<Integer, ModelBasis> bases = new java.util.HashMap<>();
                java.util.Map<Integer, Layout> layouts = new java.util.HashMap<>();
                List<ReplicationOutput> out = new ArrayList<>();
                while (slice.hasNext()) {
                    long[] t = slice.next();
                    if (t[2] == fail && TaskContext.get() != null && TaskContext.get().attemptNumber() == 0) {
                        throw new IllegalStateException("task " + t[2] + " fails once on purpose (test)");
                    }
                    int k = (int) t[0];
                    Job one = shared.value().get(k);
                    Scenario sc = one.scenario();
                    int r = (int) t[1];
                    long master = one.masterSeed() != null ? one.masterSeed() : masterSeed;
                    out.add(ReplicationRunner.runOne(bases.computeIfAbsent(k, x -> ModelBasis.of(sc)),
                            layouts.computeIfAbsent(k, x -> new Layout(sc, Measures.STANDARD)), one.runId(), r,
                            Seeds.replication(master, r), chosen, one.columns(), format));
                }
                return out.iterator();
            }).collect();
        } finally {
            shared.destroy();
        }
    }

    /**
     * The engine's remote source on Spark at {@code master}: a Spark context is opened when the runs start and
     * closed when their replications have all been handed over (or the caller stops).
     */
    public static org.scosim.experiment.Engine.Remote remote(String master) {
        return runs -> {
            org.scosim.experiment.RunSpec first = runs.get(0);
            for (org.scosim.experiment.RunSpec r : runs) {
                if (r.replications() != first.replications() || !r.tables().equals(first.tables())
                        || r.format() != first.format()) {
                    throw new IllegalArgumentException("runs sent to Spark together share their replications, tables and format");
                }
            }
            SparkEngine spark = new SparkEngine(master);
            Iterator<ReplicationOutput> it = spark.stream(runs.size(),
                    k -> new Job(runs.get(k).scenario().scenario(), runs.get(k).runId(), runs.get(k).masterSeed(),
                            runs.get(k).columns()),
                    first.masterSeed(), first.replications(), first.tables(), first.format());
            return new org.scosim.experiment.Engine.Remote.Replications() {
                @Override
                public boolean hasNext() { return it.hasNext(); }

                @Override
                public ReplicationOutput next() { return it.next(); }

                @Override
                public void close() { spark.close(); }
            };
        };
    }

    /** Whether Spark is on the class path (it is under spark-submit, not in the everyday jar). */
    public static boolean available() {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkEngine.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
