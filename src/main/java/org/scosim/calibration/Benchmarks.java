package org.scosim.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * Naive forecasts of the target rows, fitted on the rows of {@code fitYears} only and scored on others: the benchmarks a
 * model must beat out of sample to be worth its mechanisms.
 * <ul>
 *   <li>{@link #lastValue}: each partner's last observation in the fit years, carried forward;</li>
 *   <li>{@link #logLinearTrend}: a least-squares line through each partner's log observations in the fit years.</li>
 * </ul>
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    /** Forecasts of {@code scored} rows by carrying each partner's last fitted observation forward. */
    public static List<Metrics.Point> lastValue(List<TargetData.Observation> obs, YearRange fitYears, YearRange scored) {
        List<Metrics.Point> out = new ArrayList<>();
        for (TargetData.Observation o : obs) {
            if (!scored.contains(o.year()) || fitYears.contains(o.year())) continue;
            TargetData.Observation last = null;
            for (TargetData.Observation f : obs) {
                if (f.partner().equals(o.partner()) && fitYears.contains(f.year()) && (last == null || f.year() > last.year())) last = f;
            }
            if (last != null) out.add(new Metrics.Point(o.partner(), o.year(), last.bnUsd(), o.bnUsd()));
        }
        return out;
    }

    /** Forecasts of {@code scored} rows by each partner's log-linear trend over its fitted observations (at least 2). */
    public static List<Metrics.Point> logLinearTrend(List<TargetData.Observation> obs, YearRange fitYears, YearRange scored) {
        List<Metrics.Point> out = new ArrayList<>();
        for (TargetData.Observation o : obs) {
            if (!scored.contains(o.year()) || fitYears.contains(o.year())) continue;
            double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
            for (TargetData.Observation f : obs) {
                if (!f.partner().equals(o.partner()) || !fitYears.contains(f.year())) continue;
                double x = f.year(), y = Math.log(f.bnUsd());
                n++;
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
            }
            if (n < 2) continue;
            double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
            double icept = (sy - slope * sx) / n;
            out.add(new Metrics.Point(o.partner(), o.year(), Math.exp(icept + slope * o.year()), o.bnUsd()));
        }
        return out;
    }
}
