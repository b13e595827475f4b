package org.scosim.cli;

import org.scosim.experiment.RunSpec;
import org.scosim.experiment.Design;
import org.scosim.experiment.ExperimentDir;
import org.scosim.scenario.Seeds;
import org.scosim.experiment.Sweep;
import org.scosim.experiment.ValueSeries;
import org.scosim.experiment.VarySpec;
import org.scosim.io.InputException;
import org.scosim.io.ResolvedScenario;
import org.scosim.io.ScenarioOverride;
import org.scosim.io.ScenarioReader;
import org.scosim.experiment.report.SweepFiles;
import org.scosim.experiment.report.SweepReport;
import org.scosim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a scenario over a design of parameter values (grid or Latin hypercube) and writes one tidy "
                + "table, sweep.csv, with a row per run, replication and year, and summary plots.",
                "Every design point uses the same replication seeds. Same inputs give byte-identical CSV files, "
                        + "whatever --threads; --resume OUT finishes an interrupted sweep.",
                "Each point's folder under runs/ keeps the values the combined files are built from; with --tables "
                        + "it is a whole run: the tables, series.csv and summary.json."})
public final class SweepCommand extends ExperimentCommand {
    static final String NAME = "sweep";

    @Parameters(paramLabel = "SCENARIO", arity = "0..1", description = "Scenario file (.yaml, .yml or .json).")
    Path scenarioFile;

    @Option(names = "--vary", paramLabel = "PATH=VALUES",
            description = {"A scenario path and its values: a list (rule.threshold=0.5,0.67,0.8), a range from:step:to "
                    + "(parameters.trustDecay=0.01:0.01:0.1, inclusive), names (rule.type=unanimity,opt-out), or, for "
                    + "--design lhs, a continuous range min:max (parameters.trustDecay=0.01:0.1). Repeatable.",
                    "Paths: rule.type, rule.threshold, rule.minParticipants, rule.weights, seed, shocks[i].magnitude, "
                            + "parameters.NAME; 'scosim measures --paths' lists every parameter NAME with its default.",
                    "Every point replays the same replication seeds, except when seed itself is varied: then each point "
                            + "draws from its own seed (column master_seed)."})
    List<String> vary = new ArrayList<>();

    @Option(names = "--design", paramLabel = "grid|lhs", description = "grid: every combination (default); lhs: Latin hypercube of --samples points.")
    String design;

    @Option(names = "--samples", paramLabel = "N", description = "Design points of a Latin hypercube (--design lhs).")
    Integer samples;

    @Option(names = {"-n", "--replications"}, paramLabel = "N",
            description = "Replications of each design point (default: the scenario's 'replications').")
    Integer replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "S",
            description = "Master seed of the replications and of the Latin hypercube (default: the scenario's 'seed').")
    Long seed;

    @Option(names = "--measures", paramLabel = "m1,m2", split = ",", completionCandidates = MeasuresCommand.ScoMeasureNames.class,
            description = {"Measures (organization-wide) in sweep.csv and the plots (default: agreements_adopted, "
                    + "agreements_implemented, mean_trust, intra_sco_trade_bn_usd).",
                    "One or more of: ${COMPLETION-CANDIDATES} ('scosim measures' describes them)."})
    List<String> measures;

    @CommandLine.Mixin
    RunTablesOptions runTables = new RunTablesOptions();

    /** The options that define a sweep, for --resume. */
    private static final Resumption<SweepCommand> RESUMPTION = Resumption.ofOneFile(
            c -> c.scenarioFile, (c, f) -> c.scenarioFile = f, c -> c.runTables, List.of(
            Resumption.option("--vary", (SweepCommand c) -> c.vary, (c, v) -> c.vary = v, SweepCommand::normalized),
            Resumption.option("--design", (SweepCommand c) -> c.design, (c, v) -> c.design = v, SweepCommand::kindOf),
            Resumption.option("--samples", (SweepCommand c) -> c.samples, (c, v) -> c.samples = v),
            Resumption.option("--replications", (SweepCommand c) -> c.replications, (c, v) -> c.replications = v),
            Resumption.option("--seed", (SweepCommand c) -> c.seed, (c, v) -> c.seed = v),
            Resumption.option("--measures", (SweepCommand c) -> c.measures, (c, v) -> c.measures = v)));

    /** The scenario file and its bases as read once, bound with each design point's overrides. */
    private ScenarioReader.Variants variants;

    @Override
    String name() { return NAME; }

    @Override
    Integer execute() throws UsageError, IOException, InterruptedException {
        Inputs in = start(RESUMPTION, this, SweepCommand::new, 1, "give a scenario file to sweep (or --resume DIR)",
                java.util.EnumSet.noneOf(org.scosim.output.Tables.class));
        ResolvedScenario base = in.scenarios().get(0);
        int n = replications(replications, in, Scenario.MAX_REPLICATIONS);
        long master = masterSeed(seed, in);
        List<VarySpec> specs = eachPath("--vary", vary, VarySpec::parse, VarySpec::path,
                "PATH=VALUES, e.g. --vary rule.threshold=0.5,0.67,0.8");
        String kind = kindOf(design);
        List<Design.Point> points;
        try {
            if (kind.equals("grid")) {
                if (samples != null) throw new UsageError("--samples is for --design lhs; a grid runs every combination");
                points = Design.grid(specs);
            } else if (kind.equals("lhs")) {
                if (samples == null) throw new UsageError("--design lhs needs --samples N, the number of design points");
                points = Design.lhs(specs, samples, master);
            } else {
                throw new UsageError("--design '" + design + "': expected grid or lhs");
            }
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        List<String> chosen = measures == null || measures.isEmpty() ? Sweep.DEFAULT_MEASURES : measureNames(measures);
        // Every point is bound and validated before anything runs or is written, from the files read once.
        variants = in.prepared().get(0);
        List<ResolvedScenario> kept = validateAll(points, specs);
        Set<org.scosim.output.Tables> written = in.tables();
        boolean seedVaries = Sweep.seedVaries(specs, points);
        List<Integer> varying = Sweep.varying(specs, points);
        // a point's run, described when it is due: a large design keeps no scenario, and binds each point again
        PointRun pointRun = (i, runDir, command, reps) -> {
            Design.Point p = points.get(i);
            ResolvedScenario sc = kept.isEmpty() ? bound(p, specs) : kept.get(i);
            // varying the scenario's seed gives each point replications of its own; otherwise every point shares them
            long pointMaster = seedVaries ? sc.scenario().seed() : master;
            return RunSpec.of(sc).runId(Integer.toString(p.run()))
                    .dir(runDir).scenarioFile(scenarioFile.toString()).masterSeed(pointMaster)
                    .columns(Sweep.columns(specs, varying, p))
                    .replications(reps).tables(written).format(in.format()).plots(false).summaries(!written.isEmpty())
                    .command(command + "  # point " + p.run() + ": " + describe(p, specs)).resumable(true).build();
        };
        // what is left: every point of a new sweep (its folder is free), those without their marker when resumed
        List<Path> resumed = in.resuming() ? runDirs(out, points) : null;
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (resumed == null || !ExperimentDir.isDone(resumed.get(i))) pending.add(i);
        }
        quickCompilerIfShort((long) n * pending.size(), in);
        if (dryRun) {
            return dryRun(in, DryRun.plural(points.size(), "design point") + " (" + kind + ")", points.size(), pending.size(), n,
                    "sweep.csv, the plots and the report", new DryRun.Sample() {
                @Override
                public void run(Path scratch, int[] which, int reps) throws IOException, InterruptedException {
                    List<Path> dirs = runDirs(scratch, sampled(which));
                    runSample(which.length, reps, k -> pointRun.spec(pending.get(which[k]), dirs.get(k), "scosim sweep --dry-run", reps));
                }

                @Override
                public void combine(Path out, Path runsDir, int[] which, int reps) throws IOException, InterruptedException {
                    List<Design.Point> sampled = sampled(which);
                    SweepFiles.write(out, new SweepFiles.Plan(base, scenarioFile.toString(), kind, specs, sampled,
                            runDirs(runsDir, sampled), chosen), reps, "scosim sweep --dry-run", master,
                            java.time.OffsetDateTime.now().toString(), null, threads);
                }

                private List<Design.Point> sampled(int[] which) {
                    List<Design.Point> out = new ArrayList<>();
                    for (int w : which) out.add(points.get(pending.get(w)));
                    return out;
                }
            });
        }
        Folder folder = folder(in, canonicalArgs(kind));
        Path dir = folder.dir();
        String command = folder.command();
        List<Path> runDirs = runDirs(dir, points);
        long t0 = System.nanoTime();
        java.util.function.IntFunction<RunSpec> run = k -> pointRun.spec(pending.get(k), runDirs.get(pending.get(k)), command, n);
        int redone = runAll(pending.size(), n, run, (long) n * points.size(), (long) n * (points.size() - pending.size()));

        SweepFiles.write(dir, new SweepFiles.Plan(base, scenarioFile.toString(), kind, specs, points, runDirs, chosen),
                n, command, master, folder.started(),
                in.resuming() ? (points.size() - redone) + " of " + points.size() + " runs were already done" : null, threads);

        if (quiet) {
            System.out.println(dir);
        } else {
            System.out.printf("%d design points x %d replications in %.1f s%s%n", points.size(), n, (System.nanoTime() - t0) / 1e9,
                    resumedNote(in.resuming(), redone, points.size()));
            warnIfFew(n);
            System.out.println("Results: " + dir.resolve(Sweep.CSV));
            System.out.println("Report: " + dir.resolve(SweepReport.FILE));
        }
        return 0;
    }

    /** A design point's run: point {@code i} into {@code runDir}, {@code replications} of it. */
    private interface PointRun {
        RunSpec spec(int i, Path runDir, String command, int replications);
    }

    /** Each point's folder, runs/NNNN under {@code dir}. */
    private static List<Path> runDirs(Path dir, List<Design.Point> points) {
        int width = Math.max(4, Integer.toString(points.size()).length());
        Path runs = dir.resolve("runs");
        List<Path> out = new ArrayList<>();
        for (Design.Point p : points) out.add(runs.resolve(String.format(Locale.ROOT, "%0" + width + "d", p.run())));
        return out;
    }

    private static String kindOf(String design) {
        return design == null ? "grid" : design.trim().toLowerCase(Locale.ROOT);
    }

    /** --vary options as path=values after parsing, so "0.50" and "0.5" agree; unparsable ones as written. */
    private static List<String> normalized(List<String> vary) {
        List<String> out = new ArrayList<>();
        for (String v : vary) {
            try {
                VarySpec s = VarySpec.parse(v);
                out.add(s.canonicalText());
            } catch (IllegalArgumentException e) {
                out.add(v);
            }
        }
        return out;
    }

    /** {@link #KEEP_SCENARIOS}, lowered by tests to follow a large design's path on a small one. */
    int keepScenarios = KEEP_SCENARIOS;

    /**
     * Binds every design point, on the workers; the first point in the design's order that fails is the error.
     * Returns the scenarios of a design of at most {@link #keepScenarios} points, else an empty list.
     */
    private List<ResolvedScenario> validateAll(List<Design.Point> points, List<VarySpec> specs)
            throws UsageError, InterruptedException {
        boolean keep = points.size() <= keepScenarios;
        List<ResolvedScenario> kept = new ArrayList<>(keep ? points.size() : 0);
        try (org.scosim.experiment.Engine check = org.scosim.experiment.Engine.local(threads)) {
            check.ordered(points.size(), i -> () -> {
                try {
                    return validate(points.get(i), specs);
                } catch (UsageError e) {
                    throw new UsageError.Carried(e);
                }
            }, s -> {
                if (keep) kept.add(s);
            });
        } catch (UsageError.Carried e) {
            throw e.error;
        }
        return kept;
    }

    /** A point validated before, bound again from the files read once: it cannot fail now. */
    private ResolvedScenario bound(Design.Point p, List<VarySpec> specs) {
        try {
            return read(p, specs);
        } catch (InputException e) {
            throw new IllegalStateException("design point " + p.run() + " was valid and is not now: " + e.userMessage(), e);
        }
    }

    private ResolvedScenario validate(Design.Point p, List<VarySpec> specs) throws UsageError {
        try {
            return read(p, specs);
        } catch (InputException e) {
            throw new UsageError("design point " + p.run() + " (" + describe(p, specs) + "): " + e.userMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageError("design point " + p.run() + " (" + describe(p, specs) + "): " + e.getMessage());
        }
    }

    private ResolvedScenario read(Design.Point p, List<VarySpec> specs) throws InputException {
        List<ScenarioOverride> o = p.overrides(specs);
        return variants.read(o);
    }

    private static String describe(Design.Point p, List<VarySpec> specs) {
        List<String> parts = new ArrayList<>();
        for (int d = 0; d < specs.size(); d++) parts.add(specs.get(d).path() + "=" + p.values().get(d));
        return String.join(", ", parts);
    }

    static List<String> measureNames(List<String> given) throws UsageError {
        List<String> known = ValueSeries.scoMeasures();
        List<String> out = new ArrayList<>();
        for (String m : given) {
            String t = m.trim();
            if (!known.contains(t)) {
                throw new UsageError("--measures: '" + t + "' is not an organization-wide measure; choose from "
                        + String.join(", ", known));
            }
            if (!out.contains(t)) out.add(t);
        }
        return out;
    }

    private List<String> canonicalArgs(String kind) {
        List<String> a = new ArrayList<>();
        a.add(scenarioFile.toString());
        for (String v : vary) a.add("--vary=" + v);
        a.add("--design=" + kind);
        if (samples != null) a.add("--samples=" + samples);
        if (replications != null) a.add("--replications=" + replications);
        if (seed != null) a.add("--seed=" + seed);
        if (measures != null && !measures.isEmpty()) a.add("--measures=" + String.join(",", measures));
        runTables.addTo(a);
        return a;
    }

    static long seedOf(long master, int r) {
        return Seeds.replication(master, r);
    }
}
