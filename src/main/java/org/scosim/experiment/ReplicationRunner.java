package org.scosim.experiment;

import org.scosim.scenario.Seeds;

import org.scosim.model.ScoModel;
import org.scosim.output.Layout;
import org.scosim.output.ReplicationCollector;
import org.scosim.output.ReplicationOutput;
import org.scosim.output.Tables;
import org.scosim.scenario.Scenario;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs replications on a pool of threads and hands the results to one consumer strictly in replication order, so
 * outputs do not depend on the thread count. At most a small window of finished replications waits in memory.
 */
public final class ReplicationRunner {
    private ReplicationRunner() {
    }

    /** One replication, headless. */
    public static ReplicationOutput runOne(Scenario scenario, Layout layout, String run, int replication, long seed) {
        return runOne(scenario, layout, run, replication, seed, EnumSet.allOf(Tables.class));
    }

    /** One replication, headless, rendering only the given tables. */
    public static ReplicationOutput runOne(Scenario scenario, Layout layout, String run, int replication, long seed,
                                           Set<Tables> tables) {
        ScoModel model = new ScoModel(scenario, seed);
        ReplicationCollector collector = new ReplicationCollector(layout, run, replication, seed, tables);
        model.setObserver(collector);
        model.runToEnd();
        return collector.output();
    }

    /**
     * Runs replications {@code first .. first+count-1} with seeds derived from {@code masterSeed}, calling
     * {@code inOrder} for each in order on the calling thread.
     */
    public static void run(Scenario scenario, Layout layout, String run, long masterSeed, int first, int count,
                           int threads, Consumer<ReplicationOutput> inOrder) throws InterruptedException {
        run(scenario, layout, run, masterSeed, first, count, threads, EnumSet.allOf(Tables.class), inOrder);
    }

    /** As above, rendering only the given tables. */
    public static void run(Scenario scenario, Layout layout, String run, long masterSeed, int first, int count,
                           int threads, Set<Tables> tables, Consumer<ReplicationOutput> inOrder)
            throws InterruptedException {
        if (threads <= 1) {
            for (int r = first; r < first + count; r++) {
                inOrder.accept(runOne(scenario, layout, run, r, Seeds.replication(masterSeed, r), tables));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "replication");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = threads * 4;
            ArrayDeque<Future<ReplicationOutput>> pending = new ArrayDeque<>();
            int next = first;
            int end = first + count;
            while (next < end || !pending.isEmpty()) {
                while (next < end && pending.size() < window) {
                    int r = next++;
                    pending.add(pool.submit(() -> runOne(scenario, layout, run, r, Seeds.replication(masterSeed, r), tables)));
                }
                try {
                    inOrder.accept(pending.poll().get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) throw re;
                    if (cause instanceof Error err) throw err;
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
