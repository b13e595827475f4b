package org.scosim.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scosim.scenario.Seeds;

import java.io.IOException;

/**
 * summary.json: per measure and subject, the end year's mean and 95% confidence interval over replications (the
 * full series are in series.csv), and the run's provenance.
 */
public final class SummaryJson {
    public static final String FILE = "summary.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    public static String render(SeriesStats stats, Provenance p) throws IOException {
        Layout l = stats.layout();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode prov = root.putObject("provenance");
        prov.put("software", "scosim");
        prov.put("version", Provenance.version());
        prov.put("gitCommit", Provenance.gitCommit());
        prov.put("command", p.command());
        prov.put("startedAt", p.startedAt());
        prov.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        prov.put("scenarioFile", p.scenarioFile());
        prov.put("scenarioSha256", p.scenarioSha256());
        ObjectNode seeds = prov.putObject("seeds");
        seeds.put("master", p.masterSeed());
        seeds.put("derivation", Seeds.DERIVATION);
        seeds.put("replications", p.replications());
        ArrayNode list = seeds.putArray("replicationSeeds");
        p.seeds().forEach(list::add);
        prov.set("resolvedScenario", p.resolvedScenario());

        int last = l.years() - 1;
        root.put("endYear", l.scenario().endYear());
        root.put("replications", p.replications());
        ObjectNode measures = root.putObject("measures");
        for (int m = 0; m < l.measures().size(); m++) {
            Measure measure = l.measures().get(m);
            ObjectNode node = measures.putObject(measure.name());
            node.put("description", measure.description());
            node.put("unit", measure.unit());
            ObjectNode subjects = node.putObject("endYear");
            for (int s = 0; s < l.subjects(); s++) {
                SeriesStats.Cell c = stats.cell(m, s, last);
                if (c.n() == 0) continue;
                ObjectNode cell = subjects.putObject(l.subjectName(s));
                cell.put("n", c.n());
                putNumber(cell, "mean", c.mean());
                putNumber(cell, "ci95Low", c.low());
                putNumber(cell, "ci95High", c.high());
            }
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    private static void putNumber(ObjectNode node, String field, double v) {
        if (Double.isFinite(v)) node.put(field, Double.parseDouble(Num.format(v)));
        else node.putNull(field);
    }
}
