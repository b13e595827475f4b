package org.scosim.experiment.report;

import org.scosim.experiment.Sweep;
import org.scosim.output.Confidence;
import org.scosim.output.Measure;
import org.scosim.output.RunningMoments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * A numeric path with many values (a Latin hypercube's, typically: one design point a value) summarized in groups of
 * neighbouring values of equal size, as a binned scatter plot does: each group's mean of the values' means, with the
 * Student's t-interval of that mean over the group's values (each value's mean one observation), cut to what the
 * measure can be. With one design point a value and one replication, the values' means are the runs themselves.
 * The same groups, by the design points' values of two paths, make the cells of a Latin hypercube's heatmap.
 */
final class ValueGroups {
    /** A numeric path with more values than this is drawn as dots and groups rather than a line through every value. */
    static final int MANY_VALUES = 30;
    /** At most this many groups, and at least this many values in each. */
    static final int MOST_GROUPS = 10, LEAST_VALUES = 5;

    /**
     * One group: its values' range {@code from..to} and their mean {@code x}, how many values and runs it holds, and
     * the mean of its values' means with its 95% interval.
     */
    record Group(double from, double to, double x, int values, long runs, double mean, double low, double high) {
    }

    private ValueGroups() {
    }

    /** Groups of each path in a grouped heatmap of {@code points} design points: about 4 points a cell, at most 10 x 10. */
    static int heatmapGroups(int points) {
        return Math.min(MOST_GROUPS, (int) Math.floor(Math.sqrt(points / 4.0)));
    }

    /**
     * The lower ends of {@code groups} groups of neighbouring values of about equal counts, ascending; equal values
     * share a group, so there may be fewer.
     */
    static double[] cuts(double[] values, int groups) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] lows = new double[groups];
        int k = 0;
        for (int g = 0; g < groups; g++) {
            double low = sorted[(int) ((long) g * sorted.length / groups)];
            if (k == 0 || low > lows[k - 1]) lows[k++] = low;
        }
        return Arrays.copyOf(lows, k);
    }

    /** The group of {@code v}: the last whose lower end is at most {@code v}. */
    static int groupOf(double v, double[] cuts) {
        int at = Arrays.binarySearch(cuts, v);
        return at >= 0 ? at : Math.max(0, -at - 2);
    }

    /** The mean of {@code mean.applyAsDouble(i)} over the points {@code i} in each cell; NaN where none has one. */
    static double[][] cellMeans(double[] xs, double[] ys, double[] xCuts, double[] yCuts, IntToDoubleFunction mean) {
        double[][] sum = new double[xCuts.length][yCuts.length];
        int[][] count = new int[xCuts.length][yCuts.length];
        for (int i = 0; i < xs.length; i++) {
            double v = mean.applyAsDouble(i);
            if (Double.isNaN(v)) continue;
            int a = groupOf(xs[i], xCuts), b = groupOf(ys[i], yCuts);
            sum[a][b] += v;
            count[a][b]++;
        }
        for (int a = 0; a < xCuts.length; a++) {
            for (int b = 0; b < yCuts.length; b++) sum[a][b] = count[a][b] == 0 ? Double.NaN : sum[a][b] / count[a][b];
        }
        return sum;
    }

    /** Each group's values as a label to four significant digits: "lowest–highest", or the value alone. */
    static List<String> labels(double[] values, double[] cuts) {
        double[] lo = new double[cuts.length], hi = new double[cuts.length];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (double v : values) {
            int g = groupOf(v, cuts);
            lo[g] = Math.min(lo[g], v);
            hi[g] = Math.max(hi[g], v);
        }
        List<String> out = new ArrayList<>(cuts.length);
        for (int g = 0; g < cuts.length; g++) {
            out.add(lo[g] == hi[g] ? HtmlReport.sig(lo[g]) : HtmlReport.sig(lo[g]) + "\u2013" + HtmlReport.sig(hi[g]));
        }
        return out;
    }

    static boolean many(Sweep.Summary s) {
        return s.numeric() && s.values().size() > MANY_VALUES;
    }

    /** The groups of {@code s}'s values (sorted, as a summary holds them) that have a mean; values without one are left out. */
    static List<Group> of(Sweep.Summary s, Measure.Range range) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < s.values().size(); i++) if (!Double.isNaN(s.mean()[i])) kept.add(i);
        int k = kept.size();
        int groups = Math.max(1, Math.min(MOST_GROUPS, k / LEAST_VALUES));
        List<Group> out = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            int start = (int) ((long) g * k / groups), end = (int) ((long) (g + 1) * k / groups);
            if (end <= start) continue;
            RunningMoments means = new RunningMoments(1);
            double xSum = 0;
            long runs = 0;
            for (int j = start; j < end; j++) {
                int i = kept.get(j);
                means.add(0, s.mean()[i]);
                xSum += Double.parseDouble(s.values().get(i));
                runs += s.n()[i];
            }
            int values = end - start;
            double mean = means.mean(0), low = mean, high = mean;
            if (values >= 2) {
                Confidence.Interval ci = means.interval95(0, range);
                low = ci.low();
                high = ci.high();
            }
            out.add(new Group(Double.parseDouble(s.values().get(kept.get(start))),
                    Double.parseDouble(s.values().get(kept.get(end - 1))), xSum / values, values, runs, mean, low, high));
        }
        return out;
    }
}
