package org.scosim.experiment;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of p-values (Holm 1979, "A simple sequentially rejective multiple test procedure"):
 * with the m p-values sorted, p_(i) becomes max over j <= i of min(1, (m - j + 1) p_(j)). Rejecting where the
 * adjusted value is below alpha controls the family-wise error rate at alpha under any dependence between the tests,
 * which a comparison's tests have (its measures come from the same runs). NaN values are not tests: they stay NaN
 * and do not count in m.
 */
public final class Holm {
    private Holm() {
    }

    public static double[] adjust(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) if (!Double.isNaN(p[i])) order[m++] = i;
        Integer[] tests = Arrays.copyOf(order, m);
        Arrays.sort(tests, Comparator.comparingDouble(i -> p[i]));   // stable: ties keep their order
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        double running = 0;
        for (int j = 0; j < m; j++) {
            running = Math.max(running, Math.min(1, (m - j) * p[tests[j]]));
            out[tests[j]] = running;
        }
        return out;
    }
}
