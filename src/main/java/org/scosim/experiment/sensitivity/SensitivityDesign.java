package org.scosim.experiment.sensitivity;

import org.scosim.io.ScenarioOverride;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The design points of a sensitivity analysis, in unit scale, with what each point is for:
 * <ul>
 *   <li>Morris: r trajectories of k+1 points (r(k+1) points); block = trajectory, role = {@code start} or the path
 *       of the factor that moved to reach the point. Drawn from {@code SplittableRandom(master seed)}.</li>
 *   <li>Sobol: N rows of k+2 points (N(k+2) points); block = row, role = {@code A}, {@code B} or
 *       {@code AB:<path>}. Deterministic (a Sobol sequence).</li>
 * </ul>
 *
 * @param samples trajectories (Morris) or rows N (Sobol)
 * @param levels  Morris grid levels (0 for Sobol)
 * @param morris  the trajectories (Morris only, else null)
 */
public record SensitivityDesign(Method method, List<Factor> factors, int samples, int levels, double[][] unit,
                                int[] block, String[] role, List<Morris.Trajectory> morris) {
    public static final int MAX_POINTS = 1_000_000;

    public enum Method {
        MORRIS, SOBOL;

        public String label() { return name().toLowerCase(Locale.ROOT); }

        public static Method parse(String s) {
            for (Method m : values()) if (m.label().equals(s.trim().toLowerCase(Locale.ROOT))) return m;
            throw new IllegalArgumentException("--method '" + s + "': expected morris or sobol");
        }
    }

    /** Design points a method needs: r(k+1) for Morris, N(k+2) for Sobol. */
    public static long cost(Method method, int k, int samples) {
        return (long) samples * (method == Method.MORRIS ? k + 1 : k + 2);
    }

    public static SensitivityDesign morris(List<Factor> factors, int trajectories, int levels, long seed) {
        check(Method.MORRIS, factors.size(), trajectories);
        int k = factors.size();
        List<Morris.Trajectory> tr = Morris.design(k, trajectories, levels, new SplittableRandom(seed));
        int n = trajectories * (k + 1);
        double[][] unit = new double[n][];
        int[] block = new int[n];
        String[] role = new String[n];
        for (int t = 0; t < trajectories; t++) {
            for (int j = 0; j <= k; j++) {
                int p = t * (k + 1) + j;
                unit[p] = tr.get(t).points()[j];
                block[p] = t + 1;
                role[p] = j == 0 ? "start" : factors.get(tr.get(t).order()[j - 1]).path();
            }
        }
        return new SensitivityDesign(Method.MORRIS, List.copyOf(factors), trajectories, levels, unit, block, role, tr);
    }

    public static SensitivityDesign sobol(List<Factor> factors, int samples) {
        check(Method.SOBOL, factors.size(), samples);
        int k = factors.size();
        double[][] unit = Saltelli.design(k, samples);
        int[] block = new int[unit.length];
        String[] role = new String[unit.length];
        for (int p = 0; p < unit.length; p++) {
            int m = p % (k + 2);
            block[p] = p / (k + 2) + 1;
            role[p] = m == 0 ? "A" : m == k + 1 ? "B" : "AB:" + factors.get(m - 1).path();
        }
        return new SensitivityDesign(Method.SOBOL, List.copyOf(factors), samples, 0, unit, block, role, null);
    }

    private static void check(Method method, int k, int samples) {
        if (k < 1) throw new IllegalArgumentException("give at least one --factor PATH=MIN:MAX");
        if (samples < (method == Method.MORRIS ? 1 : 2)) {
            throw new IllegalArgumentException("--samples must be at least " + (method == Method.MORRIS ? 1 : 2)
                    + " for " + method.label() + ", got " + samples);
        }
        if (cost(method, k, samples) > MAX_POINTS) {
            throw new IllegalArgumentException(method.label() + " with " + k + " factors and --samples " + samples
                    + " needs " + cost(method, k, samples) + " design points, more than " + MAX_POINTS);
        }
    }

    public int size() { return unit.length; }

    /** The factor values of point p (0-based) as the scenario receives them. */
    public List<String> values(int p) {
        List<String> v = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) v.add(factors.get(i).value(unit[p][i]));
        return v;
    }

    public List<ScenarioOverride> overrides(int p) {
        List<ScenarioOverride> o = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) o.add(factors.get(i).override(unit[p][i]));
        return o;
    }

    /** "path=value, ..." of point p, for messages. */
    public String describe(int p) {
        List<String> parts = new ArrayList<>();
        List<String> v = values(p);
        for (int i = 0; i < factors.size(); i++) parts.add(factors.get(i).path() + "=" + v.get(i));
        return String.join(", ", parts);
    }
}
