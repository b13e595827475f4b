package org.scosim.cli;

import org.scosim.experiment.RunSpec;
import org.scosim.experiment.Comparison;
import org.scosim.experiment.ExperimentDir;
import org.scosim.io.ResolvedScenario;
import org.scosim.experiment.report.ComparisonPlots;
import org.scosim.experiment.report.ComparisonFiles;
import org.scosim.experiment.report.HtmlReport;
import org.scosim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs scenarios with the same replication seeds and compares them with the first: overlay and "
                + "difference plots, paired tests per measure (comparison.csv) and report.html.",
                "Each scenario's own tables go to OUT/<scenario-name>/. Same inputs give byte-identical CSV files, "
                        + "whatever --threads; --resume OUT finishes an interrupted comparison."})
public final class CompareCommand extends ExperimentCommand {
    static final String NAME = "compare";

    @Parameters(paramLabel = "SCENARIO", arity = "0..*",
            description = "Scenario files (.yaml, .yml or .json), at least two; the first is the baseline.")
    List<Path> scenarioFiles = new ArrayList<>();

    @Option(names = {"-n", "--replications"}, paramLabel = "N",
            description = "Replications of each scenario (default: the first scenario's 'replications').")
    Integer replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Master seed (default: the first scenario's 'seed').")
    Long seed;

    @Option(names = "--years", paramLabel = "Y1,Y2", split = ",",
            description = "Years of the comparison table (default: the last year every scenario simulates).")
    List<String> years;

    @Option(names = "--no-plots", description = "Skip each scenario's own plots (the comparison plots are always drawn).")
    boolean noPlots;

    @Option(names = "--no-comparison-plots", description = "Skip the comparison plots too (report.html then holds the tables only).")
    boolean noComparisonPlots;

    @CommandLine.Mixin
    RunTablesOptions runTables = new RunTablesOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The options that define a comparison, for --resume. */
    private static final Resumption<CompareCommand> RESUMPTION = new Resumption<>("scenario files",
            c -> c.scenarioFiles, (c, f) -> c.scenarioFiles = new ArrayList<>(f), c -> c.runTables, List.of(
            Resumption.option("--replications", (CompareCommand c) -> c.replications, (c, v) -> c.replications = v),
            Resumption.option("--seed", (CompareCommand c) -> c.seed, (c, v) -> c.seed = v),
            Resumption.option("--years", (CompareCommand c) -> c.years, (c, v) -> c.years = v),
            Resumption.option("--no-plots", (CompareCommand c) -> c.noPlots, (c, v) -> c.noPlots = v),
            Resumption.option("--no-comparison-plots", (CompareCommand c) -> c.noComparisonPlots,
                    (c, v) -> c.noComparisonPlots = v)));

    @Override
    String name() { return NAME; }

    @Override
    Integer execute() throws UsageError, IOException, InterruptedException {
        Inputs in = start(RESUMPTION, this, CompareCommand::new, 2, "give at least two scenario files to compare",
                java.util.EnumSet.allOf(org.scosim.output.Tables.class));
        List<ResolvedScenario> resolved = in.scenarios();
        int n = replications(replications, in, Scenario.MAX_REPLICATIONS);
        long master = masterSeed(seed, in);
        List<Integer> chosen = chosenYears(resolved);
        List<String> ids = runIds(resolved);
        Set<org.scosim.output.Tables> written = in.tables();
        // a scenario's run into runDir: what the comparison runs, and what a dry run samples
        java.util.function.BiFunction<Integer, Path, RunSpec.Builder> scenarioRun = (i, runDir) -> RunSpec.of(resolved.get(i))
                .runId(ids.get(i)).dir(runDir).scenarioFile(scenarioFiles.get(i).toString()).masterSeed(master)
                .tables(written).format(in.format()).plots(!noPlots).resumable(true);
        List<ComparisonFiles.Run> runs = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) runs.add(new ComparisonFiles.Run(ids.get(i), resolved.get(i), scenarioFiles.get(i).toString()));
        // what is left: every scenario of a new comparison (its folder is free), those without their marker when resumed
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            if (!in.resuming() || !ExperimentDir.isDone(out.resolve(ids.get(i)))) pending.add(i);
        }
        quickCompilerIfShort((long) n * pending.size(), in);
        if (dryRun) {
            // the comparison's own files need every scenario: a new comparison of at most 32 is sampled whole
            int atLeast = resolved.size() <= DryRun.WHOLE_COMPARISON ? resolved.size() : 1;
            boolean whole = DryRun.sampled(pending.size(), n, threads, atLeast) == resolved.size();
            return dryRun(in, DryRun.plural(resolved.size(), "scenario"), resolved.size(), pending.size(), n,
                    whole ? "the comparison's tables, plots and report" : null, new DryRun.Sample() {
                        @Override
                        public void run(Path scratch, int[] which, int reps) throws IOException, InterruptedException {
                            runSample(which.length, reps, k -> scenarioRun.apply(pending.get(which[k]),
                                    scratch.resolve(ids.get(pending.get(which[k])))).replications(reps)
                                    .command("scosim compare --dry-run").build());
                        }

                        @Override
                        public boolean combinesPart() {
                            return false;
                        }

                        @Override
                        public int runsAtLeast() {
                            return atLeast;
                        }

                        @Override
                        public void combine(Path out, Path runsDir, int[] which, int reps) throws IOException, InterruptedException {
                            if (!whole) return;
                            ComparisonFiles.write(out, runsDir, runs, reps, chosen, !noComparisonPlots, threads,
                                    "scosim compare --dry-run", master, java.time.OffsetDateTime.now().toString(), null);
                        }
                    });
        }
        Folder folder = folder(in, canonicalArgs());
        Path dir = folder.dir();
        String command = folder.command();

        long t0 = System.nanoTime();
        List<RunSpec> specs = new ArrayList<>();
        for (int i : pending) specs.add(scenarioRun.apply(i, dir.resolve(ids.get(i))).replications(n).command(command).build());
        int redone = runAll(specs, (long) n * resolved.size(), (long) n * (resolved.size() - pending.size()));

        Comparison.Result res = ComparisonFiles.write(dir, runs, n, chosen, !noComparisonPlots, threads, command, master, folder.started(),
                in.resuming() ? (resolved.size() - redone) + " of " + resolved.size() + " scenarios were already done" : null);

        if (quiet) {
            System.out.println(dir);
        } else {
            System.out.printf("%d scenarios x %d replications in %.1f s%s%n", resolved.size(), n, (System.nanoTime() - t0) / 1e9,
                    resumedNote(in.resuming(), redone, resolved.size()));
            warnIfFew(n);
            for (int s = 1; s < resolved.size(); s++) {
                for (int y : chosen) {
                    for (String[] km : HtmlReport.keyMeasures()) {
                        Comparison.Row r = res.row(new org.scosim.experiment.ValueSeries.Key(km[0], "SCO"), y, s);
                        if (r != null) System.out.println("  " + HtmlReport.sentence(km, r, ids.get(s), ids.get(0)));
                    }
                }
            }
            System.out.println("Report: " + dir.resolve(HtmlReport.FILE));
        }
        return 0;
    }

    private List<Integer> chosenYears(List<ResolvedScenario> resolved) throws UsageError {
        int minStart = Integer.MAX_VALUE, maxEnd = Integer.MIN_VALUE, minEnd = Integer.MAX_VALUE;
        for (ResolvedScenario r : resolved) {
            minStart = Math.min(minStart, r.scenario().startYear());
            maxEnd = Math.max(maxEnd, r.scenario().endYear());
            minEnd = Math.min(minEnd, r.scenario().endYear());
        }
        if (years == null || years.isEmpty()) return List.of(minEnd);
        List<Integer> out = new ArrayList<>();
        for (String y : years) {
            int v;
            try {
                v = Integer.parseInt(y.trim());
            } catch (NumberFormatException e) {
                throw new UsageError("--years: '" + y + "' is not a year; expected e.g. --years 2008,2016");
            }
            if (v < minStart || v > maxEnd) {
                throw new UsageError("--years: " + v + " is outside every scenario's period (" + minStart + "-" + maxEnd + ")");
            }
            if (!out.contains(v)) out.add(v);
        }
        out.sort(null);
        return out;
    }

    /** The options that define the experiment, as stored in experiment.json (not --out, --threads, --quiet). */
    private List<String> canonicalArgs() {
        List<String> a = new ArrayList<>();
        for (Path f : scenarioFiles) a.add(f.toString());
        if (replications != null) a.add("--replications=" + replications);
        if (seed != null) a.add("--seed=" + seed);
        if (years != null && !years.isEmpty()) a.add("--years=" + String.join(",", years));
        if (noPlots) a.add("--no-plots");
        if (noComparisonPlots) a.add("--no-comparison-plots");
        runTables.addTo(a);
        return a;
    }

    /** Folder names from scenario names; repeated names get "-2", "-3", ...; "plots" is reserved. */
    static List<String> runIds(List<ResolvedScenario> resolved) {
        Set<String> used = new HashSet<>(Set.of(ComparisonPlots.DIR, "runs"));
        List<String> ids = new ArrayList<>();
        for (ResolvedScenario r : resolved) {
            String base = ExperimentDir.safeName(r.scenario().name());
            String id = base;
            for (int k = 2; used.contains(id.toLowerCase()); k++) id = base + "-" + k;
            used.add(id.toLowerCase());
            ids.add(id);
        }
        return ids;
    }


}
