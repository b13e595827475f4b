package org.scosim.experiment;

import org.apache.commons.csv.CSVPrinter;
import org.scosim.output.Confidence;
import org.scosim.output.RunningMoments;
import org.scosim.experiment.ValueSeries.Key;
import org.scosim.output.Measure;
import org.scosim.output.Measures;
import org.scosim.output.Num;
import org.scosim.output.Tables;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The combined statistics of a comparison, streamed from the runs' {@code values.bin} files one replication at a
 * time: per scenario the mean and 95% band of every series ({@link RunningMoments}; {@link Confidence}), per scenario after the first the paired
 * difference to the first with its 95% band (the same on differences), and for the chosen years the per-replication
 * values the paired tests need (replications x series x chosen years doubles per scenario).
 */
public final class Comparison {
    public static final String CSV = "comparison.csv";
    public static final String DIFFERENCES_CSV = "differences.csv";
    public static final List<String> COLUMNS = List.of("measure", "subject", "year", "scenario", "baseline", "n", "mean",
            "baseline_mean", "diff", "diff_ci95_low", "diff_ci95_high", "rel_diff", "t_p", "wilcoxon_p", "cohens_dz", "t_p_holm", "wilcoxon_p_holm");

    private Comparison() {
    }

    /** A compared scenario: its id (folder and CSV name), title, file and period. */
    public record ScenarioInfo(String id, String title, String file, int startYear, int endYear) {
    }

    /** Mean and 95% band per year of the global year range; NaN where there is no value. */
    public record Band(int[] years, double[] mean, double[] low, double[] high, long[] n) {
        public boolean isEmpty() {
            for (long c : n) if (c > 0) return false;
            return true;
        }
    }

    /**
     * One row of comparison.csv: scenario {@code scenario} against the first, for a series in a year, with the
     * p-values after Holm's adjustment over every test of the comparison ({@link #adjusted}); NaN where no test.
     */
    public record Row(Key key, int year, int scenario, PairedStats.Result stats, double tPHolm, double wilcoxonPHolm) {
        public Row(Key key, int year, int scenario, PairedStats.Result stats) {
            this(key, year, scenario, stats, Double.NaN, Double.NaN);
        }

        /** Whether every paired difference is exactly zero: the runs agree, there is nothing to test. */
        public boolean identical() {
            return stats.diff() == 0 && stats.ciLow() == 0 && stats.ciHigh() == 0;
        }
    }

    /**
     * @param overlay {@code overlay[k][s]}: series k of scenario s
     * @param diff    {@code diff[k][s]}: paired difference of scenario s minus the first (s = 0: null)
     */
    public record Result(List<ScenarioInfo> scenarios, int replications, int[] years, List<Key> keys,
                         Band[][] overlay, Band[][] diff, List<Integer> chosenYears, List<Row> rows) {
        public Row row(Key key, int year, int scenario) {
            for (Row r : rows) if (r.key().equals(key) && r.year() == year && r.scenario() == scenario) return r;
            return null;
        }
    }

    /** Streams the runs' values and computes everything. */
    public static Result aggregate(List<ScenarioInfo> scenarios, List<Path> runDirs, int replications,
                                   List<Integer> chosenYears) throws IOException {
        int ns = scenarios.size();
        List<ValueSeries.Reader> readers = new ArrayList<>();
        try {
            for (Path d : runDirs) readers.add(new ValueSeries.Reader(d));
            // Series every scenario has, in the first scenario's order.
            List<Key> keys = new ArrayList<>();
            for (Key k : readers.get(0).keys()) {
                boolean all = true;
                for (ValueSeries.Reader r : readers) all &= r.keys().contains(k);
                if (all) keys.add(k);
            }
            int[][] pos = new int[ns][keys.size()];
            for (int s = 0; s < ns; s++) for (int k = 0; k < keys.size(); k++) pos[s][k] = readers.get(s).keys().indexOf(keys.get(k));
            int y0 = Integer.MAX_VALUE, y1 = Integer.MIN_VALUE;
            for (ValueSeries.Reader r : readers) {
                y0 = Math.min(y0, r.startYear());
                y1 = Math.max(y1, r.endYear());
            }
            int ny = y1 - y0 + 1;
            int nk = keys.size();
            RunningMoments[][] over = new RunningMoments[nk][ns];
            RunningMoments[][] dif = new RunningMoments[nk][ns];
            for (int k = 0; k < nk; k++) {
                for (int s = 0; s < ns; s++) {
                    over[k][s] = new RunningMoments(ny);
                    if (s > 0) dif[k][s] = new RunningMoments(ny);
                }
            }
            int nc = chosenYears.size();
            double[][][][] kept = new double[ns][nk][nc][replications];
            for (int r = 0; r < replications; r++) {
                double[][][] v = new double[ns][][];
                for (int s = 0; s < ns; s++) {
                    ValueSeries.Replication rep = readers.get(s).next();
                    if (rep == null || rep.replication() != r) {
                        throw new IOException(runDirs.get(s) + ": " + ValueSeries.FILE + " does not hold replication " + r);
                    }
                    v[s] = rep.values();
                }
                for (int k = 0; k < nk; k++) {
                    for (int y = y0; y <= y1; y++) {
                        double base = value(readers.get(0), v[0][pos[0][k]], y);
                        for (int s = 0; s < ns; s++) {
                            double x = value(readers.get(s), v[s][pos[s][k]], y);
                            over[k][s].add(y - y0, x);
                            if (s > 0) dif[k][s].add(y - y0, x - base);
                        }
                    }
                    for (int c = 0; c < nc; c++) {
                        for (int s = 0; s < ns; s++) kept[s][k][c][r] = value(readers.get(s), v[s][pos[s][k]], chosenYears.get(c));
                    }
                }
            }
            for (int s = 0; s < ns; s++) {
                if (readers.get(s).next() != null) {
                    throw new IOException(runDirs.get(s) + ": " + ValueSeries.FILE + " holds more than " + replications + " replications");
                }
            }
            int[] years = new int[ny];
            for (int t = 0; t < ny; t++) years[t] = y0 + t;
            Band[][] overlay = new Band[nk][ns];
            Band[][] diff = new Band[nk][ns];
            for (int k = 0; k < nk; k++) {
                for (int s = 0; s < ns; s++) {
                    Measure.Range range = measure(keys.get(k).measure()).range();
                    overlay[k][s] = band(over[k][s], years, range);
                    // A difference of two values in [a, b] lies in [a - b, b - a].
                    if (s > 0) diff[k][s] = band(dif[k][s], years, new Measure.Range(range.min() - range.max(), range.max() - range.min()));
                }
            }
            List<Row> rows = new ArrayList<>();
            for (int k = 0; k < nk; k++) {
                for (int c = 0; c < nc; c++) {
                    int year = chosenYears.get(c);
                    if (!inPeriod(scenarios.get(0), year)) continue;
                    for (int s = 0; s < ns; s++) {
                        if (!inPeriod(scenarios.get(s), year)) continue;
                        PairedStats.Result st = PairedStats.compare(kept[s][k][c], kept[0][k][c]);
                        if (st.n() == 0) continue;
                        rows.add(new Row(keys.get(k), year, s, st));
                    }
                }
            }
            return new Result(List.copyOf(scenarios), replications, years, List.copyOf(keys), overlay, diff,
                    List.copyOf(chosenYears), adjusted(rows));
        } finally {
            for (ValueSeries.Reader r : readers) r.close();
        }
    }

    /**
     * The rows with Holm-adjusted p-values. The family is every test of the comparison (each measure, subject,
     * chosen year and scenario against the baseline), one family per test kind; the baseline against itself and
     * pairs whose differences are all zero (nothing varies, so nothing is tested) are left out of it.
     */
    static List<Row> adjusted(List<Row> rows) {
        int m = rows.size();
        double[] t = new double[m], w = new double[m];
        for (int i = 0; i < m; i++) {
            Row r = rows.get(i);
            boolean test = r.scenario() > 0 && !r.identical();
            t[i] = test ? r.stats().tP() : Double.NaN;
            w[i] = test ? r.stats().wilcoxonP() : Double.NaN;
        }
        double[] th = Holm.adjust(t), wh = Holm.adjust(w);
        List<Row> out = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            Row r = rows.get(i);
            out.add(new Row(r.key(), r.year(), r.scenario(), r.stats(), th[i], wh[i]));
        }
        return List.copyOf(out);
    }

    private static boolean inPeriod(ScenarioInfo s, int year) {
        return year >= s.startYear() && year <= s.endYear();
    }

    private static double value(ValueSeries.Reader r, double[] series, int year) {
        int t = year - r.startYear();
        return t < 0 || t >= series.length ? Double.NaN : series[t];
    }

    /** comparison.csv: one row per series, chosen year and scenario (the first against itself included). */
    public static String comparisonCsv(Result res) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, Tables.FORMAT)) {
            p.printRecord(COLUMNS);
            String base = res.scenarios().get(0).id();
            for (Row r : res.rows()) {
                PairedStats.Result s = r.stats();
                p.printRecord(r.key().measure(), r.key().subject(), r.year(), res.scenarios().get(r.scenario()).id(), base,
                        s.n(), Num.format(s.mean()), Num.format(s.baselineMean()), Num.format(s.diff()),
                        Num.format(s.ciLow()), Num.format(s.ciHigh()), Num.format(s.relDiff()), Num.format(s.tP()),
                        Num.format(s.wilcoxonP()), Num.format(s.cohensDz()), Num.format(r.tPHolm()),
                        Num.format(r.wilcoxonPHolm()));
            }
        }
        return sb.toString();
    }

    /** differences.csv: the paired difference to the first scenario with its 95% band, every year (data of the plots). */
    public static String differencesCsv(Result res) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, Tables.FORMAT)) {
            p.printRecord("measure", "subject", "year", "scenario", "baseline", "n", "diff", "diff_ci95_low", "diff_ci95_high");
            String base = res.scenarios().get(0).id();
            for (int k = 0; k < res.keys().size(); k++) {
                for (int s = 1; s < res.scenarios().size(); s++) {
                    Band b = res.diff()[k][s];
                    for (int t = 0; t < b.years().length; t++) {
                        if (b.n()[t] == 0) continue;
                        Key key = res.keys().get(k);
                        p.printRecord(key.measure(), key.subject(), b.years()[t], res.scenarios().get(s).id(), base,
                                b.n()[t], Num.format(b.mean()[t]), Num.format(b.low()[t]), Num.format(b.high()[t]));
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Description and unit of a measure, for titles and axes. */
    public static Measure measure(String name) {
        Measure m = Measures.byName(name);
        return m != null ? m : new Measure(name, name, "", Measure.Scope.ORGANIZATION, (a, b) -> { });
    }

    /** The mean and 95% band of every year's values (a single value is its own band). */
    static Band band(RunningMoments m, int[] years, Measure.Range range) {
        int ny = years.length;
        double[] mu = new double[ny], lo = new double[ny], hi = new double[ny];
        long[] n = new long[ny];
        for (int t = 0; t < ny; t++) {
            n[t] = m.n(t);
            mu[t] = m.mean(t);
            if (n[t] < 2) {
                lo[t] = hi[t] = mu[t];
                continue;
            }
            Confidence.Interval ci = m.interval95(t, range);
            lo[t] = ci.low();
            hi[t] = ci.high();
        }
        return new Band(years, mu, lo, hi, n);
    }
}
