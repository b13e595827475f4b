package org.scosim.scenario;

import java.util.Arrays;
import java.util.SortedMap;

/**
 * A yearly quantity known at a few anchor years (e.g. World Bank GDP in 1996, 2001, 2008, 2016), read between anchors
 * by log-linear (or linear) interpolation and beyond them by the growth of the whole anchor span.
 */
public record Series(int[] years, double[] values) implements java.io.Serializable {
    public Series {
        years = years.clone();
        values = values.clone();
    }

    public static Series of(SortedMap<Integer, Double> anchors) {
        int[] y = new int[anchors.size()];
        double[] v = new double[anchors.size()];
        int i = 0;
        for (var e : anchors.entrySet()) {
            y[i] = e.getKey();
            v[i++] = e.getValue();
        }
        return new Series(y, v);
    }

    public boolean isEmpty() { return years.length == 0; }

    /** Whether the year is one of the series' own years (observed), not interpolated or projected. */
    public boolean has(int year) { return Arrays.binarySearch(years, year) >= 0; }

    /** Log-linear interpolation for positive values (GDP, population); growth of the whole span outside it. */
    public double logLinear(int year) {
        if (years.length == 1) return values[0];
        int n = years.length;
        if (year <= years[0] || year >= years[n - 1]) {
            double g = Math.log(values[n - 1] / values[0]) / (years[n - 1] - years[0]);
            int ref = year <= years[0] ? 0 : n - 1;
            return values[ref] * Math.exp(g * (year - years[ref]));
        }
        int k = upper(year);
        double f = (double) (year - years[k - 1]) / (years[k] - years[k - 1]);
        return Math.exp(Math.log(values[k - 1]) * (1 - f) + Math.log(values[k]) * f);
    }

    /**
     * Log-linear between the anchors and before the first; after the last anchor, growth at {@code growthAfter}
     * a year (a projection, not the anchors' trend).
     */
    public double projected(int year, double growthAfter) {
        int last = years[years.length - 1];
        if (year <= last) return logLinear(year);
        return values[values.length - 1] * Math.pow(1 + growthAfter, year - last);
    }

    /** Linear interpolation, constant outside the anchors (shares, percentages). */
    public double linear(int year) {
        int n = years.length;
        if (year <= years[0]) return values[0];
        if (year >= years[n - 1]) return values[n - 1];
        int k = upper(year);
        double f = (double) (year - years[k - 1]) / (years[k] - years[k - 1]);
        return values[k - 1] * (1 - f) + values[k] * f;
    }

    private int upper(int year) {
        int k = 1;
        while (years[k] < year) k++;
        return k;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && Arrays.equals(years, s.years) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() { return 31 * Arrays.hashCode(years) + Arrays.hashCode(values); }

    @Override
    public String toString() { return "Series" + Arrays.toString(years) + Arrays.toString(values); }
}
