package org.scosim.experiment.sensitivity;

import org.scosim.experiment.Engine;
import org.scosim.experiment.ExperimentDir;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.scosim.experiment.ReplicationRunner;
import org.scosim.scenario.Seeds;
import org.scosim.io.InputException;
import org.scosim.output.AtomicFiles;
import org.scosim.model.ModelBasis;
import org.scosim.output.Layout;
import org.scosim.output.Measures;
import org.scosim.output.ReplicationOutput;
import org.scosim.output.Tables;
import org.scosim.scenario.Scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The model runs of a sensitivity analysis: every design point runs replications 0..R-1 with the seeds
 * {@link Seeds#replication}(master, r), the same at every point (common random numbers), and keeps the chosen
 * organization-level measures in one year. Each point's values go to {@code runs/NNNN.csv}
 * ({@code replication,seed,measure,value}, exact doubles), written under a {@code .part} name and renamed when the
 * point is complete: the file is the point's done marker, and on resume only points without it are run.
 *
 * <p>Points run in parallel, one point per task, its replications in order; since each point's file depends only on
 * the point, the outputs are the same whatever the number of threads.
 */
public final class PointRuns {
    public static final String DIR = "runs";
    private static final CSVFormat READ = Tables.FORMAT.builder().setHeader().setSkipHeaderRecord(true).build();

    private PointRuns() {
    }

    /** The scenario of design point p (0-based), read with the point's overrides; called from the workers. */
    @FunctionalInterface
    public interface Scenarios {
        Scenario read(int point) throws InputException;
    }

    public static Path file(Path dir, int point, int points) {
        int width = Math.max(4, Integer.toString(points).length());
        return dir.resolve(DIR).resolve(String.format(Locale.ROOT, "%0" + width + "d.csv", point + 1));
    }

    /** How many of the {@code points} design points already have their file (as {@code --resume} finds them). */
    public static int written(Path dir, int points) {
        return points - unwritten(dir, points).size();
    }

    /** The design points, of {@code points}, without their file yet, in order (without touching any file). */
    public static List<Integer> unwritten(Path dir, int points) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int p = 0; p < points; p++) {
            if (!isWritten(dir, p, points)) out.add(p);
        }
        return out;
    }

    /** Whether design point p has its file: written whole, since a point's file is renamed into place. */
    private static boolean isWritten(Path dir, int point, int points) {
        return Files.isRegularFile(file(dir, point, points));
    }

    /**
     * Runs every point of {@code points} without its file; {@code done} is called once per finished replication.
     * Returns how many points were run.
     */
    public static int runMissing(Path dir, int points, Scenarios scenarios, List<String> measures, int year,
                                 long master, int replications, Engine engine, Runnable done)
            throws IOException, InterruptedException, InputException {
        return runMissing(dir, points, scenarios, measures, year, master, replications, engine, PointTables.NONE, done);
    }

    /** As above, each point also writing {@code tables} ({@link PointTables}). */
    public static int runMissing(Path dir, int points, Scenarios scenarios, List<String> measures, int year,
                                 long master, int replications, Engine engine, PointTables tables, Runnable done)
            throws IOException, InterruptedException, InputException {
        List<Integer> missing = missing(dir, points, replications, done);
        // one point a worker, each point's replications in order; the worker also binds the point's scenario, which
        // in a large design with few replications costs about as much as the runs
        try {
            engine.ordered(missing.size(), k -> {
                int point = missing.get(k);
                return () -> {
                    Scenario sc;
                    try {
                        sc = scenarios.read(point);
                    } catch (InputException e) {
                        throw new UnreadablePoint(e);
                    }
                    Layout layout = new Layout(sc, Measures.STANDARD);
                    ModelBasis basis = ModelBasis.of(sc);
                    List<org.scosim.output.RunColumn> columns = tables.columns().apply(point);
                    writePoint(dir, point, points, sc, measures, year, master, replications, tables,
                            r -> ReplicationRunner.runOne(basis, layout, Integer.toString(point + 1), r,
                                    Seeds.replication(master, r), tables.tables(), columns, tables.format()), done);
                    return null;
                };
            }, ignored -> { });
        } catch (UnreadablePoint e) {
            throw e.cause;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return missing.size();
    }

    /**
     * The design points' own per-replication tables, on request: which tables, how stored, and each point's factor
     * values as columns of its rows ({@code runs/NNNN/}, beside the point's {@code runs/NNNN.csv}).
     */
    public record PointTables(java.util.Set<Tables> tables, org.scosim.output.TableFormat format,
                              java.util.function.IntFunction<List<org.scosim.output.RunColumn>> columns) {
        /** No tables: only each point's measures in runs/NNNN.csv. */
        public static final PointTables NONE = new PointTables(EnumSet.noneOf(Tables.class),
                org.scosim.output.TableFormat.PARQUET, p -> List.of());

        public boolean any() { return !tables.isEmpty(); }
    }

    /** A point's folder of tables: its file's name without ".csv". */
    public static Path folder(Path dir, int point, int points) {
        String f = file(dir, point, points).getFileName().toString();
        return file(dir, point, points).resolveSibling(f.substring(0, f.length() - ".csv".length()));
    }

    /**
     * The points without their file, in order (a partial file left by an interrupted write is removed); {@code done}
     * is called for every replication of the points already written.
     */
    private static List<Integer> missing(Path dir, int points, int replications, Runnable done) throws IOException {
        Files.createDirectories(dir.resolve(DIR));
        List<Integer> missing = new java.util.ArrayList<>();
        for (int p = 0; p < points; p++) {
            Files.deleteIfExists(AtomicFiles.partOf(file(dir, p, points)));
            if (isWritten(dir, p, points)) {
                for (int r = 0; r < replications; r++) done.run();
            } else {
                missing.add(p);
            }
        }
        return missing;
    }

    /** Carries a design point's unreadable scenario out of a callback. */
    private static final class UnreadablePoint extends RuntimeException {
        final InputException cause;

        UnreadablePoint(InputException cause) {
            super(cause.userMessage(), cause, false, false);
            this.cause = cause;
        }
    }

    /**
     * Computes the replications of design points elsewhere (a cluster): {@code start} is told how many points and
     * how to read each (asked only when its batch is computed) and gives their replications point after point, in
     * replication order.
     */
    @FunctionalInterface
    public interface Remote {
        java.util.Iterator<ReplicationOutput> start(int points, java.util.function.IntFunction<Scenario> scenario,
                                                    java.util.function.IntFunction<String> runId);
    }

    /**
     * As {@link #runMissing}, with the missing points' replications computed by {@code remote}; each point's file is
     * written as its replications arrive, and the files are the same.
     */
    public static int runMissingRemote(Path dir, int points, Scenarios scenarios, List<String> measures, int year,
                                       long master, int replications, Remote remote, Runnable done)
            throws IOException, InputException {
        return runMissingRemote(dir, points, scenarios, measures, year, master, replications, remote, PointTables.NONE, done);
    }

    /**
     * As above, each point also writing {@code tables}; the remote must render them (the point's columns are
     * {@code tables.columns()} of its number in the design, which {@code start}'s {@code runId} gives, from 1).
     */
    public static int runMissingRemote(Path dir, int points, Scenarios scenarios, List<String> measures, int year,
                                       long master, int replications, Remote remote, PointTables tables, Runnable done)
            throws IOException, InputException {
        List<Integer> missing = missing(dir, points, replications, done);
        if (missing.isEmpty()) return 0;
        Scenario[] read = new Scenario[missing.size()]; // each point read once, when its batch or its file needs it
        java.util.function.IntFunction<Scenario> scenario = k -> {
            if (read[k] == null) {
                try {
                    read[k] = scenarios.read(missing.get(k));
                } catch (InputException e) {
                    throw new UnreadablePoint(e);
                }
            }
            return read[k];
        };
        try {
            java.util.Iterator<ReplicationOutput> out = remote.start(missing.size(), scenario,
                    k -> Integer.toString(missing.get(k) + 1));
            for (int k = 0; k < missing.size(); k++) {
                writePoint(dir, missing.get(k), points, scenario.apply(k), measures, year, master, replications, tables,
                        r -> out.next(), done);
                read[k] = null; // written: no longer needed
            }
        } catch (UnreadablePoint e) {
            throw e.cause;
        }
        return missing.size();
    }

    /**
     * One point: its replications' values of the measures in {@code year} into {@code runs/NNNN.csv}, written last
     * and atomically (it marks the point done), and, on request, its tables into {@code runs/NNNN/} first.
     */
    private static void writePoint(Path dir, int point, int points, Scenario sc, List<String> measures, int year,
                                   long master, int replications, PointTables tables,
                                   java.util.function.IntFunction<ReplicationOutput> replication,
                                   Runnable done) throws IOException {
        Path target = file(dir, point, points);
        Layout layout = new Layout(sc, Measures.STANDARD);
        Path folder = folder(dir, point, points);
        ExperimentDir.deleteRecursively(folder); // left by an interrupted point: redone whole
        List<org.scosim.output.RunColumn> columns = tables.columns().apply(point);
        int yi = year - sc.startYear();
        int[] index = new int[measures.size()];
        for (int m = 0; m < measures.size(); m++) {
            index[m] = Measures.STANDARD.indexOf(Measures.byName(measures.get(m)));
        }
        StringBuilder sb = new StringBuilder();
        try (org.scosim.output.RunOutput rows = tables.any()
                ? new org.scosim.output.RunOutput(folder, tables.tables(), columns, tables.format()) : null;
             CSVPrinter out = new CSVPrinter(sb, Tables.FORMAT)) {
            out.printRecord("replication", "seed", "measure", "value");
            for (int r = 0; r < replications; r++) {
                long seed = Seeds.replication(master, r);
                ReplicationOutput o = replication.apply(r);
                if (rows != null) rows.accept(o);
                for (int m = 0; m < measures.size(); m++) {
                    double v = yi < 0 || yi >= layout.years() ? Double.NaN : o.values()[layout.index(index[m], 0, yi)];
                    out.printRecord(r, seed, measures.get(m), Double.toString(v));
                }
                done.run();
            }
            if (rows != null) rows.finish();
        }
        AtomicFiles.write(target, sb.toString());
    }

    /** The values of every point: {@code [measure][point][replication]}, NaN where the model gave none. */
    public static double[][][] read(Path dir, int points, List<String> measures, int replications) throws IOException {
        double[][][] v = new double[measures.size()][points][replications];
        for (double[][] a : v) for (double[] b : a) java.util.Arrays.fill(b, Double.NaN);
        for (int p = 0; p < points; p++) {
            try (Reader in = Files.newBufferedReader(file(dir, p, points)); CSVParser csv = READ.parse(in)) {
                for (CSVRecord rec : csv) {
                    int m = measures.indexOf(rec.get("measure"));
                    int r = Integer.parseInt(rec.get("replication"));
                    if (m >= 0 && r < replications) v[m][p][r] = Double.parseDouble(rec.get("value"));
                }
            }
        }
        return v;
    }
}
