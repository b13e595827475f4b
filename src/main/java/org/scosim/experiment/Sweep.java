package org.scosim.experiment;

import org.apache.commons.csv.CSVPrinter;
import org.scosim.output.Confidence;
import org.scosim.output.RunningMoments;
import org.scosim.output.AtomicFiles;
import org.scosim.output.Measure;
import org.scosim.output.Measures;
import org.scosim.output.Num;
import org.scosim.output.Tables;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The combined tables of a sweep, rebuilt from the runs' {@code values.bin} files by streaming them in run order:
 * {@code sweep.csv} (one row per run, replication and year; a column per varying path and per measure),
 * {@code points.csv} (run -> values) and {@code sweep-summary.csv} (each measure in each run's last year against each
 * varying path: mean and 95% band over the replications of every point with that value).
 */
public final class Sweep {
    public static final String CSV = "sweep.csv";
    public static final String POINTS_CSV = "points.csv";
    public static final String SUMMARY_CSV = "sweep-summary.csv";
    public static final List<String> DEFAULT_MEASURES = List.of("agreements_adopted", "agreements_implemented",
            "mean_trust", "intra_sco_trade_bn_usd");

    private Sweep() {
    }

    /** The paths that take more than one value over the design points (only they become columns). */
    public static List<Integer> varying(List<VarySpec> specs, List<Design.Point> points) {
        List<Integer> out = new ArrayList<>();
        for (int d = 0; d < specs.size(); d++) {
            Set<String> seen = new LinkedHashSet<>();
            for (Design.Point p : points) seen.add(p.values().get(d));
            if (seen.size() > 1) out.add(d);
        }
        return out;
    }

    /**
     * A varied path's column in sweep.csv and in the runs' tables: the path itself, but {@code master_seed} for
     * {@code seed} (the point's master seed, beside each row's replication seed).
     */
    public static String columnName(VarySpec spec) {
        return spec.path().equals("seed") ? "master_seed" : spec.path();
    }

    /** Whether the scenario seed is among the varied paths: then each point's replications draw from its own seed. */
    public static boolean seedVaries(List<VarySpec> specs, List<Design.Point> points) {
        for (int d : varying(specs, points)) if (specs.get(d).path().equals("seed")) return true;
        return false;
    }

    /**
     * A design point's varied settings as columns of its runs' tables, in the order of sweep.csv; {@code varying}:
     * the design's {@link #varying} paths, worked out once (for each point of a large design, working them out again
     * would cost the square of its size).
     */
    public static List<org.scosim.output.RunColumn> columns(List<VarySpec> specs, List<Integer> varying, Design.Point point) {
        List<org.scosim.output.RunColumn> out = new ArrayList<>();
        for (int d : varying) {
            out.add(new org.scosim.output.RunColumn(columnName(specs.get(d)), point.values().get(d), specs.get(d).numeric()));
        }
        return out;
    }

    public static String pointsCsv(List<VarySpec> specs, List<Design.Point> points) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, Tables.FORMAT)) {
            List<String> head = new ArrayList<>(List.of("run"));
            for (VarySpec s : specs) head.add(s.path());
            p.printRecord(head);
            for (Design.Point pt : points) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(pt.run())));
                row.addAll(pt.values());
                p.printRecord(row);
            }
        }
        return sb.toString();
    }

    /** Mean and 95% band of a measure in the last year against the values of one varying path. */
    public record Summary(String measure, int dim, String path, boolean numeric, List<String> values, long[] n,
                          double[] mean, double[] low, double[] high) {
    }

    /** Mean and 95% interval of a measure in the last year at one design point, over its replications. */
    public record PointCell(String measure, int point, long n, double mean, double low, double high) {
    }

    /**
     * What the report draws: the summaries against each varying path, every point's cell (measure-major: cell
     * {@code m * points + i}) and the last year the runs simulate.
     */
    public record Results(List<Summary> summaries, List<PointCell> cells, int lastYear) {
        public PointCell cell(int measure, int point, int points) { return cells.get(measure * points + point); }
    }

    /** Streams the runs into sweep.csv and returns the summaries (also written to sweep-summary.csv). */
    public static Results writeTables(Path dir, List<VarySpec> specs, List<Design.Point> points,
                                            List<Path> runDirs, List<String> measures) throws IOException {
        List<Integer> vary = varying(specs, points);
        // summaries: measure x varying dim -> value -> moments
        List<Map<String, RunningMoments>> acc = new ArrayList<>();
        for (int m = 0; m < measures.size(); m++) for (int v = 0; v < vary.size(); v++) acc.add(new LinkedHashMap<>());
        RunningMoments[] perPoint = new RunningMoments[measures.size()];   // measure -> one cell a point
        for (int m = 0; m < measures.size(); m++) perPoint[m] = new RunningMoments(points.size());
        int lastYear = Integer.MIN_VALUE;
        Path target = dir.resolve(CSV);
        try (BufferedWriter w = Files.newBufferedWriter(AtomicFiles.partOf(target), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, Tables.FORMAT)) {
            List<String> head = new ArrayList<>(List.of("run", "replication", "seed", "year"));
            for (int d : vary) head.add(columnName(specs.get(d)));
            head.addAll(measures);
            p.printRecord(head);
            for (int i = 0; i < points.size(); i++) {
                Design.Point pt = points.get(i);
                try (ValueSeries.Reader r = new ValueSeries.Reader(runDirs.get(i))) {
                    int[] col = new int[measures.size()];
                    for (int m = 0; m < measures.size(); m++) {
                        col[m] = r.keys().indexOf(new ValueSeries.Key(measures.get(m), Measures.SCO));
                    }
                    String run = Integer.toString(pt.run());
                    int last = r.years() - 1;
                    lastYear = Math.max(lastYear, r.endYear());
                    for (ValueSeries.Replication rep; (rep = r.next()) != null; ) {
                        String repText = Integer.toString(rep.replication()), seed = Long.toString(rep.seed());
                        for (int t = 0; t < r.years(); t++) {
                            List<String> row = new ArrayList<>(4 + vary.size() + measures.size());
                            row.add(run);
                            row.add(repText);
                            row.add(seed);
                            row.add(Integer.toString(r.startYear() + t));
                            for (int d : vary) row.add(pt.values().get(d));
                            for (int m = 0; m < measures.size(); m++) {
                                row.add(col[m] < 0 ? "NA" : Num.format(rep.values()[col[m]][t]));
                            }
                            p.printRecord(row);
                        }
                        for (int m = 0; m < measures.size(); m++) {
                            double x = col[m] < 0 ? Double.NaN : rep.values()[col[m]][last];
                            if (Double.isNaN(x)) continue;
                            perPoint[m].add(i, x);
                            for (int v = 0; v < vary.size(); v++) {
                                acc.get(m * vary.size() + v).computeIfAbsent(pt.values().get(vary.get(v)),
                                        k -> new RunningMoments(1)).add(0, x);
                            }
                        }
                    }
                }
            }
        }
        AtomicFiles.commit(AtomicFiles.partOf(target), target);

        List<Summary> out = new ArrayList<>();
        for (int m = 0; m < measures.size(); m++) {
            for (int v = 0; v < vary.size(); v++) {
                VarySpec s = specs.get(vary.get(v));
                Map<String, RunningMoments> a = acc.get(m * vary.size() + v);
                List<String> xs = new ArrayList<>(a.keySet());
                if (s.numeric()) xs.sort(Comparator.comparingDouble(Double::parseDouble));
                else xs.sort(Comparator.comparingInt(x -> s.values().indexOf(x)));
                int k = xs.size();
                long[] n = new long[k];
                double[] mu = new double[k], lo = new double[k], hi = new double[k];
                for (int i = 0; i < k; i++) {
                    RunningMoments c = a.get(xs.get(i));
                    n[i] = c.n(0);
                    mu[i] = c.mean(0);
                    if (n[i] < 2) {
                        lo[i] = hi[i] = mu[i];
                    } else {
                        Confidence.Interval ci = c.interval95(0, Comparison.measure(measures.get(m)).range());
                        lo[i] = ci.low();
                        hi[i] = ci.high();
                    }
                }
                out.add(new Summary(measures.get(m), vary.get(v), s.path(), s.numeric(), xs, n, mu, lo, hi));
            }
        }
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, Tables.FORMAT)) {
            p.printRecord("measure", "parameter", "value", "n", "mean", "ci95_low", "ci95_high");
            for (Summary s : out) {
                for (int i = 0; i < s.values().size(); i++) {
                    p.printRecord(s.measure(), s.path(), s.values().get(i), s.n()[i], Num.format(s.mean()[i]),
                            Num.format(s.low()[i]), Num.format(s.high()[i]));
                }
            }
        }
        AtomicFiles.write(dir.resolve(SUMMARY_CSV), sb.toString());
        List<PointCell> cells = new ArrayList<>();
        for (int m = 0; m < measures.size(); m++) {
            Measure.Range range = Comparison.measure(measures.get(m)).range();
            for (int i = 0; i < points.size(); i++) {
                Confidence.Interval ci = perPoint[m].interval95(i, range);
                cells.add(new PointCell(measures.get(m), i, perPoint[m].n(i), perPoint[m].mean(i), ci.low(), ci.high()));
            }
        }
        return new Results(List.copyOf(out), List.copyOf(cells), lastYear);
    }
}
