package org.scosim.experiment.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scosim.experiment.Design;
import org.scosim.experiment.ExperimentDir;
import org.scosim.experiment.Sweep;
import org.scosim.experiment.VarySpec;
import org.scosim.io.ResolvedScenario;
import org.scosim.output.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A sweep's combined files, always rebuilt from its design points' folders (so a resumed sweep ends with the same
 * bytes): {@code points.csv}, {@code sweep.csv}, {@code sweep-summary.csv}, the plots, {@code report.html} and
 * {@code provenance.json}.
 */
public final class SweepFiles {
    private SweepFiles() {
    }

    /** What the sweep was: its base scenario (and the file as named), the design and the measures. */
    public record Plan(ResolvedScenario base, String scenarioFile, String kind, List<VarySpec> vary,
                         List<Design.Point> points, List<Path> runDirs, List<String> measures) {
    }

    /**
     * Writes the combined files into {@code dir} and returns the sweep's summaries.
     *
     * @param resumed for provenance: how many runs were already done, or null if the sweep was not resumed
     * @param threads the threads that draw the plots
     */
    public static Sweep.Results write(Path dir, Plan s, int n, String command, long master, String started,
                                      String resumed, int threads) throws IOException, InterruptedException {
        AtomicFiles.write(dir.resolve(Sweep.POINTS_CSV), Sweep.pointsCsv(s.vary(), s.points()));
        Sweep.Results results = Sweep.writeTables(dir, s.vary(), s.points(), s.runDirs(), s.measures());
        String title = s.base().scenario().title();
        var svg = SweepPlots.writeAll(results, s.vary(), s.points(), s.kind().equals("grid"), s.measures(), title, dir, threads);
        AtomicFiles.write(dir.resolve(SweepReport.FILE), SweepReport.render(title, s.scenarioFile(), s.kind(),
                s.vary(), s.points(), n, master, s.measures(), results, svg));
        ObjectNode prov = ExperimentDir.provenance(command, master, n, started);
        prov.put("scenarioFile", s.scenarioFile());
        prov.put("scenarioSha256", s.base().sha256());
        ObjectNode d = prov.putObject("design");
        d.put("kind", s.kind());
        d.put("points", s.points().size());
        if (s.kind().equals("lhs")) d.put("sampledWith", "java.util.SplittableRandom(" + master + ")");
        ArrayNode vs = d.putArray("vary");
        for (VarySpec v : s.vary()) {
            ObjectNode o = vs.addObject();
            o.put("path", v.path());
            o.put("as", v.text());
            if (v.continuous()) {   // no list: the values are those the points drew (design.csv)
                o.put("min", v.range()[0]);
                o.put("max", v.range()[1]);
            } else {
                ArrayNode values = o.putArray("values");
                v.values().forEach(values::add);
            }
        }
        ArrayNode ms = prov.putArray("measures");
        s.measures().forEach(ms::add);
        boolean own = Sweep.seedVaries(s.vary(), s.points());
        prov.put("replicationSeedsSameForEveryPoint", !own);
        if (own) {
            prov.put("replicationSeedsOfAPoint", "derived from the point's seed (the varied scenario seed)");
            ObjectNode seeds = (ObjectNode) prov.get("seeds");
            seeds.put("commonRandomNumbers", "no: replication r of a point uses seed_r of the point's own seed");
            seeds.remove("replicationSeeds"); // those of the master seed, which no point used
        }
        if (resumed != null) prov.put("resumed", resumed);
        prov.set("resolvedScenario", s.base().resolved());
        AtomicFiles.write(dir.resolve(ExperimentDir.PROVENANCE), ExperimentDir.JSON.writeValueAsString(prov) + "\n");
        return results;
    }
}
