package org.scosim.cli;

import org.scosim.experiment.Engine;
import me.tongfei.progressbar.ProgressBar;
import org.scosim.experiment.Sweep;
import org.scosim.experiment.sensitivity.Factor;
import org.scosim.experiment.sensitivity.Morris;
import org.scosim.experiment.sensitivity.PointRuns;
import org.scosim.experiment.sensitivity.Saltelli;
import org.scosim.experiment.sensitivity.SensitivityDesign;
import org.scosim.experiment.sensitivity.SensitivityFiles;
import org.scosim.experiment.sensitivity.SensitivityReport;
import org.scosim.experiment.sensitivity.SensitivityResults;
import org.scosim.io.InputException;
import org.scosim.io.ResolvedScenario;
import org.scosim.io.ScenarioReader;
import org.scosim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Global sensitivity analysis of a scenario: Morris elementary effects (screening) or Sobol "
                + "first-order and total indices, over any scenario paths varied in ranges.",
                "Every design point uses the same replication seeds; the indices are computed on the points' "
                        + "replication means. Writes indices.csv, design.csv, outputs.parquet (outputs.csv with "
                        + "--format csv), noise.csv, plots and report.html. Same inputs give byte-identical files, "
                        + "whatever --threads; --resume OUT "
                        + "finishes an interrupted analysis.",
                "Long factor lists go in a file of options, one a line (# for comments), given as @FILE, e.g. "
                        + "@scenarios/sensitivity/assumptions.args."})
public final class SensitivityCommand extends ExperimentCommand {
    static final String NAME = "sensitivity";
    static final int DEFAULT_TRAJECTORIES = 10;
    static final int DEFAULT_SOBOL_SAMPLES = 256;
    /**
     * Replications of each design point at most: lower than a run's, because the indices are computed from every
     * point's values held at once (measures x points x replications numbers).
     */
    static final int MAX_REPLICATIONS = 100_000;
    /** The scenario file and its bases as read once, bound with each design point's overrides. */
    private ScenarioReader.Variants variants;

    @Parameters(paramLabel = "SCENARIO", arity = "0..1", description = "Scenario file (.yaml, .yml or .json).")
    Path scenarioFile;

    @Option(names = "--method", paramLabel = "morris|sobol", description = "morris: elementary effects (default); sobol: Sobol indices.")
    String method;

    @Option(names = "--factor", paramLabel = "PATH=MIN:MAX",
            description = "A scenario path (as in sweep --vary) and its range, e.g. parameters.trustDecay=0.05:0.3. Repeatable.")
    List<String> factors = new ArrayList<>();

    @Option(names = "--samples", paramLabel = "N",
            description = "Morris: trajectories r (default " + DEFAULT_TRAJECTORIES + "; r(k+1) points). Sobol: rows N, "
                    + "best a power of 2 (default " + DEFAULT_SOBOL_SAMPLES + "; N(k+2) points).")
    Integer samples;

    @Option(names = "--levels", paramLabel = "P", description = "Morris grid levels, even (default " + Morris.DEFAULT_LEVELS + "; delta = P/(2(P-1))).")
    Integer levels;

    @Option(names = "--bootstrap", paramLabel = "B", description = "Sobol bootstrap resamples for the 95%% intervals (default " + Saltelli.DEFAULT_BOOTSTRAP + ").")
    Integer bootstrap;

    @Option(names = "--measures", paramLabel = "m1,m2", split = ",",
            description = "Organization-wide measures (default: agreements_adopted, agreements_implemented, mean_trust, intra_sco_trade_bn_usd).")
    List<String> measures;

    @Option(names = "--year", paramLabel = "Y", description = "Year of the measures (default: the scenario's end year).")
    Integer year;

    @Option(names = {"-n", "--replications"}, paramLabel = "N",
            description = "Replications of each design point (default: the scenario's 'replications').")
    Integer replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "S",
            description = "Master seed of the replications, the Morris trajectories and the bootstrap (default: the scenario's 'seed').")
    Long seed;

    @CommandLine.Mixin
    RunTablesOptions runTables = new RunTablesOptions();

    /** The options that define an analysis, for --resume. */
    private static final Resumption<SensitivityCommand> RESUMPTION = Resumption.ofOneFile(
            c -> c.scenarioFile, (c, f) -> c.scenarioFile = f, c -> c.runTables, List.of(
            Resumption.option("--method", (SensitivityCommand c) -> c.method, (c, v) -> c.method = v),
            Resumption.option("--factor", (SensitivityCommand c) -> c.factors, (c, v) -> c.factors = v),
            Resumption.option("--samples", (SensitivityCommand c) -> c.samples, (c, v) -> c.samples = v),
            Resumption.option("--levels", (SensitivityCommand c) -> c.levels, (c, v) -> c.levels = v),
            Resumption.option("--bootstrap", (SensitivityCommand c) -> c.bootstrap, (c, v) -> c.bootstrap = v),
            Resumption.option("--measures", (SensitivityCommand c) -> c.measures, (c, v) -> c.measures = v),
            Resumption.option("--year", (SensitivityCommand c) -> c.year, (c, v) -> c.year = v),
            Resumption.option("--replications", (SensitivityCommand c) -> c.replications, (c, v) -> c.replications = v),
            Resumption.option("--seed", (SensitivityCommand c) -> c.seed, (c, v) -> c.seed = v)));

    @Override
    String name() { return NAME; }

    @Override
    Integer execute() throws UsageError, IOException, InterruptedException {
        Inputs in = start(RESUMPTION, this, SensitivityCommand::new, 1, "give a scenario file to analyse (or --resume DIR)",
                java.util.EnumSet.noneOf(org.scosim.output.Tables.class));
        SensitivityDesign.Method kind;
        try {
            kind = method == null ? SensitivityDesign.Method.MORRIS : SensitivityDesign.Method.parse(method);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        ResolvedScenario base = in.scenarios().get(0);
        Scenario sc = base.scenario();
        int n = replications(replications, in, MAX_REPLICATIONS);
        long master = masterSeed(seed, in);
        List<Factor> fs = eachPath("--factor", factors, Factor::parse, Factor::path,
                "PATH=MIN:MAX, e.g. --factor parameters.trustDecay=0.05:0.3");
        if (kind == SensitivityDesign.Method.SOBOL && levels != null) throw new UsageError("--levels is for --method morris");
        if (kind == SensitivityDesign.Method.MORRIS && bootstrap != null) throw new UsageError("--bootstrap is for --method sobol");
        int b = bootstrap == null ? Saltelli.DEFAULT_BOOTSTRAP : bootstrap;
        if (b < 10 || b > 100_000) throw new UsageError("--bootstrap must be between 10 and 100000, got " + b);
        SensitivityDesign design;
        try {
            design = kind == SensitivityDesign.Method.MORRIS
                    ? SensitivityDesign.morris(fs, samples == null ? DEFAULT_TRAJECTORIES : samples,
                    levels == null ? Morris.DEFAULT_LEVELS : levels, master)
                    : SensitivityDesign.sobol(fs, samples == null ? DEFAULT_SOBOL_SAMPLES : samples);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        List<String> chosen = measures == null || measures.isEmpty() ? Sweep.DEFAULT_MEASURES : SweepCommand.measureNames(measures);
        int y = year != null ? year : sc.endYear();
        Set<org.scosim.output.Tables> written = in.tables();
        PointRuns.PointTables pointTables = new PointRuns.PointTables(written, in.format(),
                p -> factorColumns(design, p));
        // Every point is bound and validated before anything runs or is written, from the files read once; small
        // designs keep the scenarios so that they are bound once.
        variants = in.prepared().get(0);
        Scenario[] kept = bindAll(design, y);
        // what is left decides the compiler, as for sweep and compare: a resumed analysis may have little left
        List<Integer> left = in.resuming() ? PointRuns.unwritten(out, design.size())
                : java.util.stream.IntStream.range(0, design.size()).boxed().toList();
        quickCompilerIfShort((long) n * left.size(), in);
        if (dryRun) return dryRun(in, design, kind, kept, left, chosen, y, master, n, written);
        Folder folder = folder(in, canonicalArgs(kind));
        Path dir = folder.dir();
        String command = folder.command();
        long t0 = System.nanoTime();
        int ran;
        try (ProgressBar pb = CliSupport.progressBar(quiet, NAME, (long) n * design.size())) {
            PointRuns.Scenarios scenarios = p -> {
                Scenario s = pointScenario(kept, design, p);
                if (kept.length > 0) kept[p] = null;   // run once: its memory goes
                return s;
            };
            Runnable step = () -> {
                if (pb != null) synchronized (pb) {
                    pb.step();
                }
            };
            if (engine == Backend.SPARK) {
                long seedOfAll = master;
                // Spark starts only if a point is missing, and stops when they are written
                org.scosim.experiment.spark.SparkEngine[] spark = new org.scosim.experiment.spark.SparkEngine[1];
                try {
                    ran = PointRuns.runMissingRemote(dir, design.size(), scenarios, chosen, y, master, n,
                            (count, scenario, id) -> {
                                spark[0] = new org.scosim.experiment.spark.SparkEngine(sparkMaster);
                                return spark[0].stream(count,
                                        k -> new org.scosim.experiment.spark.SparkEngine.Job(scenario.apply(k), id.apply(k),
                                                null, pointTables.columns().apply(Integer.parseInt(id.apply(k)) - 1)),
                                        seedOfAll, n, written, pointTables.format());
                            }, pointTables, step);
                } finally {
                    if (spark[0] != null) spark[0].close();
                }
            } else {
                try (Engine local = Engine.local(threads)) {
                    ran = PointRuns.runMissing(dir, design.size(), scenarios, chosen, y, master, n, local, pointTables, step);
                }
            }
        } catch (InputException e) {   // validated above; only a file changed meanwhile gets here
            throw new UsageError(e.userMessage());
        }
        SensitivityFiles.write(dir, new SensitivityFiles.Plan(base, scenarioFile.toString(), design, chosen, y, b,
                in.format()), n, command,
                master, folder.started(), in.resuming() ? (design.size() - ran) + " of " + design.size() + " points were already done" : null);

        if (quiet) {
            System.out.println(dir);
        } else {
            System.out.printf("%s: %d design points x %d replications (%d runs) in %.1f s%s%n", kind.label(), design.size(), n,
                    (long) design.size() * n, (System.nanoTime() - t0) / 1e9, resumedNote(in.resuming(), ran, design.size()));
            System.out.println("Report: " + dir.resolve(SensitivityReport.FILE));
        }
        return 0;
    }

    /** --dry-run: a sample of the points still to run, each a point's file (and its tables) in a scratch folder. */
    private Integer dryRun(Inputs in, SensitivityDesign design, SensitivityDesign.Method kind, Scenario[] kept,
                           List<Integer> pending, List<String> chosen, int y, long master, int n,
                           Set<org.scosim.output.Tables> written) throws UsageError, IOException, InterruptedException {
        return dryRun(in, DryRun.plural(design.size(), "design point") + " (" + kind.label() + ")", design.size(),
                pending.size(), n, SensitivityResults.outputsFile(in.format()), new DryRun.Sample() {   // the indices and the report after it: small
                    @Override
                    public void run(Path scratch, int[] which, int reps) throws IOException, InterruptedException, UsageError {
                        PointRuns.Scenarios scenarios = k -> pointScenario(kept, design, pending.get(which[k]));
                        PointRuns.PointTables tables = new PointRuns.PointTables(written, in.format(),
                                k -> factorColumns(design, pending.get(which[k])));
                        try (Engine local = Engine.local(threads)) {
                            PointRuns.runMissing(scratch, which.length, scenarios, chosen, y, master, reps, local, tables, () -> { });
                        } catch (InputException e) {
                            throw new UsageError(e.userMessage());
                        }
                    }

                    /** The outputs, the combined file that grows with the points and replications; the rest is small. */
                    @Override
                    public void combine(Path out, Path runsDir, int[] which, int reps) throws IOException {
                        int[] points = java.util.Arrays.stream(which).map(pending::get).toArray();
                        SensitivityResults.writeOutputs(out, in.format(), design, points,
                                chosen, PointRuns.read(runsDir, which.length, chosen, reps), master);
                    }
                });
    }

    /** Design point p's scenario: kept from the check when the design is small, else bound again. */
    private Scenario pointScenario(Scenario[] kept, SensitivityDesign design, int p) throws InputException {
        return kept.length == 0 ? variants.scenario(design.overrides(p)) : kept[p];
    }

    /** A design point's factor values as columns of its tables' rows, named by their paths. */
    private static List<org.scosim.output.RunColumn> factorColumns(SensitivityDesign design, int p) {
        List<String> values = design.values(p);
        List<org.scosim.output.RunColumn> out = new ArrayList<>();
        for (int i = 0; i < design.factors().size(); i++) {
            out.add(new org.scosim.output.RunColumn(design.factors().get(i).path(), values.get(i), true));
        }
        return out;
    }

    /**
     * Binds every design point, on the workers, and checks the year of the measures in each; the first point in
     * the design's order that fails is the error. Returns the scenarios of a small design, else an empty array.
     */
    private Scenario[] bindAll(SensitivityDesign design, int y) throws UsageError, InterruptedException {
        Scenario[] kept = new Scenario[design.size() <= KEEP_SCENARIOS ? design.size() : 0];
        record Bound(int point, Scenario scenario) {
        }
        try (Engine check = Engine.local(threads)) {
            check.ordered(design.size(), p -> () -> {
                try {
                    return new Bound(p, read(design, p));
                } catch (UsageError e) {
                    throw new UsageError.Carried(e);
                }
            }, b -> {
                Scenario s = b.scenario();
                if (y < s.startYear() || y > s.endYear()) {
                    throw new UsageError.Carried(new UsageError("--year " + y + " is outside the period " + s.startYear() + "-"
                            + s.endYear() + (b.point() == 0 && year != null ? " of " + scenarioFile : " of design point " + (b.point() + 1))));
                }
                if (kept.length > 0) kept[b.point()] = s;
            });
        } catch (UsageError.Carried e) {
            throw e.error;
        }
        return kept;
    }

    private Scenario read(SensitivityDesign d, int p) throws UsageError {
        try {
            return variants.scenario(d.overrides(p));
        } catch (InputException e) {
            throw new UsageError("design point " + (p + 1) + " (" + d.describe(p) + "): " + e.userMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageError("design point " + (p + 1) + " (" + d.describe(p) + "): " + e.getMessage());
        }
    }

    private List<String> canonicalArgs(SensitivityDesign.Method kind) {
        List<String> a = new ArrayList<>();
        a.add(scenarioFile.toString());
        a.add("--method=" + kind.label());
        for (String f : factors) a.add("--factor=" + f);
        if (samples != null) a.add("--samples=" + samples);
        if (levels != null) a.add("--levels=" + levels);
        if (bootstrap != null) a.add("--bootstrap=" + bootstrap);
        if (measures != null && !measures.isEmpty()) a.add("--measures=" + String.join(",", measures));
        if (year != null) a.add("--year=" + year);
        if (replications != null) a.add("--replications=" + replications);
        if (seed != null) a.add("--seed=" + seed);
        runTables.addTo(a);
        return a;
    }
}
