package org.scosim.cli;

import org.scosim.calibration.CalibrationFiles;
import org.scosim.calibration.CalibrationSpec;
import org.scosim.calibration.Calibrator;
import org.scosim.calibration.FitReport;
import org.scosim.calibration.Fitting;
import org.scosim.calibration.RollingOrigin;
import org.scosim.calibration.FreeParameter;
import org.scosim.calibration.Objective;
import org.scosim.calibration.TargetData;
import org.scosim.calibration.TradeSimulator;
import org.scosim.calibration.YearRange;
import org.scosim.io.InputException;
import org.scosim.io.ResolvedScenario;
import org.scosim.io.ScenarioReader;
import org.scosim.experiment.Engine;
import org.scosim.experiment.RunSpec;
import org.scosim.output.AtomicFiles;
import org.scosim.output.TableFormat;
import org.scosim.output.Tables;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Estimates the parameters a scenario's 'calibration.free' block names, within their bounds, "
                + "against observed China trade (log errors, common random numbers, BOBYQA from several starts).",
                "Writes fit.json, trace.csv, calibrated.yaml and a validation report; with --tables, also the per-replication "
                        + "tables of a run of calibrated.yaml (the report's replications and seeds) in run/."})
public final class CalibrateCommand implements Callable<Integer> {

    @picocli.CommandLine.Parameters(paramLabel = "SCENARIO", description = "Scenario file with a 'calibration:' block.")
    Path scenarioFile;

    @Option(names = "--target", required = true, paramLabel = "FILE.csv",
            description = "Observed trade, columns partner,year,trade_100m_usd (as scenarios/data/table1-china-trade-1996-2008.csv).")
    Path target;

    @Option(names = "--fit-years", paramLabel = "FROM-TO",
            description = "Years whose rows enter the objective (default: all); the other rows are scored out of sample.")
    String fitYears;

    @Option(names = "--budget", paramLabel = "N", description = "Most objective evaluations over all starts (default: ${DEFAULT-VALUE}).")
    int budget = 400;

    @Option(names = {"-n", "--replications"}, paramLabel = "R", description = "Replications per evaluation (default: ${DEFAULT-VALUE}).")
    int replications = 8;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Master seed of the replications and the starts (default: the scenario's).")
    Long seed;

    @Option(names = "--starts", paramLabel = "K", description = "Optimiser starts: the scenario's values, then random points (default: ${DEFAULT-VALUE}).")
    int starts = 4;

    @Option(names = "--report-replications", paramLabel = "N", description = "Replications of the validation report (default: the scenario's 'replications').")
    Integer reportReplications;

    @Option(names = "--origins", paramLabel = "Y,Y", split = ",",
            description = "Rolling origins: for each year, re-fit on the target rows up to it and score the later rows beside "
                    + "naive benchmarks (default: 2002,2004; 'none' to skip).")
    List<String> origins = List.of("2002", "2004");

    @Option(names = "--bootstrap", paramLabel = "B",
            description = "Bootstrap draws over replication seeds for parameter intervals (default: ${DEFAULT-VALUE}; 0 to skip).")
    int bootstrap = 20;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", description = "Worker threads (default: cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder; must not exist or be empty (default: results/<scenario>/calibration-<timestamp>).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress; print only the output folder.")
    boolean quiet;

    /** The per-replication tables of the calibrated scenario's run, none unless asked for. */
    @picocli.CommandLine.Mixin
    RunTablesOptions runTables = new RunTablesOptions();

    @Override
    public Integer call() throws Exception {
        if (budget < 5 || budget > 1_000_000) return usage("--budget must be between 5 and 1000000, got " + budget);
        if (replications < 1 || replications > 10_000) return usage("--replications must be between 1 and 10000, got " + replications);
        if (reportReplications != null && (reportReplications < 2 || reportReplications > 10_000)) {
            return usage("--report-replications must be between 2 and 10000, got " + reportReplications);
        }
        if (starts < 1 || starts > 1000) return usage("--starts must be between 1 and 1000, got " + starts);
        if (threads < 1 || threads > 1024) return usage("--threads must be between 1 and 1024, got " + threads);
        Set<Tables> runTableSet;
        TableFormat runFormat;
        try {
            runTableSet = ExperimentCommand.chosenTables(runTables.tables, EnumSet.noneOf(Tables.class));
            runFormat = ExperimentCommand.tableFormat(runTables.format);
        } catch (ExperimentCommand.UsageError e) {
            return usage(e.getMessage());
        }
        YearRange fy;
        try {
            fy = fitYears == null ? YearRange.ALL : YearRange.parse(fitYears);
        } catch (IllegalArgumentException e) {
            return usage("--fit-years: " + e.getMessage());
        }
        ResolvedScenario resolved;
        CalibrationSpec spec;
        List<TargetData.Observation> obs;
        try {
            resolved = ScenarioReader.read(scenarioFile);
            spec = CalibrationSpec.of(resolved);
            obs = TargetData.read(target);
        } catch (InputException e) {
            return usage(e.userMessage());
        }
        Scenario sc = resolved.scenario();
        int reportReps = reportReplications != null ? reportReplications : Math.max(2, sc.replications());
        List<String> partners = TargetData.partners(obs);
        for (String p : partners) {
            if (sc.indexOf(p) < 0) return usage(target + ": partner '" + p + "' is not a state of " + scenarioFile);
        }
        if (sc.indexOf("CHN") < 0) return usage(scenarioFile + ": the target is China's trade, but the scenario has no state CHN");
        int lastObs = obs.stream().mapToInt(TargetData.Observation::year).max().orElseThrow();
        long inFit = obs.stream().filter(o -> fy.contains(o.year()) && o.year() >= sc.startYear() && o.year() <= sc.endYear()).count();
        if (inFit <= spec.free().size()) {
            return usage("--fit-years " + fy + " leaves " + inFit + " target rows within the scenario's period "
                    + sc.startYear() + "-" + sc.endYear() + "; need more than the " + spec.free().size() + " free parameters");
        }
        Path dir = out != null ? out : CliSupport.timestampedDir(sc.name(), "calibration-");
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !CliSupport.isEmptyDir(dir))) {
            return usage("output folder " + dir + " already exists and is not empty; choose another --out");
        }
        long master = seed != null ? seed : sc.seed();
        List<Integer> originYears = new ArrayList<>();
        if (!(origins.size() == 1 && origins.get(0).equals("none"))) {
            int firstObs = obs.stream().mapToInt(TargetData.Observation::year).min().orElseThrow();
            for (String o : origins) {
                int y;
                try {
                    y = Integer.parseInt(o.trim());
                } catch (NumberFormatException e) {
                    return usage("--origins: expected years such as 2002,2004 (or none), got '" + o + "'");
                }
                if (y <= firstObs || y >= lastObs) {
                    return usage("--origins: " + y + " must lie after the first target year " + firstObs + " and before the last " + lastObs);
                }
                originYears.add(y);
            }
        }
        if (bootstrap < 0 || bootstrap > 10_000) return usage("--bootstrap must be between 0 and 10000, got " + bootstrap);
        String started = OffsetDateTime.now().toString();
        String date = LocalDate.now().toString();
        long t0 = System.nanoTime();

        Fitting.Settings settings = new Fitting.Settings(replications, budget, starts, threads, master);
        Progress progress = new Progress(quiet);
        if (!quiet) {
            System.err.printf(Locale.ROOT, "scosim calibrate: %s, %d free parameters, %d target rows in fit years %s, "
                            + "%d replications, budget %d evaluations, %d starts, %d threads%n", sc.name(), spec.free().size(),
                    inFit, fy, replications, budget, starts, threads);
        }
        Calibrator.Outcome outcome = Fitting.fit(sc, spec.free(), obs, fy, settings, true, progress);
        progress.done();
        if (outcome.best() == null) return usage("no evaluation finished; raise --budget");
        double[] x0 = outcome.trace().get(0).x();
        double searchSeconds = (System.nanoTime() - t0) / 1e9;

        // Score the fitted parameters with more replications over the whole period; never hand back something worse
        // than the scenario's own values (scored the same way).
        Parameters p = Fitting.parameters(sc.parameters(), spec.free(), outcome.best());
        FitReport.Scores scores = Fitting.score(sc, p, obs, fy, master, reportReps, threads);
        FitReport.Scores startScores = Fitting.score(sc, Fitting.parameters(sc.parameters(), spec.free(), x0), obs, fy, master, reportReps, threads);
        String searchNote = "The search " + (outcome.stoppedEarly() ? "stopped early (" + String.join("; ", outcome.stops())
                + "): raise --budget for a fuller search." : "converged from every start (" + outcome.stops().size() + " starts).");
        double[] best = outcome.best();
        if (startScores.inFit().sse() <= scores.inFit().sse()) {
            best = x0;
            p = Fitting.parameters(sc.parameters(), spec.free(), x0);
            scores = startScores;
            searchNote += " Scored with " + reportReps + " replications, no point it found beats the scenario's own values, "
                    + "which are handed back unchanged.";
        }
        Map<String, Double> fitted = new LinkedHashMap<>();
        for (int i = 0; i < spec.free().size(); i++) fitted.put(spec.free().get(i).name(), best[i]);
        Scenario fittedScenario = org.scosim.calibration.ParameterAccess.withParameters(sc, p, sc.endYear());
        if (!quiet && !originYears.isEmpty()) System.err.println("scosim calibrate: rolling origins " + originYears + "...");
        List<RollingOrigin> rolling = Fitting.rollingOrigins(fittedScenario, spec.free(), obs, originYears,
                new Fitting.Settings(replications, Math.max(5, budget / 2), Math.max(1, starts / 2), threads, master), reportReps);
        if (!quiet && bootstrap > 0) System.err.println("scosim calibrate: " + bootstrap + " bootstrap draws...");
        List<Fitting.Interval> intervals = bootstrap == 0 ? List.of()
                : Fitting.bootstrap(sc, spec.free(), best, obs, fy, settings, bootstrap, Math.max(5 * spec.free().size() + 5, budget / 20));
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve("trace.csv"), CalibrationFiles.trace(spec.free(), outcome.trace()));
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("command", "scosim calibrate " + String.join(" ", args()));
        header.put("scenario", scenarioFile.toString());
        header.put("scenario_sha256", resolved.sha256());
        header.put("target", target.toString());
        header.put("started", started);
        header.put("replications_per_evaluation", replications);
        header.put("report_replications", reportReps);
        header.put("master_seed", master);
        header.put("starts", starts);
        header.put("budget", budget);
        header.put("optimiser", "BOBYQA (Commons Math 3.6.1) on the unit cube of the bounds, 2k+1 interpolation points, "
                + "initial trust radius 0.2, final 1e-4; Brent for one parameter");
        header.put("search_seconds", Math.round(searchSeconds * 10) / 10.0);
        header.put("metrics_note", "metrics are recomputed at the fitted values with report_replications replications "
                + "(same master seed); the objective_value is from replications_per_evaluation");
        header.put("search", searchNote);
        AtomicFiles.write(dir.resolve("fit.json"), CalibrationFiles.fitJson(header, spec.free(), x0, outcome, scores, fy));
        Path base = dir.toAbsolutePath().normalize().relativize(scenarioFile.toAbsolutePath().normalize());
        AtomicFiles.write(dir.resolve("calibrated.yaml"), CalibrationFiles.calibratedYaml(
                base.toString().replace('\\', '/'), sc.name(), spec.free(), best, date, scores.inFit(), scores.outOfFit(), fy));
        FitReport.Holdout holdout = fy.equals(YearRange.ALL) ? null
                : new FitReport.Holdout(fy, scores.inFit(), scores.outOfFit(), "this calibration");
        FitReport.write(dir.resolve("validation"), scores, fittedScenario, scenarioFile.toString(),
                sc.title() + " (calibrated)", fitted, holdout, master, date,
                new FitReport.Extras(rolling, spec.free(), intervals, best, searchNote));
        if (!runTableSet.isEmpty()) {
            Integer failed = runCalibrated(dir, master, reportReps, runTableSet, runFormat);
            if (failed != null) return failed;
        }

        if (quiet) {
            System.out.println(dir);
        } else {
            System.out.printf(Locale.ROOT, "%s: %d evaluations in %.1f s (+ %d for the standard errors), best from start %d%n",
                    sc.name(), outcome.evaluations() - (outcome.uncertainty() == null ? 0 : outcome.uncertainty().evaluations()),
                    searchSeconds, outcome.uncertainty() == null ? 0 : outcome.uncertainty().evaluations(), outcome.bestStart());
            for (int i = 0; i < spec.free().size(); i++) {
                FreeParameter f = spec.free().get(i);
                double se = outcome.uncertainty() == null ? Double.NaN : outcome.uncertainty().se()[i];
                System.out.printf(Locale.ROOT, "  %-24s %10s  (s.e. %s; bounds %s..%s)%n", f.name(), CalibrationFiles.plain(best[i]),
                        Double.isFinite(se) ? CalibrationFiles.plain(se) : "n/a", CalibrationFiles.plain(f.min()), CalibrationFiles.plain(f.max()));
            }
            System.out.printf(Locale.ROOT, "log-RMSE in sample (%s, %d rows): %.3f", fy, scores.inFit().n(), scores.inFit().logRmse());
            if (scores.outOfFit().n() > 0) System.out.printf(Locale.ROOT, "; out of sample (%d rows): %.3f", scores.outOfFit().n(), scores.outOfFit().logRmse());
            System.out.println();
            scores.perPartner().forEach((k, m) -> System.out.printf(Locale.ROOT, "  %-4s log-RMSE %.3f  bias %+.3f  R² %.3f%n", k, m.logRmse(), m.bias(), m.r2()));
            for (RollingOrigin ro : rolling) {
                System.out.printf(Locale.ROOT, "origin %d: out of sample %.3f (in %.3f) vs last value %.3f, trend %.3f%n",
                        ro.fitted().to(), ro.outOfSample().logRmse(), ro.inSample().logRmse(), ro.lastValue().logRmse(), ro.trend().logRmse());
            }
            System.out.println(searchNote);
            System.out.println("Results: " + dir);
        }
        return 0;
    }

    /**
     * The run of calibrated.yaml as written (its parameters to four significant digits), with the report's
     * replications and master seed, its tables in {@code dir/run}: what {@code scosim run calibrated.yaml} gives.
     */
    private Integer runCalibrated(Path dir, long master, int reps, Set<Tables> tableSet, TableFormat format) throws InterruptedException {
        Path calibrated = dir.resolve("calibrated.yaml"), runDir = dir.resolve("run");
        if (!quiet) System.err.println("scosim calibrate: " + reps + " replications of calibrated.yaml, tables in " + runDir + "...");
        ResolvedScenario fitted;
        try {
            fitted = ScenarioReader.read(calibrated);
        } catch (InputException e) {
            return usage(e.userMessage());
        }
        RunSpec run = RunSpec.of(fitted).dir(runDir).scenarioFile(calibrated.toString()).masterSeed(master)
                .replications(reps).tables(tableSet).format(format).plots(false)
                .command("scosim calibrate " + String.join(" ", args())).build();
        try (Engine engine = Engine.local(threads)) {
            engine.execute(run, () -> { });
        } catch (java.io.UncheckedIOException | IOException e) {
            System.err.println("scosim calibrate: cannot write to " + runDir + ": " + CliSupport.reason(e));
            return 1;
        }
        return null;
    }

    private List<String> args() {
        List<String> a = new ArrayList<>();
        a.add(scenarioFile.toString());
        a.add("--target " + target);
        if (fitYears != null) a.add("--fit-years " + fitYears);
        a.add("--budget " + budget);
        a.add("--replications " + replications);
        if (seed != null) a.add("--seed " + seed);
        a.add("--starts " + starts);
        if (reportReplications != null) a.add("--report-replications " + reportReplications);
        a.add("--origins " + String.join(",", origins));
        a.add("--bootstrap " + bootstrap);
        a.add("--threads " + threads);
        if (out != null) a.add("--out " + out);
        runTables.addTo(a);
        return a;
    }

    /** Progress on a terminal: evaluations and the best log-RMSE, redrawn in place; nothing otherwise. */
    private static final class Progress implements Calibrator.Progress {
        private final boolean show;
        private long last;

        Progress(boolean quiet) {
            this.show = CliSupport.interactive(quiet);
        }

        @Override
        public void update(int evaluations, int budget, int start, int starts, double best) {
            if (!show) return;
            long now = System.nanoTime();
            if (now - last < 100_000_000L) return;
            last = now;
            System.err.printf(Locale.ROOT, "\r  evaluation %d/%d  %s  best log-RMSE %.4f   ", evaluations, budget,
                    start > 0 ? "start " + start + "/" + starts : "standard errors", best);
            System.err.flush();
        }

        void done() {
            if (show) System.err.println();
        }
    }

    static int usage(String message) {
        System.err.println("scosim calibrate: " + message);
        return 2;
    }
}
