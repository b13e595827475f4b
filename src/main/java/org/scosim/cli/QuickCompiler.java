package org.scosim.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Short experiments with the JIT's quick compiler alone. The optimizing compiler (C2) pays for itself only over
 * many replications: from the shell, 2,000 baseline replications with every table as CSV took 3.82 s with the quick
 * compiler (C1) alone against 4.42 s with both, a sweep of 1,000 points of one replication 4.17 s against 5.11 s;
 * but 5,000 replications 9.35 s against 7.36 s, and one replication of a 200-state world 1.53 s against 1.22 s
 * (docs/performance.md, fifteenth round). The launcher cannot tell an experiment's size before the JVM starts, so
 * the command, once it knows it, excludes C2 for the rest of the JVM's life with a compiler directive. Never where
 * the user chose the compilers (-XX:TieredStopAtLevel, -XX:-TieredCompilation), nor on a JVM without HotSpot's
 * diagnostic commands. Which compiler runs the code never changes any output.
 */
final class QuickCompiler {
    /** Replications in all, at most, for the quick compiler alone (measured crossover: 3,000-5,000). */
    static final long MAX_REPLICATIONS = 3000;
    /** States in the world, at most: in larger worlds one replication's loops need the optimizing compiler. */
    static final int MAX_STATES = 30;

    private static final String EXCLUDE_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private QuickCompiler() {
    }

    /** Whether an experiment of {@code replications} in all, in worlds of at most {@code states}, is short. */
    static boolean isShort(long replications, int states) {
        return replications >= 1 && replications <= MAX_REPLICATIONS && states <= MAX_STATES;
    }

    /** For a short experiment: C2 excluded from here on; else, or where the user chose, nothing. */
    static void forExperiment(long replications, int states) {
        if (!isShort(replications, states) || !compilersAreTheJvmsOwn()) return;
        try {
            Path f = Files.createTempFile("scosim-jit-", ".json");
            try {
                Files.writeString(f, EXCLUDE_C2);
                diagnosticCommand("compilerDirectivesAdd", f.toString());
            } finally {
                Files.deleteIfExists(f);
            }
        } catch (Exception | LinkageError e) {
            // not HotSpot, no diagnostic commands, or no temporary folder: both compilers, as before
        }
    }

    /** Whether C2 is excluded in this JVM by a directive (for tests and diagnosis). */
    static boolean c2Excluded() {
        try {
            String d = diagnosticCommand("compilerDirectivesPrint");
            int c2 = d.indexOf("c2 directives:");
            return c2 >= 0 && d.indexOf("Exclude:true", c2) >= 0;
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    private static boolean compilersAreTheJvmsOwn() {
        try {
            var vm = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return vm != null && "true".equals(vm.getVMOption("TieredCompilation").getValue())
                    && vm.getVMOption("TieredCompilation").getOrigin() == com.sun.management.VMOption.Origin.DEFAULT
                    && vm.getVMOption("TieredStopAtLevel").getOrigin() == com.sun.management.VMOption.Origin.DEFAULT;
        } catch (IllegalArgumentException | LinkageError e) {
            return false;
        }
    }

    private static String diagnosticCommand(String operation, String... args) throws Exception {
        Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[]{args}, new String[]{String[].class.getName()});
        return String.valueOf(out);
    }
}
