package org.scosim.experiment.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scosim.experiment.Comparison;
import org.scosim.experiment.ExperimentDir;
import org.scosim.io.ResolvedScenario;
import org.scosim.output.AtomicFiles;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.StateSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comparison's combined files, always rebuilt from its runs' folders (so a resumed comparison ends with the same
 * bytes): {@code comparison.csv}, {@code differences.csv}, the overlay and difference plots, {@code report.html} and
 * {@code provenance.json}.
 */
public final class ComparisonFiles {
    private ComparisonFiles() {
    }

    /** One scenario of the comparison: its folder name, the scenario, the file as the user named it. */
    public record Run(String id, ResolvedScenario scenario, String file) {
    }

    /**
     * Writes the combined files into {@code dir} (each run in {@code dir/id}) and returns the comparison.
     *
     * @param years   the years of the paired tests
     * @param plots   whether to draw the comparison plots (on {@code threads} threads)
     * @param resumed for provenance: how many runs were already done, or null if the comparison was not resumed
     */
    public static Comparison.Result write(Path dir, List<Run> runs, int n, List<Integer> years, boolean plots,
                                          int threads, String command, long master, String started, String resumed)
            throws IOException, InterruptedException {
        return write(dir, dir, runs, n, years, plots, threads, command, master, started, resumed);
    }

    /** As above, the runs in {@code runsDir/id} (a dry run measures the combined files apart from its sample's runs). */
    public static Comparison.Result write(Path dir, Path runsDir, List<Run> runs, int n, List<Integer> years, boolean plots,
                                          int threads, String command, long master, String started, String resumed)
            throws IOException, InterruptedException {
        List<Comparison.ScenarioInfo> infos = new ArrayList<>();
        List<Path> runDirs = new ArrayList<>();
        List<ResolvedScenario> scenarios = new ArrayList<>();
        for (Run r : runs) {
            Scenario s = r.scenario().scenario();
            infos.add(new Comparison.ScenarioInfo(r.id(), s.title(), r.file(), s.startYear(), s.endYear()));
            runDirs.add(runsDir.resolve(r.id()));
            scenarios.add(r.scenario());
        }
        Comparison.Result res = Comparison.aggregate(infos, runDirs, n, years);
        AtomicFiles.write(dir.resolve(Comparison.CSV), Comparison.comparisonCsv(res));
        AtomicFiles.write(dir.resolve(Comparison.DIFFERENCES_CSV), Comparison.differencesCsv(res));
        Map<String, String> names = stateNames(scenarios);
        Map<String, String> svg = plots ? ComparisonPlots.writeAll(res, names, dir, threads) : Map.of();
        AtomicFiles.write(dir.resolve(HtmlReport.FILE),
                HtmlReport.render(res, names, ComparisonPlots.withData(res), svg, master));
        ObjectNode prov = ExperimentDir.provenance(command, master, n, started);
        ArrayNode sc = prov.putArray("scenarios");
        for (Run r : runs) {
            ObjectNode o = sc.addObject();
            o.put("id", r.id());
            o.put("file", r.file());
            o.put("sha256", r.scenario().sha256());
            o.put("folder", r.id() + "/");
        }
        ArrayNode ys = prov.putArray("years");
        years.forEach(ys::add);
        if (resumed != null) prov.put("resumed", resumed);
        AtomicFiles.write(dir.resolve(ExperimentDir.PROVENANCE), ExperimentDir.JSON.writeValueAsString(prov) + "\n");
        return res;
    }

    /** Every state's name by its code, from the scenarios (the first name given wins). */
    static Map<String, String> stateNames(List<ResolvedScenario> resolved) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ResolvedScenario r : resolved) {
            for (StateSpec s : r.scenario().states()) {
                if (s.name() != null && !s.name().isBlank()) names.putIfAbsent(s.iso3(), s.name());
            }
        }
        return names;
    }
}
