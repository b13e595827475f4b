package org.scosim.calibration;

import java.util.Arrays;

/** Empirical quantiles with linear interpolation between order statistics (Hyndman-Fan type 7, as R's default). */
public final class Quantiles {
    private Quantiles() {
    }

    public static double of(double[] values, double q) {
        if (values.length == 0) return Double.NaN;
        double[] v = values.clone();
        Arrays.sort(v);
        double h = (v.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }
}
