package org.scosim.cli;

import me.tongfei.progressbar.ProgressBar;
import org.scosim.experiment.Engine;
import org.scosim.io.InputException;
import org.scosim.io.ResolvedScenario;
import org.scosim.io.ScenarioReader;
import org.scosim.output.Measures;
import org.scosim.output.Confidence;
import org.scosim.output.Num;
import org.scosim.output.SeriesStats;
import org.scosim.output.Tables;
import org.scosim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a scenario's replications in parallel and writes tables, a summary and plots.",
                "Same scenario and seed give byte-identical CSV files, whatever --threads."})
public final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path scenarioFile;

    @Option(names = {"-n", "--replications"}, paramLabel = "N",
            description = "Number of replications (default: the scenario's 'replications').")
    Integer replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Master seed (default: the scenario's 'seed').")
    Long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "T",
            description = "Worker threads (default: number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder; must not exist or be empty (default: results/<scenario>/<timestamp>).")
    Path out;

    @Option(names = "--tables", paramLabel = "T,T", split = ",",
            description = "Tables to write, of: measures, trade, states, decisions, agreements, or all, or none (default: all). "
                    + "series.csv, summary.json and plots are always written.")
    List<String> tables;

    @Option(names = "--format", paramLabel = "csv|parquet", defaultValue = "csv",
            description = "How the tables are stored: csv (tidy CSV, default) or parquet (typed, compressed; for pandas, "
                    + "R's arrow, DuckDB, Spark: docs/analysis.md).")
    String format;

    @Option(names = "--no-plots", description = "Skip the PNG and SVG plots.")
    boolean noPlots;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; print only the output folder.")
    boolean quiet;

    @Option(names = "--dry-run", description = "Check the scenario and options, then estimate the run's time and size on "
            + "this machine from a few replications run in a scratch folder beside --out (deleted after), and stop: "
            + "nothing is written to --out.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        long began = System.nanoTime();
        PrintStream err = System.err;
        ResolvedScenario resolved;
        try {
            resolved = ScenarioReader.read(scenarioFile);
        } catch (InputException e) {
            err.println("scosim run: " + e.userMessage());
            return 2;
        }
        Scenario sc = resolved.scenario();
        int n = replications != null ? replications : sc.replications();
        long master = seed != null ? seed : sc.seed();
        if (n < 1 || n > org.scosim.scenario.Scenario.MAX_REPLICATIONS) return usage("--replications must be between 1 and " + org.scosim.scenario.Scenario.MAX_REPLICATIONS + ", got " + n);
        if (threads < 1 || threads > 1024) return usage("--threads must be between 1 and 1024, got " + threads);
        Path dir = out != null ? out : CliSupport.timestampedDir(sc.name(), "");
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !CliSupport.isEmptyDir(dir))) {
            return usage("output folder " + dir + " already exists and is not empty; choose another --out");
        }

        java.util.Set<Tables> chosen;
        try {
            chosen = tables == null ? java.util.EnumSet.allOf(Tables.class) : Tables.parse(tables);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        org.scosim.output.TableFormat tableFormat = org.scosim.output.TableFormat.parse(format);
        if (tableFormat == null) return usage("--format must be csv or parquet, got '" + format + "'");
        java.util.function.BiFunction<Path, Integer, org.scosim.experiment.RunSpec> runOf = (where, reps) ->
                org.scosim.experiment.RunSpec.of(resolved).dir(where).scenarioFile(scenarioFile.toString())
                        .masterSeed(master).replications(reps).tables(chosen).format(tableFormat).plots(!noPlots)
                        .command("scosim run " + String.join(" ", commandArgs())).build();
        org.scosim.experiment.RunSpec spec;
        try {
            spec = runOf.apply(dir, n);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        Engine.Result result;
        QuickCompiler.forExperiment(n, sc.states().size());
        if (dryRun) {
            try {
                double checked = (System.nanoTime() - began) / 1e9;
                DryRun.Estimate e = DryRun.measure(1, 1, n, threads, (scratch, which, reps) -> {
                    try (Engine engine = Engine.local(threads)) {
                        engine.execute(runOf.apply(scratch.resolve("run"), reps), () -> { });
                    }
                }, dir);
                DryRun.print("run", sc.name(), 1, 0, e, threads, false, out, checked, null);
                return 0;
            } catch (java.io.UncheckedIOException | IOException | ExperimentCommand.UsageError e) {
                err.println("scosim run: --dry-run cannot use its scratch folder: " + CliSupport.reason(e));
                return 1;
            }
        }
        try (Engine engine = Engine.local(threads);
             ProgressBar pb = CliSupport.progressBar(quiet, sc.name(), n)) {
            result = engine.execute(spec, () -> {
                if (pb != null) pb.step();
            });
        } catch (java.io.UncheckedIOException | IOException e) {
            err.println("scosim run: cannot write to " + dir + ": " + CliSupport.reason(e)
                    + CliSupport.removeUnfinished(dir));
            return 1;
        }
        SeriesStats stats = result.stats();

        if (quiet) {
            System.out.println(dir);
        } else {
            printSummary(stats, sc, n, result.seconds(), dir);
        }
        return 0;
    }

    private List<String> commandArgs() {
        List<String> a = new ArrayList<>();
        a.add(scenarioFile.toString());
        if (replications != null) a.add("--replications " + replications);
        if (seed != null) a.add("--seed " + seed);
        a.add("--threads " + threads);
        if (out != null) a.add("--out " + out);
        if (tables != null) a.add("--tables " + String.join(",", tables));
        if (!"csv".equals(format)) a.add("--format " + format);
        if (noPlots) a.add("--no-plots");
        return a;
    }

    private static void printSummary(SeriesStats stats, Scenario sc, int n, double seconds, Path dir) {
        System.out.printf("%s: %d replications of %d-%d in %.1f s%n", sc.name(), n, sc.startYear(), sc.endYear(), seconds);
        String[][] lines = {
                {"intra_sco_trade_bn_usd", "Trade among members, US$ bn"},
                {"mean_trust", "Mean trust among members"},
                {"agreements_adopted", "Agreements adopted"},
                {"agreements_implemented", "  fully implemented"},
                {"agreements_in_progress", "  being implemented"},
                {"agreements_on_paper", "  left on paper"},
                {"borders_settled", "Disputed borders settled"}};
        if (n < Confidence.MIN_RELIABLE_N) System.out.println("Warning: " + Confidence.fewReplicationsWarning(n));
        System.out.printf("In %d (mean, 95%% CI of the mean over replications):%n", sc.endYear());
        for (String[] l : lines) {
            SeriesStats.Band b = stats.band(l[0], Measures.SCO);
            if (b == null) continue;
            int t = b.years().length - 1;
            System.out.printf("  %-28s %10s  [%s, %s]%n", l[1], Num.format(b.mean()[t]), Num.format(b.low()[t]),
                    Num.format(b.high()[t]));
            String accounts = l[0].equals("agreements_on_paper") ? agreementAccounts(stats) : null;
            if (accounts != null) System.out.println("    " + accounts);
        }
        System.out.println("Results: " + dir);
    }

    /**
     * "Every adopted agreement: 47.01 = 35.22 fully implemented + 3.1 being implemented + 8.69 left on paper (means
     * in END)": the stages partition the adopted agreements in every replication, so their means add up too.
     */
    static String agreementAccounts(SeriesStats stats) {
        String[] names = {"agreements_adopted", "agreements_implemented", "agreements_in_progress", "agreements_on_paper"};
        double[] v = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            SeriesStats.Band b = stats.band(names[i], Measures.SCO);
            if (b == null) return null;
            v[i] = b.mean()[b.years().length - 1];
        }
        return "Every adopted agreement is in one stage: " + Num.format(v[0]) + " = " + Num.format(v[1])
                + " fully implemented + " + Num.format(v[2]) + " being implemented + " + Num.format(v[3]) + " left on paper";
    }

    private static int usage(String message) {
        System.err.println("scosim run: " + message);
        return 2;
    }
}
