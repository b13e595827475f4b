package org.scosim.experiment.sensitivity;

import org.apache.commons.csv.CSVPrinter;
import org.scosim.scenario.Seeds;
import org.scosim.output.AtomicFiles;
import org.scosim.output.Num;
import org.scosim.output.ParquetFile;
import org.scosim.output.TableFormat;
import org.scosim.output.Tables;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The indices of a finished design, computed on the replication means of the design points, and the tables written
 * from them: {@code design.csv}, {@code outputs.parquet} (or {@code outputs.csv}), {@code indices.csv},
 * {@code noise.csv} and, for Sobol, {@code convergence.csv} (indices from the first N/2 rows against all N).
 *
 * @param design   the design
 * @param measures the measures, in order
 * @param morris   Morris effects {@code [measure][factor]} (null for Sobol)
 * @param sobol    Sobol indices per measure, all N rows (null for Morris)
 * @param half     Sobol indices per measure from the first N/2 rows (null for Morris)
 * @param noise    replication noise against the variance of the point means, per measure
 */
public record SensitivityResults(SensitivityDesign design, List<String> measures, Morris.Effects[][] morris,
                                 List<Saltelli.Indices> sobol, List<Saltelli.Indices> half, List<NoiseShare> noise) {
    public static final String DESIGN_CSV = "design.csv";
    public static final String OUTPUTS_CSV = "outputs.csv";
    public static final String OUTPUTS_PARQUET = "outputs.parquet";
    public static final String INDICES_CSV = "indices.csv";
    public static final String NOISE_CSV = "noise.csv";
    public static final String CONVERGENCE_CSV = "convergence.csv";

    /** Bootstrap seed of measure m: derived from the master seed, apart from the replication seeds. */
    public static long bootstrapSeed(long master, int m) {
        return Seeds.replication(~master, m);
    }

    /** {@code values[measure][point][replication]} as {@link PointRuns#read} gives them. */
    public static SensitivityResults compute(SensitivityDesign d, List<String> measures, double[][][] values,
                                             int bootstrap, long master) {
        int k = d.factors().size();
        Morris.Effects[][] morris = d.method() == SensitivityDesign.Method.MORRIS ? new Morris.Effects[measures.size()][] : null;
        List<Saltelli.Indices> sobol = new ArrayList<>(), half = new ArrayList<>();
        List<NoiseShare> noise = new ArrayList<>();
        for (int m = 0; m < measures.size(); m++) {
            double[] mean = new double[d.size()];
            for (int p = 0; p < d.size(); p++) mean[p] = mean(values[m][p]);
            noise.add(NoiseShare.of(values[m]));
            if (morris != null) {
                double[][] y = new double[d.samples()][k + 1];
                for (int t = 0; t < d.samples(); t++) System.arraycopy(mean, t * (k + 1), y[t], 0, k + 1);
                morris[m] = Morris.effects(d.morris(), y);
            } else {
                long seed = bootstrapSeed(master, m);
                sobol.add(Saltelli.indices(mean, k, d.samples(), bootstrap, seed));
                half.add(Saltelli.indices(mean, k, d.samples() / 2, bootstrap, seed));
            }
        }
        return new SensitivityResults(d, List.copyOf(measures), morris, morris == null ? sobol : null,
                morris == null ? half : null, noise);
    }

    static double mean(double[] x) {
        double s = 0;
        int n = 0;
        for (double v : x) {
            if (Double.isNaN(v)) continue;
            s += v;
            n++;
        }
        return n == 0 ? Double.NaN : s / n;
    }

    public static List<String> indexColumns(SensitivityDesign.Method method) {
        return method == SensitivityDesign.Method.MORRIS ? List.of("mu", "mu_star", "sigma")
                : List.of("S1", "S1_low", "S1_high", "ST", "ST_low", "ST_high");
    }

    /** The index values of measure m and factor i, in the order of {@link #indexColumns}. */
    public double[] row(int m, int i) {
        if (morris != null) {
            Morris.Effects e = morris[m][i];
            return new double[] {e.mu(), e.muStar(), e.sigma()};
        }
        Saltelli.Indices x = sobol.get(m);
        return new double[] {x.s1()[i], x.s1Low()[i], x.s1High()[i], x.st()[i], x.stLow()[i], x.stHigh()[i]};
    }

    /** The outputs' file in this format: {@code outputs.parquet} or {@code outputs.csv}. */
    public static String outputsFile(TableFormat format) {
        return format == TableFormat.PARQUET ? OUTPUTS_PARQUET : OUTPUTS_CSV;
    }

    /**
     * Writes the outputs into {@code dir} in {@code format} ({@link #outputsFile}): a row a point, replication and
     * measure, with the point's factor values; the design's points {@code points} in order,
     * {@code values[measure][k][replication]} those of {@code points[k]}. The file in the other format, if an earlier
     * version left one in this folder (outputs.csv was once the only form), goes: the outputs are one file.
     */
    public static void writeOutputs(Path dir, TableFormat format, SensitivityDesign design, int[] points,
                                    List<String> measures, double[][][] values, long master) throws IOException {
        List<String> head = new ArrayList<>(List.of("run", "replication", "seed", "measure", "value"));
        for (Factor x : design.factors()) head.add(x.path());
        Path out = dir.resolve(outputsFile(format));
        if (format == TableFormat.PARQUET) writeParquet(out, head, design, points, measures, values, master);
        else writeCsv(out, head, design, points, measures, values, master);
        Files.deleteIfExists(dir.resolve(outputsFile(format == TableFormat.PARQUET ? TableFormat.CSV : TableFormat.PARQUET)));
    }

    private static void writeCsv(Path out, List<String> head, SensitivityDesign design, int[] points,
                                 List<String> measures, double[][][] values, long master) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(AtomicFiles.partOf(out), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, Tables.FORMAT)) {
            p.printRecord(head);
            for (int k = 0; k < points.length; k++) {
                int pt = points[k];
                List<String> vals = design.values(pt);
                for (int r = 0; r < values[0][k].length; r++) {
                    String seed = Long.toString(Seeds.replication(master, r));
                    for (int m = 0; m < measures.size(); m++) {
                        List<String> row = new ArrayList<>(List.of(Integer.toString(pt + 1), Integer.toString(r), seed,
                                measures.get(m), Num.format(values[m][k][r])));
                        row.addAll(vals);
                        p.printRecord(row);
                    }
                }
            }
        }
        AtomicFiles.commit(AtomicFiles.partOf(out), out);
    }

    /** The same rows typed: run and measure text, replication INTEGER, seed BIGINT, value and factors DOUBLE. */
    private static void writeParquet(Path out, List<String> head, SensitivityDesign design, int[] points,
                                     List<String> measures, double[][][] values, long master) throws IOException {
        List<String> types = new ArrayList<>(List.of("VARCHAR", "INTEGER", "BIGINT", "VARCHAR", "DOUBLE"));
        int fixed = types.size();
        for (int i = fixed; i < head.size(); i++) types.add("DOUBLE");
        try (ParquetFile f = new ParquetFile(out, head, types)) {
            Object[] shared = new Object[head.size()];
            for (int k = 0; k < points.length; k++) {
                int pt = points[k];
                List<String> vals = design.values(pt);
                shared[0] = Integer.toString(pt + 1);
                for (int i = 0; i < vals.size(); i++) shared[fixed + i] = Double.parseDouble(vals.get(i));
                for (int r = 0; r < values[0][k].length; r++) {
                    shared[1] = r;
                    shared[2] = Seeds.replication(master, r);
                    f.block(shared);
                    for (int m = 0; m < measures.size(); m++) f.row().text(measures.get(m)).num(values[m][k][r]).end();
                }
            }
            f.finish();
        }
    }

    /** Writes every table into {@code dir}, the outputs in {@code format}. */
    public void write(Path dir, TableFormat format, double[][][] values, long master) throws IOException {
        List<Factor> f = design.factors();
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, Tables.FORMAT)) {
            List<String> head = new ArrayList<>(List.of("run", design.method() == SensitivityDesign.Method.MORRIS ? "trajectory" : "row", "role"));
            for (Factor x : f) head.add(x.path());
            p.printRecord(head);
            for (int pt = 0; pt < design.size(); pt++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(pt + 1), Integer.toString(design.block()[pt]), design.role()[pt]));
                row.addAll(design.values(pt));
                p.printRecord(row);
            }
        }
        AtomicFiles.write(dir.resolve(DESIGN_CSV), sb.toString());

        writeOutputs(dir, format, design, java.util.stream.IntStream.range(0, design.size()).toArray(),
                measures, values, master);

        sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, Tables.FORMAT)) {
            List<String> head = new ArrayList<>(List.of("method", "measure", "factor"));
            head.addAll(indexColumns(design.method()));
            p.printRecord(head);
            for (int m = 0; m < measures.size(); m++) {
                for (int i = 0; i < f.size(); i++) {
                    List<String> row = new ArrayList<>(List.of(design.method().label(), measures.get(m), f.get(i).path()));
                    for (double v : row(m, i)) row.add(Num.format(v));
                    p.printRecord(row);
                }
            }
        }
        AtomicFiles.write(dir.resolve(INDICES_CSV), sb.toString());

        sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, Tables.FORMAT)) {
            p.printRecord("measure", "points", "replications", "variance_of_point_means", "noise_variance_of_means", "noise_share");
            for (int m = 0; m < measures.size(); m++) {
                NoiseShare n = noise.get(m);
                p.printRecord(measures.get(m), design.size(), values[m][0].length, Num.format(n.meansVariance()),
                        Num.format(n.noiseVariance()), Num.format(n.share()));
            }
        }
        AtomicFiles.write(dir.resolve(NOISE_CSV), sb.toString());

        if (sobol == null) return;
        sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, Tables.FORMAT)) {
            p.printRecord("measure", "factor", "rows_half", "S1_half", "ST_half", "rows", "S1", "ST");
            for (int m = 0; m < measures.size(); m++) {
                Saltelli.Indices h = half.get(m), a = sobol.get(m);
                for (int i = 0; i < f.size(); i++) {
                    p.printRecord(measures.get(m), f.get(i).path(), h.rows(), Num.format(h.s1()[i]), Num.format(h.st()[i]),
                            a.rows(), Num.format(a.s1()[i]), Num.format(a.st()[i]));
                }
            }
        }
        AtomicFiles.write(dir.resolve(CONVERGENCE_CSV), sb.toString());
    }

    /** Largest change of S1 or ST of measure m between N/2 and N rows (Sobol only). */
    public double convergenceGap(int m) {
        double gap = 0;
        for (int i = 0; i < design.factors().size(); i++) {
            gap = Math.max(gap, Math.abs(half.get(m).s1()[i] - sobol.get(m).s1()[i]));
            gap = Math.max(gap, Math.abs(half.get(m).st()[i] - sobol.get(m).st()[i]));
        }
        return gap;
    }
}
