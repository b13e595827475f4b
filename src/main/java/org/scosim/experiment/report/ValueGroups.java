package org.scosim.experiment.report;

import org.scosim.experiment.Sweep;
import org.scosim.output.Confidence;
import org.scosim.output.Measure;
import org.scosim.output.RunningMoments;

import java.util.ArrayList;
import java.util.List;

/**
 * A numeric path with many values (a Latin hypercube's, typically: one design point a value) summarized in groups of
 * neighbouring values of equal size, as a binned scatter plot does: each group's mean of the values' means, with the
 * Student's t-interval of that mean over the group's values (each value's mean one observation), cut to what the
 * measure can be. With one design point a value and one replication, the values' means are the runs themselves.
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
