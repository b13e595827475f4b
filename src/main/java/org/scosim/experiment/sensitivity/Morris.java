package org.scosim.experiment.sensitivity;

import org.scosim.experiment.Design;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Morris elementary effects on the unit cube (Morris 1991, "Factorial sampling plans for preliminary computational
 * experiments", Technometrics 33(2); mu* from Campolongo, Cariboni and Saltelli 2007, Environ. Model. Softw. 22).
 *
 * <p>A trajectory has k+1 points on the grid {0, 1/(p-1), ..., 1}: a random start, then one factor at a time, in a
 * random order, moves by delta = p / (2(p-1)) up or down. Factor i's elementary effect is the change in the output
 * over its move divided by the move (+-delta), so it is in output units per whole range of the factor. Over r
 * trajectories: mu is the mean effect, mu* the mean absolute effect (large when a factor matters, whatever the sign),
 * sigma the standard deviation (n-1) of the effects (large when the factor acts non-linearly or with others).
 * The trajectories are drawn at random; Campolongo's selection of spread-out trajectories is not used.
 */
public final class Morris {
    /** Default number of grid levels (Morris 1991 and Saltelli et al. 2008, "Global sensitivity analysis", 3.3). */
    public static final int DEFAULT_LEVELS = 4;

    private Morris() {
    }

    /**
     * One trajectory: {@code points[j][i]} is factor i at step j (unit scale), {@code order[j]} the factor moved from
     * step j to j+1, {@code step[j]} its signed move.
     */
    public record Trajectory(double[][] points, int[] order, double[] step) {
    }

    /** Mu, mu* and sigma of one factor over the trajectories; sigma is NaN with fewer than two. */
    public record Effects(double mu, double muStar, double sigma) {
    }

    public static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /** {@code r} trajectories of {@code k} factors on {@code levels} levels (an even number, at least 2). */
    public static List<Trajectory> design(int k, int r, int levels, SplittableRandom rnd) {
        if (k < 1) throw new IllegalArgumentException("Morris needs at least one factor");
        if (r < 1) throw new IllegalArgumentException("Morris needs at least one trajectory, got " + r);
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("the number of Morris levels (--levels) must be even and at least 2, got " + levels);
        }
        int jump = levels / 2;                 // delta in grid steps
        List<Trajectory> out = new ArrayList<>();
        for (int t = 0; t < r; t++) {
            int[] level = new int[k];
            int[] dir = new int[k];
            for (int i = 0; i < k; i++) {
                int base = rnd.nextInt(levels - jump);   // base and base + jump both on the grid
                dir[i] = rnd.nextBoolean() ? 1 : -1;
                level[i] = dir[i] > 0 ? base : base + jump;
            }
            int[] order = Design.permutation(k, rnd);
            double[][] pts = new double[k + 1][];
            double[] step = new double[k];
            pts[0] = scale(level, levels - 1);
            for (int j = 0; j < k; j++) {
                int i = order[j];
                level[i] += dir[i] * jump;
                pts[j + 1] = scale(level, levels - 1);
                step[j] = pts[j + 1][i] - pts[j][i];
            }
            out.add(new Trajectory(pts, order, step));
        }
        return out;
    }

    /**
     * The effects of each factor from the outputs at the trajectories' points ({@code y[t][j]}: trajectory t, step
     * j). A NaN output makes the factor's effects in that trajectory NaN, and they are left out.
     */
    public static Effects[] effects(List<Trajectory> design, double[][] y) {
        int k = design.get(0).order().length;
        double[] sum = new double[k], sumAbs = new double[k];
        List<List<Double>> ee = new ArrayList<>();
        for (int i = 0; i < k; i++) ee.add(new ArrayList<>());
        for (int t = 0; t < design.size(); t++) {
            Trajectory tr = design.get(t);
            for (int j = 0; j < k; j++) {
                double e = (y[t][j + 1] - y[t][j]) / tr.step()[j];
                if (Double.isNaN(e)) continue;
                ee.get(tr.order()[j]).add(e);
            }
        }
        Effects[] out = new Effects[k];
        for (int i = 0; i < k; i++) {
            List<Double> e = ee.get(i);
            int n = e.size();
            for (double v : e) {
                sum[i] += v;
                sumAbs[i] += Math.abs(v);
            }
            double mu = n == 0 ? Double.NaN : sum[i] / n;
            double ss = 0;
            for (double v : e) ss += (v - mu) * (v - mu);
            out[i] = new Effects(mu, n == 0 ? Double.NaN : sumAbs[i] / n, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)));
        }
        return out;
    }

    private static double[] scale(int[] level, int top) {
        double[] x = new double[level.length];
        // a division, not a product with 1/top: the top level is then exactly 1
        for (int i = 0; i < level.length; i++) x[i] = level[i] / (double) top;
        return x;
    }
}
