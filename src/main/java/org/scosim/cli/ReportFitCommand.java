package org.scosim.cli;

import org.scosim.calibration.CalibrationFiles;
import org.scosim.calibration.FitReport;
import org.scosim.calibration.TargetData;
import org.scosim.calibration.TradeSimulator;
import org.scosim.calibration.YearRange;
import org.scosim.io.InputException;
import org.scosim.io.ResolvedScenario;
import org.scosim.io.ScenarioReader;
import org.scosim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "report-fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores any scenario against observed China trade (Table 1 of Gao Fei 2010 by default) and the "
                + "historical border settlements.", "Writes validation/validation.md with tables and plots."})
public final class ReportFitCommand implements Callable<Integer> {
    static final String NAME = "scosim report-fit: ";

    @picocli.CommandLine.Parameters(paramLabel = "SCENARIO", description = "Scenario file.")
    Path scenarioFile;

    @Option(names = "--target", paramLabel = "FILE.csv", description = "Observed trade (default: Table 1 of Gao Fei 2010).")
    Path target;

    @Option(names = "--split", paramLabel = "FROM-TO",
            description = "Years to score apart from the rest (default: ${DEFAULT-VALUE}; 'all' for none).")
    String split = "1996-2004";

    @Option(names = "--holdout", paramLabel = "FIT.json",
            description = "fit.json of a calibration on part of the years, to report its out-of-sample check beside this fit.")
    Path holdout;

    @Option(names = {"-n", "--replications"}, paramLabel = "N", description = "Replications (default: ${DEFAULT-VALUE}).")
    int replications = 30;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Master seed (default: the scenario's).")
    Long seed;

    @Option(names = "--signature-replications", paramLabel = "N",
            description = "Replications for the signature record of the agenda's historical items (default: ${DEFAULT-VALUE}; 0 to skip).")
    int signatureReplications = 100;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", description = "Worker threads (default: cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder; the report goes to DIR/validation (default: results/<scenario>/fit-<timestamp>).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (replications < 2 || replications > 10_000) return usage("--replications must be between 2 and 10000, got " + replications);
        if (threads < 1 || threads > 1024) return usage("--threads must be between 1 and 1024, got " + threads);
        YearRange fy;
        try {
            fy = split.equalsIgnoreCase("all") ? YearRange.ALL : YearRange.parse(split);
        } catch (IllegalArgumentException e) {
            return usage("--split: " + e.getMessage());
        }
        ResolvedScenario resolved;
        List<TargetData.Observation> obs;
        try {
            resolved = ScenarioReader.read(scenarioFile);
            obs = target != null ? TargetData.read(target) : table1();
        } catch (InputException e) {
            return usage(e.userMessage());
        }
        FitReport.Holdout h = null;
        if (holdout != null) {
            try {
                h = CalibrationFiles.holdout(holdout);
            } catch (IOException | RuntimeException e) {
                return usage(holdout + ": not a fit.json of scosim calibrate (" + e.getMessage() + ")");
            }
        }
        Scenario sc = resolved.scenario();
        List<String> partners = TargetData.partners(obs);
        for (String p : partners) if (sc.indexOf(p) < 0) return usage("partner '" + p + "' of the target is not a state of " + scenarioFile);
        if (sc.indexOf("CHN") < 0) return usage(scenarioFile + ": the scenario has no state CHN");
        Path dir = out != null ? out : CliSupport.timestampedDir(sc.name(), "fit-");
        Path vdir = dir.resolve("validation");
        if (Files.exists(vdir) && (!Files.isDirectory(vdir) || !CliSupport.isEmptyDir(vdir))) {
            return usage("output folder " + vdir + " already exists and is not empty; choose another --out");
        }
        long master = seed != null ? seed : sc.seed();
        FitReport.Scores scores;
        try (TradeSimulator sim = new TradeSimulator(sc, partners, sc.endYear(), master, replications, threads)) {
            scores = FitReport.score(sim.simulate(sc.parameters()), sc, obs, fy);
        }
        Map<String, Double> shown = new LinkedHashMap<>();
        for (String n : List.of("largerGdpElasticity", "integrationEffect", "integrationPerDepth", "borderTradeEffect",
                "trustTradeEffect", "implementationRate", "trustDecay")) {
            shown.put(n, org.scosim.calibration.ParameterAccess.get(sc.parameters(), n));
        }
        FitReport.write(vdir, scores, sc, scenarioFile.toString(), sc.title(), shown, h, master, LocalDate.now().toString());
        System.out.printf(Locale.ROOT, "%s: log-RMSE %.3f over %d rows (bias %+.3f, R² %.3f)%n", sc.name(),
                scores.overall().logRmse(), scores.overall().n(), scores.overall().bias(), scores.overall().r2());
        scores.perPartner().forEach((k, m) -> System.out.printf(Locale.ROOT, "  %-4s log-RMSE %.3f  bias %+.3f  R² %.3f%n", k, m.logRmse(), m.bias(), m.r2()));
        for (FitReport.Settlement s : scores.settlements()) {
            System.out.printf(Locale.ROOT, "  border CHN-%s: observed %d, median simulated %.1f, 90%% interval %d-%d%s%n", s.partner(),
                    s.observed(), s.median(), s.q05(), s.q95(), s.inside() ? "" : " (observed outside)");
        }
        if (signatureReplications > 0) {
            org.scosim.experiment.SignatureRecord rec = org.scosim.experiment.SignatureRecord.measure(sc, master, signatureReplications);
            String text = "Signature record of " + sc.name() + " over " + signatureReplications + " replications (agenda items "
                    + "with record: signed must be adopted with every member of the year; record: unrealized must end not "
                    + "adopted or on paper):\n" + rec.text();
            org.scosim.output.AtomicFiles.write(vdir.resolve("signature-record.txt"), text);
            System.out.print(text);
        }
        System.out.println("Report: " + vdir.resolve("validation.md"));
        return 0;
    }

    private static List<TargetData.Observation> table1() throws InputException {
        try {
            List<TargetData.Observation> out = new java.util.ArrayList<>();
            org.scosim.output.plot.ObservedTrade.table1().forEach((p, m) -> m.forEach((y, v) -> out.add(new TargetData.Observation(p, y, v))));
            return out;
        } catch (IOException e) {
            throw new InputException(null, null, e.getMessage());
        }
    }

    private static int usage(String message) {
        System.err.println(NAME + message);
        return 2;
    }
}
