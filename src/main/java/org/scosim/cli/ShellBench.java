package org.scosim.cli;

import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.scosim.experiment.ExperimentDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench --cases shell}: {@code scosim run} as a new process, timed from its start to its end, as a user
 * waits for it: the JVM starting, the command line and the scenario read, the JIT compiler warming up, the tables
 * written (no plots, as in the run case). The processes get this JVM's options (the launcher's collector, JIT
 * settings and class archive), not its agents or recordings; the thread counts take turns, so a drift of the
 * machine's speed falls on each alike.
 */
final class ShellBench {
    private ShellBench() {
    }

    /** Returns null when every start succeeded, else what went wrong. */
    static String measure(Path scenario, int replications, boolean warmup, int starts, List<Integer> threads,
                          List<String> tables, String format) throws IOException, InterruptedException {
        String what = String.join(",", tables).equals("none") ? "no tables" : "tables " + String.join(",", tables);
        Path dir = Files.createTempDirectory("scosim-bench-shell-");
        try {
            if (warmup) {   // untimed: the files read, the class archive mapped, as for every later start
                String failed = start(dir, scenario, replications, threads.get(0), tables, format, new double[1]);
                if (failed != null) return failed;
            }
            double[][] seconds = new double[threads.size()][starts];
            for (int k = 0; k < starts; k++) {
                for (int t = 0; t < threads.size(); t++) {
                    double[] took = new double[1];
                    String failed = start(dir, scenario, replications, threads.get(t), tables, format, took);
                    if (failed != null) return failed;
                    seconds[t][k] = took[0];
                }
            }
            for (int t = 0; t < threads.size(); t++) {
                double[] s = seconds[t].clone();
                Arrays.sort(s);
                double median = new Median().evaluate(s);
                double rate = replications / median;
                System.out.printf(Locale.ROOT, "  shell, %d thread%s, %s as %s:  %d replication%s, %d start%s: median %.2f s "
                                + "(%.2f-%.2f), " + (rate < 10 ? "%.2f" : "%.0f") + " replications a second%n",
                        threads.get(t), threads.get(t) == 1 ? "" : "s", what, format, replications,
                        replications == 1 ? "" : "s", starts, starts == 1 ? "" : "s", median, s[0], s[s.length - 1], rate);
            }
            return null;
        } finally {
            ExperimentDir.deleteRecursively(dir);
        }
    }

    /** One process, its wall time into {@code took[0]}; null, or its exit status and last line of errors. */
    private static String start(Path dir, Path scenario, int n, int threads, List<String> tables, String format,
                                double[] took) throws IOException, InterruptedException {
        Path out = dir.resolve("out");
        Path err = dir.resolve("stderr.txt");
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of("org.scosim.cli.Main", "run", scenario.toString(), "-n", Integer.toString(n),
                "--threads", Integer.toString(threads), "--tables", String.join(",", tables), "--format", format,
                "--no-plots", "-q", "-o", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        int status = p.waitFor();
        took[0] = (System.nanoTime() - t0) / 1e9;
        ExperimentDir.deleteRecursively(out);
        if (status == 0) return null;
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        return "the shell case's scosim run ended with status " + status
                + (lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1));
    }

    /** This JVM's java, options and class path, without agents and recordings (they belong to this process). */
    static List<String> javaCommand() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> c = new ArrayList<>(List.of(java));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-agentpath") || a.startsWith("-agentlib") || a.startsWith("-javaagent")
                    || a.startsWith("-XX:StartFlightRecording") || a.startsWith("-XX:FlightRecorderOptions")
                    || a.startsWith("-XX:ArchiveClassesAtExit") || a.startsWith("-XX:DumpLoadedClassList")) continue;
            c.add(a);
        }
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        return c;
    }
}
