package org.scosim.experiment.sensitivity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scosim.experiment.ExperimentDir;
import org.scosim.io.ResolvedScenario;
import org.scosim.output.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A sensitivity analysis's combined files, always rebuilt from its design points' files (so a resumed analysis ends
 * with the same bytes): the indices and outputs, the plots, {@code report.html} and {@code provenance.json}.
 */
public final class SensitivityFiles {
    private SensitivityFiles() {
    }

    /**
     * What the analysis was: its base scenario (and the file as named), the design (with its factors), the outputs,
     * and the format of the outputs' table.
     */
    public record Plan(ResolvedScenario base, String scenarioFile, SensitivityDesign design, List<String> measures,
                       int year, int bootstrap, org.scosim.output.TableFormat format) {
    }

    /**
     * Reads the points' values, computes the indices and writes the combined files into {@code dir}.
     *
     * @param resumed for provenance: how many points were already done, or null if the analysis was not resumed
     */
    public static SensitivityResults write(Path dir, Plan s, int n, String command, long master, String started,
                                           String resumed) throws IOException {
        SensitivityDesign design = s.design();
        double[][][] values = PointRuns.read(dir, design.size(), s.measures(), n);
        SensitivityResults res = SensitivityResults.compute(design, s.measures(), values, s.bootstrap(), master);
        res.write(dir, s.format(), values, master);
        String title = s.base().scenario().title();
        String subtitle = "Scenario: " + title + ", " + s.year() + "; " + org.scosim.output.Num.count(design.size())
                + " points x " + org.scosim.output.Num.count(n) + (n == 1 ? " replication" : " replications");
        List<String> stems = SensitivityPlots.writeAll(res, subtitle, dir);
        SensitivityReport.write(dir, res, new SensitivityReport.Context(title, s.scenarioFile(), s.year(), n, master,
                SensitivityResults.outputsFile(s.format())), stems);

        ObjectNode prov = ExperimentDir.provenance(command, master, n, started);
        prov.put("scenarioFile", s.scenarioFile());
        prov.put("scenarioSha256", s.base().sha256());
        ObjectNode d = prov.putObject("design");
        d.put("method", design.method().label());
        d.put("points", design.size());
        d.put("samples", design.samples());
        if (design.method() == SensitivityDesign.Method.MORRIS) {
            d.put("levels", design.levels());
            d.put("sampledWith", "java.util.SplittableRandom(" + master + ")");
        } else {
            d.put("sampledWith", "org.apache.commons.math3.random.SobolSequenceGenerator(" + 2 * design.factors().size()
                    + "), first point skipped");
            d.put("bootstrap", s.bootstrap());
        }
        ArrayNode fa = d.putArray("factors");
        for (Factor f : design.factors()) {
            ObjectNode o = fa.addObject();
            o.put("path", f.path());
            o.put("min", f.min());
            o.put("max", f.max());
        }
        ArrayNode ms = prov.putArray("measures");
        s.measures().forEach(ms::add);
        prov.put("year", s.year());
        prov.put("replicationSeedsSameForEveryPoint", true);
        if (resumed != null) prov.put("resumed", resumed);
        prov.set("resolvedScenario", s.base().resolved());
        AtomicFiles.write(dir.resolve(ExperimentDir.PROVENANCE), ExperimentDir.JSON.writeValueAsString(prov) + "\n");
        return res;
    }
}
