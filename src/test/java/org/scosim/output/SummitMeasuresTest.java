package org.scosim.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scosim.experiment.ReplicationRunner;
import org.scosim.io.ScenarioReader;
import org.scosim.model.ModelBasis;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.Seeds;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summit measures of each year (proposals, adopted, vetoes, opt-outs) against a count of the decisions table's
 * rows of the same replication, and the end year's agreement stages against the agreements table's final statuses.
 */
class SummitMeasuresTest {

    @ParameterizedTest(name = "{0}, replication {1}")
    @CsvSource({"scenarios/sco-baseline.yaml, 0", "scenarios/sco-baseline.yaml, 7", "scenarios/enlargement-2017.yaml, 2"})
    void summitMeasuresCountTheDecisionsRows(String file, int replication) throws Exception {
        Scenario sc = ScenarioReader.read(Path.of(file)).scenario();
        ReplicationOutput out = ReplicationRunner.runOne(ModelBasis.of(sc), new Layout(sc, Measures.STANDARD), "t",
                replication, Seeds.replication(sc.seed(), replication));
        Map<String, Integer> proposals = new HashMap<>(), adopted = new HashMap<>(), vetoes = new HashMap<>(), optOuts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (CSVRecord d : parse(out, Tables.DECISIONS)) {
            String year = d.get("year");
            if (seen.add(year + " " + d.get("proposal"))) {
                proposals.merge(year, 1, Integer::sum);
                if (d.get("adopted").equals("true")) adopted.merge(year, 1, Integer::sum);
            }
            if (d.get("vetoed").equals("true")) vetoes.merge(year, 1, Integer::sum);
            if (d.get("vote").equals("opt-out")) optOuts.merge(year, 1, Integer::sum);
        }
        Map<String, Integer> finalStages = new HashMap<>();
        Set<String> agreements = new HashSet<>();
        for (CSVRecord a : parse(out, Tables.AGREEMENTS)) {
            if (agreements.add(a.get("agreement"))) finalStages.merge(a.get("final_status"), 1, Integer::sum);
        }
        String end = Integer.toString(sc.endYear());
        int checked = 0;
        for (CSVRecord m : parse(out, Tables.MEASURES)) {
            String year = m.get("year");
            Integer expected = switch (m.get("measure")) {
                case "proposals" -> proposals.getOrDefault(year, 0);
                case "proposals_adopted" -> adopted.getOrDefault(year, 0);
                case "vetoes" -> vetoes.getOrDefault(year, 0);
                case "opt_outs" -> optOuts.getOrDefault(year, 0);
                case "agreements_implemented" -> year.equals(end) ? finalStages.getOrDefault("in force", 0) : null;
                case "agreements_on_paper" -> year.equals(end) ? finalStages.getOrDefault("on paper", 0) : null;
                case "agreements_in_progress" -> year.equals(end) ? finalStages.getOrDefault("in progress", 0) : null;
                default -> null;
            };
            if (expected == null) continue;
            assertEquals(expected, Double.parseDouble(m.get("value")), 0, m.get("measure") + " in " + year);
            checked++;
        }
        assertEquals(4 * sc.years() + 3, checked, "every year's four summit measures and the end year's three stages");
        assertTrue(adopted.values().stream().mapToInt(Integer::intValue).sum() > 0, "some proposal is adopted");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"scenarios/sco-baseline.yaml", "scenarios/enlargement-2017.yaml"})
    void vetoesAndOptOutsOccurInSomeReplication(String file) throws Exception {
        // so that the counts above are not compared only as zeros
        Scenario sc = ScenarioReader.read(Path.of(file)).scenario();
        Layout layout = new Layout(sc, Measures.STANDARD);
        int vetoes = 0, optOuts = 0;
        for (int r = 0; r < 20; r++) {
            ReplicationOutput out = ReplicationRunner.runOne(ModelBasis.of(sc), layout, "t", r, Seeds.replication(sc.seed(), r),
                    java.util.EnumSet.of(Tables.DECISIONS));
            for (CSVRecord d : parse(out, Tables.DECISIONS)) {
                if (d.get("vetoed").equals("true")) vetoes++;
                if (d.get("vote").equals("opt-out")) optOuts++;
            }
        }
        assertTrue(vetoes + optOuts > 0, "vetoes " + vetoes + ", opt-outs " + optOuts);
    }

    private static List<CSVRecord> parse(ReplicationOutput out, Tables table) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader(table.columns().toArray(String[]::new)).build()
                .parse(new StringReader(out.text(table))).getRecords();
    }
}
