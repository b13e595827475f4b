import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Paired comparison of two or more builds of scosim on what a run does per replication on one thread: the model, its
 * rows in the chosen format and the files written (every table, as `scosim run --threads 1`). Each jar in its own class
 * loader, blocks of replications alternating between the jars, each block a fresh output folder; CPU time of the
 * calling thread (the model, the rows and the encoding; not the collector's pauses) and wall time per block. The
 * medians of the per-block ratios are robust to the machine's speed changing during the measurement.
 *
 * Usage: java scripts/PairedRunBench.java SCENARIO csv|parquet BLOCKS REPLICATIONS_PER_BLOCK A.jar B.jar [C.jar ...]
 */
public class PairedRunBench {
    static final class Side {
        final String name; final Object basis, layout, tables, format; final Method runOne; final Constructor<?> output;
        final Method accept, finish, close; final long master; final Method seed;

        @SuppressWarnings({"unchecked", "rawtypes"})
        Side(String jar, String scenario, String fmt) throws Exception {
            name = jar;
            URLClassLoader cl = new URLClassLoader(new URL[]{Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Object loaded = cl.loadClass("org.scosim.io.ScenarioReader").getMethod("read", Path.class).invoke(null, Path.of(scenario));
            Object sc = loaded.getClass().getMethod("scenario").invoke(loaded);
            Class<?> scen = cl.loadClass("org.scosim.scenario.Scenario");
            master = (long) scen.getMethod("seed").invoke(sc);
            Class<?> mb = cl.loadClass("org.scosim.model.ModelBasis");
            basis = mb.getMethod("of", scen).invoke(null, sc);
            Class<?> lay = cl.loadClass("org.scosim.output.Layout");
            Object standard = cl.loadClass("org.scosim.output.Measures").getField("STANDARD").get(null);
            layout = lay.getConstructor(scen, List.class).newInstance(sc, standard);
            Class tab = cl.loadClass("org.scosim.output.Tables");
            tables = EnumSet.allOf(tab);
            Class tf = cl.loadClass("org.scosim.output.TableFormat");
            format = Enum.valueOf(tf, fmt.toUpperCase());
            Class<?> rr = cl.loadClass("org.scosim.experiment.ReplicationRunner");
            runOne = rr.getMethod("runOne", mb, lay, String.class, int.class, long.class, java.util.Set.class, List.class, tf);
            Class<?> ro = cl.loadClass("org.scosim.output.RunOutput");
            output = ro.getConstructor(Path.class, lay, java.util.Set.class, List.class, tf, int.class);
            Class<?> rep = cl.loadClass("org.scosim.output.ReplicationOutput");
            accept = ro.getMethod("accept", rep);
            finish = ro.getMethod("finish");
            close = ro.getMethod("close");
            seed = cl.loadClass("org.scosim.scenario.Seeds").getMethod("replication", long.class, int.class);
        }

        void block(int from, int n) throws Exception {
            Path dir = Files.createTempDirectory("paired-run");
            Object out = output.newInstance(dir, layout, tables, List.of(), format, 1);
            for (int r = from; r < from + n; r++) {
                accept.invoke(out, runOne.invoke(null, basis, layout, "bench", r, (long) seed.invoke(null, master, r), tables, List.of(), format));
            }
            finish.invoke(out);
            close.invoke(out);
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
    }

    public static void main(String[] a) throws Exception {
        String scenario = a[0], fmt = a[1];
        int blocks = Integer.parseInt(a[2]), per = Integer.parseInt(a[3]);
        Side[] s = new Side[a.length - 4];
        for (int k = 0; k < s.length; k++) s[k] = new Side(a[4 + k], scenario, fmt);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (Side x : s) for (int w = 0; w < 4; w++) x.block(0, per); // warm-up
        double[][] cpu = new double[s.length][blocks], wall = new double[s.length][blocks];
        for (int b = 0; b < blocks; b++) {
            for (int k0 = 0; k0 < s.length; k0++) {
                int k = (k0 + b) % s.length;
                long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
                s[k].block(b * per, per);
                cpu[k][b] = (mx.getCurrentThreadCpuTime() - c0) / 1e6 / per;
                wall[k][b] = (System.nanoTime() - w0) / 1e6 / per;
            }
        }
        for (int k = 0; k < s.length; k++) {
            System.out.printf("%s: CPU median %.4f ms a replication (q1 %.4f, q3 %.4f), wall median %.4f%n", s[k].name,
                    median(cpu[k]), quantile(cpu[k], 0.25), quantile(cpu[k], 0.75), median(wall[k]));
        }
        for (int k = 1; k < s.length; k++) {
            double[] rc = new double[blocks], rw = new double[blocks];
            for (int b = 0; b < blocks; b++) {
                rc[b] = cpu[k][b] / cpu[0][b];
                rw[b] = wall[k][b] / wall[0][b];
            }
            System.out.printf("%s / %s: CPU median ratio %.3f (q1 %.3f, q3 %.3f), wall %.3f (q1 %.3f, q3 %.3f)%n", s[k].name,
                    s[0].name, median(rc), quantile(rc, 0.25), quantile(rc, 0.75), median(rw), quantile(rw, 0.25), quantile(rw, 0.75));
        }
    }

    static double median(double[] v) { return quantile(v, 0.5); }

    static double quantile(double[] v, double q) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[(int) Math.min(c.length - 1, Math.floor(q * c.length))];
    }
}
