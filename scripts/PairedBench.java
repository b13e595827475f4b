import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.lang.management.*;

/**
 * Paired comparison of two or more builds of scosim in one JVM: each jar in its own class loader, the model alone
 * (as `scosim bench --cases model`), blocks of replications alternating between the jars, CPU time per block. The
 * median of the per-block ratios is robust to the machine speeding up or slowing down during the measurement, which
 * on a shared machine moves single figures by 20% and more (docs/performance.md).
 *
 * Usage: java [-Dpaired.case=measures] scripts/PairedBench.java SCENARIO BLOCKS REPLICATIONS_PER_BLOCK A.jar B.jar [C.jar ...]
 * With -Dpaired.case=measures each replication also collects every measure, without table rows (as `scosim bench
 * --cases measures`); a jar written as measures:A.jar does so on its own, so that one build's measures can be set
 * against its model alone.
 */
public class PairedBench {
    static final class Side {
        final String name; final Object basis; final Constructor<?> ctor; final Method run; final Method seed; final long master;
        final boolean measures;
        Object layout, noTables, name0; Method runOne;
        Side(String arg, String scenario) throws Exception {
            name = arg;
            measures = arg.startsWith("measures:") || "measures".equals(System.getProperty("paired.case"));
            String jar = arg.startsWith("measures:") ? arg.substring("measures:".length()) : arg;
            URLClassLoader cl = new URLClassLoader(new URL[]{Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> reader = cl.loadClass("org.scosim.io.ScenarioReader");
            Object loaded = reader.getMethod("read", Path.class).invoke(null, Path.of(scenario));
            Object sc = loaded.getClass().getMethod("scenario").invoke(loaded);
            Class<?> scen = cl.loadClass("org.scosim.scenario.Scenario");
            master = (long) scen.getMethod("seed").invoke(sc);
            Class<?> mb = cl.loadClass("org.scosim.model.ModelBasis");
            basis = mb.getMethod("of", scen).invoke(null, sc);
            Class<?> model = cl.loadClass("org.scosim.model.ScoModel");
            ctor = model.getConstructor(mb, long.class);
            run = model.getMethod("runToEnd");
            seed = cl.loadClass("org.scosim.scenario.Seeds").getMethod("replication", long.class, int.class);
            if (measures) {
                Class<?> lay = cl.loadClass("org.scosim.output.Layout");
                layout = lay.getConstructor(scen, java.util.List.class).newInstance(sc,
                        cl.loadClass("org.scosim.output.Measures").getField("STANDARD").get(null));
                @SuppressWarnings({"unchecked", "rawtypes"})
                Object none = java.util.EnumSet.noneOf((Class) cl.loadClass("org.scosim.output.Tables"));
                noTables = none;
                name0 = scen.getMethod("name").invoke(sc);
                runOne = cl.loadClass("org.scosim.experiment.ReplicationRunner").getMethod("runOne", mb, lay,
                        String.class, int.class, long.class, java.util.Set.class);
            }
        }
        void block(int from, int n) throws Exception {
            for (int r = from; r < from + n; r++) {
                long sd = (long) seed.invoke(null, master, r);
                if (measures) runOne.invoke(null, basis, layout, name0, r, sd, noTables);
                else run.invoke(ctor.newInstance(basis, sd));
            }
        }
    }
    public static void main(String[] a) throws Exception {
        String scenario = a[0]; int blocks = Integer.parseInt(a[1]), per = Integer.parseInt(a[2]);
        Side[] s = new Side[a.length - 3];
        for (int k = 0; k < s.length; k++) s[k] = new Side(a[3 + k], scenario);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (Side x : s) x.block(0, per * 4); // warm-up
        double[][] t = new double[s.length][blocks];
        for (int b = 0; b < blocks; b++) {
            for (int k0 = 0; k0 < s.length; k0++) {
                int k = (k0 + b) % s.length;
                long c0 = mx.getCurrentThreadCpuTime();
                s[k].block(b * per, per);
                t[k][b] = (mx.getCurrentThreadCpuTime() - c0) / 1e6 / per;
            }
        }
        for (int k = 0; k < s.length; k++) {
            double[] v = t[k].clone(); java.util.Arrays.sort(v);
            System.out.printf("%s: median %.4f ms  min %.4f  q1 %.4f  q3 %.4f%n", s[k].name, v[v.length / 2], v[0], v[v.length / 4], v[3 * v.length / 4]);
        }
        // paired ratio per block, against the first
        for (int k = 1; k < s.length; k++) {
            double[] r = new double[blocks];
            for (int b = 0; b < blocks; b++) r[b] = t[k][b] / t[0][b];
            java.util.Arrays.sort(r);
            System.out.printf("%s / %s: median ratio %.3f (q1 %.3f, q3 %.3f)%n", s[k].name, s[0].name, r[blocks / 2], r[blocks / 4], r[3 * blocks / 4]);
        }
    }
}
