package org.scosim.model;

import java.util.function.IntToDoubleFunction;

/** Pre-shock paths for counterfactuals of shocks that are in the observed data. */
final class Counterfactual {
    private Counterfactual() {
    }

    /**
     * The log of the least-squares log-linear trend of {@code path} over the years {@code from..to}, read at {@code year}.
     * With a single year the trend is flat at that year's value.
     */
    static double logTrend(IntToDoubleFunction path, int from, int to, int year) {
        int n = to - from + 1;
        if (n <= 1) return Math.log(path.applyAsDouble(to));
        double mx = 0, my = 0;
        for (int y = from; y <= to; y++) {
            mx += y;
            my += Math.log(path.applyAsDouble(y));
        }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0;
        for (int y = from; y <= to; y++) {
            sxy += (y - mx) * (Math.log(path.applyAsDouble(y)) - my);
            sxx += (y - mx) * (y - mx);
        }
        return my + sxy / sxx * (year - mx);
    }
}
