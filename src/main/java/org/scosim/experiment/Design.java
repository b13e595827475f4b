package org.scosim.experiment;

import org.scosim.io.ScenarioOverride;
import org.scosim.output.Num;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The design points of a sweep: each sets every varied path to one value.
 * <ul>
 *   <li>{@code grid}: the Cartesian product of the values, the first {@code --vary} varying slowest;</li>
 *   <li>{@code lhs}: a Latin hypercube of N points. Each dimension's N strata are shuffled independently; a range
 *       {@code from:step:to} is sampled uniformly within its stratum of [from, to] and rounded to the step's grid
 *       (a small step gives a near-continuous sample; an integer step keeps integer parameters integer); a
 *       continuous range {@code min:max} uniformly within its stratum of [min, max], at six significant digits; a list of
 *       values or names is sampled by index, the strata spreading the N points evenly over the list. Draws come from
 *       a {@link SplittableRandom} seeded with the master seed, dimension by dimension, so the design is
 *       deterministic.</li>
 * </ul>
 */
public final class Design {
    public enum Kind { GRID, LHS }

    public static final int MAX_POINTS = 100_000;

    /** A design point: its 1-based run id and the value (as text) of every varied path, in --vary order. */
    public record Point(int run, List<String> values) {
        public List<ScenarioOverride> overrides(List<VarySpec> specs) {
            List<ScenarioOverride> o = new ArrayList<>();
            for (int d = 0; d < specs.size(); d++) o.add(specs.get(d).override(values.get(d)));
            return o;
        }
    }

    private Design() {
    }

    public static List<Point> grid(List<VarySpec> specs) {
        long total = 1;
        for (VarySpec s : specs) {
            if (s.continuous()) {
                throw new IllegalArgumentException("--vary '" + s.text() + "': min:max is a continuous range, for --design "
                        + "lhs; a grid needs a list of values or a range from:step:to, e.g. " + s.path() + "="
                        + Num.format(s.range()[0]) + ":" + Num.format((s.range()[1] - s.range()[0]) / 10) + ":"
                        + Num.format(s.range()[1]));
            }
            total *= s.values().size();
            if (total > MAX_POINTS) throw new IllegalArgumentException("the grid has more than " + MAX_POINTS + " points");
        }
        List<Point> out = new ArrayList<>();
        int[] idx = new int[specs.size()];
        for (int p = 0; p < total; p++) {
            List<String> v = new ArrayList<>();
            for (int d = 0; d < specs.size(); d++) v.add(specs.get(d).values().get(idx[d]));
            out.add(new Point(p + 1, List.copyOf(v)));
            for (int d = specs.size() - 1; d >= 0; d--) {
                if (++idx[d] < specs.get(d).values().size()) break;
                idx[d] = 0;
            }
        }
        return out;
    }

    public static List<Point> lhs(List<VarySpec> specs, int samples, long seed) {
        if (samples < 1 || samples > MAX_POINTS) {
            throw new IllegalArgumentException("--samples must be between 1 and " + MAX_POINTS + ", got " + samples);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        String[][] values = new String[samples][specs.size()];
        for (int d = 0; d < specs.size(); d++) {
            VarySpec s = specs.get(d);
            int[] perm = permutation(samples, rnd);
            for (int i = 0; i < samples; i++) {
                double u = (perm[i] + rnd.nextDouble()) / samples;   // in [0, 1), one point per stratum
                if (s.continuous()) {
                    // the ends are six-digit numbers, so rounding a value between them to six digits keeps it there
                    double min = s.range()[0], max = s.range()[1];
                    values[i][d] = Num.format(Math.min(max, min + u * (max - min)));
                } else if (s.isRange()) {
                    double from = s.range()[0], step = s.range()[1], to = s.range()[2];
                    double x = from + u * (to - from);
                    double k = Math.rint((x - from) / step);
                    double maxK = Math.floor((to - from) / step + 1e-9);
                    k = Math.max(0, Math.min(maxK, k));
                    values[i][d] = Num.format(from + k * step);
                } else {
                    int k = Math.min(s.values().size() - 1, (int) Math.floor(u * s.values().size()));
                    values[i][d] = s.values().get(k);
                }
            }
        }
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < samples; i++) out.add(new Point(i + 1, List.of(values[i])));
        return out;
    }

    /** 0..k-1 in a random order (Fisher-Yates from the top), as the Latin hypercube and Morris's trajectories draw it. */
    public static int[] permutation(int k, SplittableRandom rnd) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) p[i] = i;
        for (int i = k - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
