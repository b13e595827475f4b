package org.scosim.experiment.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.scosim.experiment.ReplicationRunner;
import org.scosim.output.Layout;
import org.scosim.output.Measures;
import org.scosim.output.ReplicationOutput;
import org.scosim.output.Tables;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.Seeds;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs an experiment's replications on Apache Spark: every (run, replication) pair is one task, computed with the
 * replication's own seed exactly as on this machine, and the results come back in task order, so the driver writes
 * the same files as the local engine (docs/cluster.md). Spark retries a failed task; a replication is a pure function
 * of its scenario and seed, so a retry gives the same values.
 */
public final class SparkEngine implements AutoCloseable {
    /** One run of the experiment: a scenario (a design point, or one of the scenarios compared) and its label. */
    public record Job(Scenario scenario, String runId) implements Serializable {
    }

    private final JavaSparkContext context;
    private final int failOnceTask;

    /** Connects to {@code master} ("local[*]", "spark://host:7077", "yarn", "k8s://...", or the spark-submit one). */
    public SparkEngine(String master) {
        this(master, -1);
    }

    /**
     * For tests: the first attempt of task {@code failOnceTask} throws, so Spark must retry it (local mode needs a
     * master such as "local[2,2]" to allow the retry).
     */
    SparkEngine(String master, int failOnceTask) {
        SparkConf conf = new SparkConf().setAppName("scosim").set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
        if (master != null && !master.isBlank()) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        this.context = new JavaSparkContext(conf);
        this.context.setLogLevel("ERROR");
        this.failOnceTask = failOnceTask;
    }

    /** The replications 0..n-1 of every job, per job in replication order. */
    public List<List<ReplicationOutput>> run(List<Job> jobs, long masterSeed, int n, Set<Tables> tables) {
        List<int[]> tasks = new ArrayList<>();
        for (int j = 0; j < jobs.size(); j++) for (int r = 0; r < n; r++) tasks.add(new int[]{j, r, tasks.size()});
        Broadcast<List<Job>> shared = context.broadcast(new ArrayList<>(jobs));
        EnumSet<Tables> chosen = tables.isEmpty() ? EnumSet.noneOf(Tables.class) : EnumSet.copyOf(tables);
        int fail = failOnceTask;
        int slices = Math.max(1, Math.min(tasks.size(), context.defaultParallelism() * 4));
        List<ReplicationOutput> out = context.parallelize(tasks, slices).map(t -> {
            if (t[2] == fail && TaskContext.get() != null && TaskContext.get().attemptNumber() == 0) {
                throw new IllegalStateException("task " + t[2] + " fails once on purpose (test)");
            }
            Job job = shared.value().get(t[0]);
            Scenario sc = job.scenario();
            return ReplicationRunner.runOne(sc, new Layout(sc, Measures.STANDARD), job.runId(), t[1],
                    Seeds.replication(masterSeed, t[1]), chosen);
        }).collect();
        List<List<ReplicationOutput>> byJob = new ArrayList<>();
        for (int j = 0; j < jobs.size(); j++) byJob.add(new ArrayList<>(out.subList(j * n, (j + 1) * n)));
        return byJob;
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
