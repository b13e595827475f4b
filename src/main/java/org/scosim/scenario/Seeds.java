package org.scosim.scenario;

/**
 * Replication seeds derived from the scenario's seed: seed_r = SplitMix64(master + r). Independent of thread count
 * and of how many replications are run, so replication r is the same run in a batch of 10 or of 10,000.
 */
public final class Seeds {
    private Seeds() {
    }

    public static long replication(long master, int replication) {
        long z = master + 0x9E3779B97F4A7C15L * (replication + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static final String DERIVATION = "seed_r = SplitMix64 finalizer of (master + 0x9E3779B97F4A7C15 * (r + 1))";
}
