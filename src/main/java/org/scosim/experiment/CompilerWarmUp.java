package org.scosim.experiment;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * How many workers may compute while the JIT compiler is still compiling the code of the first replications. Where
 * the workers take every core, the compiler's threads compete with them and the code stays slow for longer: from the
 * shell, 2,000 baseline replications with no tables took 3.85 s on one thread of two cores and 4.51 s on two. So
 * until the compiler falls quiet, one worker is left out. Quiet: over a window of {@link #WINDOW_NANOS} of wall time,
 * compiling took less than {@link #QUIET_SHARE} of it. From then on every engine of the JVM uses all its workers.
 * Which thread computes a replication never changes any output.
 */
final class CompilerWarmUp {
    /** Assumption: a tenth of a second is long enough to tell whether the compiler is still at work. */
    static final long WINDOW_NANOS = 100_000_000L;
    /** Assumption: compiling under a quarter of the wall time leaves the cores to the workers. */
    static final double QUIET_SHARE = 0.25;

    /** Whether the compiler of this JVM has fallen quiet once: later runs start with every worker. */
    private static final AtomicBoolean JVM_QUIET = new AtomicBoolean();

    private final LongSupplier compiledMillis;
    private final LongSupplier nanoTime;
    private final AtomicBoolean quiet;
    private final int narrow;
    private long since;
    private long compiledSince;

    /**
     * {@code compiledMillis}: the compiler's threads' time spent compiling so far (null: unknown, never narrow);
     * {@code quiet}: shared by the warm-ups that follow one another.
     */
    CompilerWarmUp(LongSupplier compiledMillis, LongSupplier nanoTime, AtomicBoolean quiet, int narrow) {
        this.compiledMillis = compiledMillis;
        this.nanoTime = nanoTime;
        this.quiet = compiledMillis == null ? new AtomicBoolean(true) : quiet;
        this.narrow = narrow;
        this.since = nanoTime.getAsLong();
        this.compiledSince = compiledMillis == null ? 0 : compiledMillis.getAsLong();
    }

    /** For {@code threads} workers: narrow only where they take every core and the JVM reports its compiling. */
    static CompilerWarmUp of(int threads) {
        // the cheap questions first: the compiler's figure costs the JVM's management classes, cold
        boolean applies = threads > 1 && threads >= Runtime.getRuntime().availableProcessors() && !JVM_QUIET.get();
        CompilationMXBean jit = applies ? ManagementFactory.getCompilationMXBean() : null;
        applies &= jit != null && jit.isCompilationTimeMonitoringSupported();
        return new CompilerWarmUp(applies ? jit::getTotalCompilationTime : null, System::nanoTime, JVM_QUIET,
                Math.max(1, threads - 1));
    }

    /** The workers to keep busy now, of {@code wide}: fewer while the compiler works. */
    int workers(int wide) {
        if (quiet.get()) return wide;
        long now = nanoTime.getAsLong();
        if (now - since >= WINDOW_NANOS) {
            long compiled = compiledMillis.getAsLong();
            if ((compiled - compiledSince) * 1e6 < QUIET_SHARE * (now - since)) {
                quiet.set(true);
                return wide;
            }
            since = now;
            compiledSince = compiled;
        }
        return Math.min(narrow, wide);
    }
}
