package org.scosim.experiment.sensitivity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.*;

/** The estimators against functions whose indices are known in closed form. */
class EstimatorsTest {
    static final double PI = Math.PI;

    static double[] evaluate(double[][] design, ToDoubleFunction<double[]> f) {
        double[] y = new double[design.length];
        for (int i = 0; i < design.length; i++) y[i] = f.applyAsDouble(design[i]);
        return y;
    }

    /** Ishigami (1990) on [-pi, pi]^3, from unit-scale inputs. */
    static double ishigami(double[] u, double a, double b) {
        double x1 = -PI + 2 * PI * u[0], x2 = -PI + 2 * PI * u[1], x3 = -PI + 2 * PI * u[2];
        return Math.sin(x1) + a * Math.sin(x2) * Math.sin(x2) + b * Math.pow(x3, 4) * Math.sin(x1);
    }

    static void assertCovers(double truth, double low, double high, String what) {
        assertTrue(low <= truth && truth <= high, what + ": " + truth + " outside [" + low + ", " + high + "]");
    }

    @Test
    void sobolIndicesOfTheIshigamiFunctionCoverTheAnalyticValues() {
        double a = 7, b = 0.1;
        // closed forms (Sobol' and Levitan 1999; Saltelli et al. 2008, "Global sensitivity analysis", 4.8)
        double v1 = 0.5 * Math.pow(1 + b * Math.pow(PI, 4) / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * Math.pow(PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        assertEquals(0.314, s1[0], 5e-4);   // the published values, as a check on the closed forms above
        assertEquals(0.442, s1[1], 5e-4);
        assertEquals(0.558, st[0], 5e-4);
        assertEquals(0.244, st[2], 5e-4);

        int n = 4096;
        double[] y = evaluate(Saltelli.design(3, n), u -> ishigami(u, a, b));
        Saltelli.Indices ix = Saltelli.indices(y, 3, n, 1000, 42);
        for (int i = 0; i < 3; i++) {
            assertCovers(s1[i], ix.s1Low()[i], ix.s1High()[i], "S1 of x" + (i + 1));
            assertCovers(st[i], ix.stLow()[i], ix.stHigh()[i], "ST of x" + (i + 1));
            assertEquals(s1[i], ix.s1()[i], 0.03, "S1 of x" + (i + 1));
            assertEquals(st[i], ix.st()[i], 0.03, "ST of x" + (i + 1));
            assertTrue(ix.s1High()[i] - ix.s1Low()[i] < 0.15, "an informative interval");
        }
    }

    @Test
    void sobolIndicesOfTheGFunctionCoverTheAnalyticValues() {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        int k = a.length;
        // V_i = 1 / (3 (1 + a_i)^2); S_i = V_i / V; ST_i = V_i prod_{j != i} (1 + V_j) / V (Saltelli et al. 2010)
        double[] vi = new double[k];
        double prod = 1;
        for (int i = 0; i < k; i++) {
            vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        int n = 8192;
        double[] y = evaluate(Saltelli.design(k, n), u -> {
            double g = 1;
            for (int i = 0; i < k; i++) g *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
            return g;
        });
        Saltelli.Indices ix = Saltelli.indices(y, k, n, 1000, 7);
        for (int i = 0; i < k; i++) {
            double s1 = vi[i] / v, st = vi[i] * prod / (1 + vi[i]) / v;
            assertCovers(s1, ix.s1Low()[i], ix.s1High()[i], "S1 of x" + (i + 1));
            assertCovers(st, ix.stLow()[i], ix.stHigh()[i], "ST of x" + (i + 1));
        }
    }

    @Test
    void aFactorWithoutEffectGetsZeroAndTheOnlyActiveFactorGetsAllTheVariance() {
        int n = 512;
        // x2 is inert; x1 acts alone (non-linearly) in the first function, with x3 in the second
        double[] alone = evaluate(Saltelli.design(3, n), u -> Math.exp(2 * u[0]));
        Saltelli.Indices ix = Saltelli.indices(alone, 3, n, 500, 1);
        assertEquals(1, ix.st()[0], 0.02);
        assertEquals(1, ix.s1()[0], 0.05);
        for (int i = 1; i < 3; i++) {
            assertTrue(ix.s1Low()[i] <= 0 && 0 <= ix.s1High()[i], "S1 CI covers 0");
            assertTrue(ix.stLow()[i] <= 0 && 0 <= ix.stHigh()[i], "ST CI covers 0");
            assertEquals(0, ix.st()[i], 1e-12);
        }
        double[] two = evaluate(Saltelli.design(3, n), u -> u[0] + 3 * u[2] * u[0]);
        Saltelli.Indices iy = Saltelli.indices(two, 3, n, 500, 1);
        assertTrue(iy.s1Low()[1] <= 0 && 0 <= iy.s1High()[1]);
        assertEquals(0, iy.st()[1], 1e-12);
        assertTrue(iy.st()[2] > 0.1, "interacting factor has a total effect");

        double[][] y = morrisOutputs(3, 20, u -> Math.exp(2 * u[0]) + 0 * u[1]);
        Morris.Effects[] e = Morris.effects(design(3, 20), y);
        assertEquals(0, e[1].muStar());
        assertEquals(0, e[2].muStar());
        assertTrue(e[0].muStar() > 1);
    }

    @Test
    void morrisOnALinearFunctionGivesTheCoefficientsExactly() {
        double[] c = {2.5, -1, 0, 7, 0.125};
        double[][] y = morrisOutputs(5, 12, u -> {
            double s = 3;
            for (int i = 0; i < 5; i++) s += c[i] * u[i];
            return s;
        });
        Morris.Effects[] e = Morris.effects(design(5, 12), y);
        for (int i = 0; i < 5; i++) {
            assertEquals(c[i], e[i].mu(), 1e-12, "mu of x" + (i + 1));
            assertEquals(Math.abs(c[i]), e[i].muStar(), 1e-12, "mu* of x" + (i + 1));
            assertEquals(0, e[i].sigma(), 1e-12, "sigma of x" + (i + 1));
        }
    }

    @Test
    void morrisTrajectoriesMoveEachFactorOnceByDelta() {
        for (int levels : new int[] {2, 4, 6}) {
            List<Morris.Trajectory> d = Morris.design(4, 30, levels, new SplittableRandom(3));
            double delta = Morris.delta(levels);
            for (Morris.Trajectory t : d) {
                boolean[] moved = new boolean[4];
                for (int j = 0; j < 4; j++) {
                    int i = t.order()[j];
                    assertFalse(moved[i]);
                    moved[i] = true;
                    for (int f = 0; f < 4; f++) {
                        double change = t.points()[j + 1][f] - t.points()[j][f];
                        assertEquals(f == i ? t.step()[j] : 0, change, 0);
                    }
                    assertEquals(delta, Math.abs(t.step()[j]), 1e-12);
                }
                for (double[] p : t.points()) {
                    for (double x : p) {
                        assertTrue(x >= 0 && x <= 1);
                        assertEquals(0, x * (levels - 1) - Math.rint(x * (levels - 1)), 1e-9, "on the grid");
                    }
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Morris.design(3, 2, 5, new SplittableRandom(1)));
    }

    @Test
    void noiseShareSeparatesReplicationNoiseFromPointMeans() {
        // two points, means 0 and 10, within-point variance 2 with R = 2: noise 1 against variance of means 50
        NoiseShare s = NoiseShare.of(new double[][] {{-1, 1}, {9, 11}});
        assertEquals(50, s.meansVariance(), 1e-12);
        assertEquals(1, s.noiseVariance(), 1e-12);
        assertEquals(0.02, s.share(), 1e-12);
        assertTrue(Double.isNaN(NoiseShare.of(new double[][] {{1}, {2}}).noiseVariance()));
    }

    private static List<Morris.Trajectory> design(int k, int r) {
        return Morris.design(k, r, Morris.DEFAULT_LEVELS, new SplittableRandom(99));
    }

    private static double[][] morrisOutputs(int k, int r, ToDoubleFunction<double[]> f) {
        List<Morris.Trajectory> d = design(k, r);
        double[][] y = new double[r][];
        for (int t = 0; t < r; t++) y[t] = evaluate(d.get(t).points(), f);
        return y;
    }
}
