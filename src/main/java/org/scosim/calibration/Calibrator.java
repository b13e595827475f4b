package org.scosim.calibration;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Minimises an {@link Objective} within the free parameters' bounds with BOBYQA (Powell 2009; Commons Math), from
 * several starts: the scenario's own values (clamped into the bounds) first, then points drawn uniformly in the bounds
 * from the seed. The search runs on the unit cube (each parameter scaled by its range). {@code budget} caps the
 * evaluations of all starts together; the uncertainty step afterwards takes its own evaluations.
 */
public final class Calibrator {
    /** One evaluation of the objective. */
    public record TraceRow(int eval, int start, double[] x, double sse, double logRmse) {
    }

    /**
     * What the search found. {@code startSse} is the objective at the scenario's own values (evaluated first), so
     * {@code bestSse <= startSse} always; {@code stops} says, per start, why its search ended.
     */
    public record Outcome(double[] best, double bestSse, int bestStart, int evaluations, List<TraceRow> trace,
                          Uncertainty uncertainty, double startSse, List<String> stops) {
        /** Whether any start ended because its share of the budget ran out rather than by converging. */
        public boolean stoppedEarly() { return stops.stream().anyMatch(x -> x.startsWith("budget")); }
    }

    /**
     * Curvature-based standard errors: the Hessian H of the objective (sum of squared log errors) by central finite
     * differences at the optimum; with sigma^2 = SSE/(n - k), the Gaussian log-likelihood gives cov = 2 sigma^2 H^-1.
     * Parameters within one step of a bound are held fixed (their error is NaN).
     */
    public record Uncertainty(double[] se, double[] step, boolean[] atBound, String method, String note, int evaluations) {
    }

    /** Told after each evaluation. */
    public interface Progress {
        void update(int evaluations, int budget, int start, int starts, double bestLogRmse);
    }

    private final Objective objective;
    private final int budget;
    private final int starts;
    private final long seed;
    private final Progress progress;
    private final List<TraceRow> trace = new ArrayList<>();
    private final int fitRows;
    private double bestSse = Double.POSITIVE_INFINITY;
    private double[] best;
    private int bestStart;
    private int currentStart;

    public Calibrator(Objective objective, int budget, int starts, long seed, Progress progress) {
        this.objective = objective;
        this.budget = budget;
        this.starts = starts;
        this.seed = seed;
        this.progress = progress;
        this.fitRows = Math.max(1, objective.fitRows());
    }

    /** The start points, in original units: the base values clamped, then uniform draws from {@code seed}. */
    public static List<double[]> startPoints(Objective o, int starts, long seed) {
        List<FreeParameter> f = o.free();
        List<double[]> out = new ArrayList<>();
        double[] x0 = new double[f.size()];
        for (int i = 0; i < f.size(); i++) x0[i] = f.get(i).clamp(ParameterAccess.get(o.base(), f.get(i).name()));
        out.add(x0);
        Random rnd = new Random(seed);
        for (int k = 1; k < starts; k++) {
            double[] x = new double[f.size()];
            for (int i = 0; i < f.size(); i++) x[i] = f.get(i).fromUnit(rnd.nextDouble());
            out.add(x);
        }
        return out;
    }

    public Outcome run(boolean withUncertainty) {
        List<FreeParameter> f = objective.free();
        int k = f.size();
        List<double[]> points = startPoints(objective, starts, seed);
        List<String> stops = new ArrayList<>();
        // The scenario's own values first, so that the result is never worse than where the search began.
        currentStart = 1;
        double startSse = eval(points.get(0), 1);
        for (int s = 0; s < points.size(); s++) {
            int left = budget - trace.size();
            int share = left / (points.size() - s);
            int minimum = k == 1 ? 5 : 2 * k + 3;
            if (share < minimum) share = left;
            if (share < minimum) {
                stops.add("budget: starts " + (s + 1) + "-" + points.size() + " not run, too few evaluations left (" + left + ")");
                break;
            }
            currentStart = s + 1;
            double[] u0 = new double[k];
            for (int i = 0; i < k; i++) u0[i] = f.get(i).toUnit(points.get(s)[i]);
            try {
                if (k == 1) {
                    new BrentOptimizer(1e-4, 1e-6).optimize(new MaxEval(share), GoalType.MINIMIZE,
                            new UnivariateObjectiveFunction(u -> evalUnit(new double[]{u})),
                            new SearchInterval(0, 1, u0[0]));
                } else {
                    double[] lo = new double[k], hi = new double[k];
                    java.util.Arrays.fill(hi, 1.0);
                    new BOBYQAOptimizer(2 * k + 1, 0.2, 1e-4).optimize(new MaxEval(share),
                            new ObjectiveFunction(this::evalUnit), GoalType.MINIMIZE, new InitialGuess(u0),
                            new SimpleBounds(lo, hi));
                }
                stops.add("start " + (s + 1) + ": converged (trust region below 1e-4)");
            } catch (TooManyEvaluationsException e) {
                // this start's share is spent; its best point is in the trace
                stops.add("budget: start " + (s + 1) + " used its " + share + " evaluations before converging");
            }
        }
        Uncertainty u = withUncertainty && best != null ? uncertainty() : null;
        return new Outcome(best == null ? null : best.clone(), bestSse, bestStart, trace.size(), List.copyOf(trace), u,
                startSse, List.copyOf(stops));
    }

    private double evalUnit(double[] u) {
        List<FreeParameter> f = objective.free();
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) x[i] = f.get(i).fromUnit(u[i]);
        return eval(x, currentStart);
    }

    private double eval(double[] x, int start) {
        double v = objective.value(x);
        if (!Double.isFinite(v)) v = 1e12;
        trace.add(new TraceRow(trace.size() + 1, start, x.clone(), v, Math.sqrt(v / fitRows)));
        if (start > 0 && v < bestSse) {
            bestSse = v;
            best = x.clone();
            bestStart = start;
        }
        if (progress != null) progress.update(trace.size(), budget, start, starts, Math.sqrt(bestSse / fitRows));
        return v;
    }

    private Uncertainty uncertainty() {
        List<FreeParameter> f = objective.free();
        int k = f.size();
        int before = trace.size();
        double[] h = new double[k];
        boolean[] atBound = new boolean[k];
        List<Integer> inner = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            h[i] = 0.02 * (f.get(i).max() - f.get(i).min());
            atBound[i] = best[i] - h[i] < f.get(i).min() || best[i] + h[i] > f.get(i).max();
            if (!atBound[i]) inner.add(i);
        }
        double[] se = new double[k];
        java.util.Arrays.fill(se, Double.NaN);
        String note;
        int m = inner.size();
        if (m == 0) {
            note = "every parameter is at a bound; no curvature to measure";
        } else {
            double f0 = bestSse;
            double[][] H = new double[m][m];
            double[] plus = new double[m], minus = new double[m];
            for (int a = 0; a < m; a++) {
                int i = inner.get(a);
                plus[a] = eval(shift(best, i, h[i], -1, 0), 0);
                minus[a] = eval(shift(best, i, -h[i], -1, 0), 0);
                H[a][a] = (plus[a] - 2 * f0 + minus[a]) / (h[i] * h[i]);
            }
            for (int a = 0; a < m; a++) {
                for (int b = a + 1; b < m; b++) {
                    int i = inner.get(a), j = inner.get(b);
                    double pp = eval(shift(best, i, h[i], j, h[j]), 0);
                    double pm = eval(shift(best, i, h[i], j, -h[j]), 0);
                    double mp = eval(shift(best, i, -h[i], j, h[j]), 0);
                    double mm = eval(shift(best, i, -h[i], j, -h[j]), 0);
                    H[a][b] = H[b][a] = (pp - pm - mp + mm) / (4 * h[i] * h[j]);
                }
            }
            int dof = Math.max(1, fitRows - k);
            double sigma2 = bestSse / dof;
            try {
                RealMatrix inv = new CholeskyDecomposition(new Array2DRowRealMatrix(H), 1e-10, 1e-12).getSolver().getInverse();
                for (int a = 0; a < m; a++) se[inner.get(a)] = Math.sqrt(2 * sigma2 * inv.getEntry(a, a));
                note = "sigma^2 = SSE/(n-k) = " + fmt(sigma2) + " with n = " + fitRows + ", k = " + k
                        + "; residuals are autocorrelated within partners, so these errors are too small rather than too large";
            } catch (NonPositiveDefiniteMatrixException e) {
                note = "the finite-difference Hessian is not positive definite at the optimum (flat or rough objective): no standard errors";
            }
        }
        return new Uncertainty(se, h, atBound,
                "curvature (finite-difference Hessian of the sum of squared log errors, step 2% of each range; cov = 2 sigma^2 H^-1)",
                note, trace.size() - before);
    }

    private static String fmt(double v) { return org.scosim.output.Num.format(v); }

    private static double[] shift(double[] x, int i, double di, int j, double dj) {
        double[] y = x.clone();
        y[i] += di;
        if (j >= 0) y[j] += dj;
        return y;
    }
}
