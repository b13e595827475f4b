package org.scosim.output;

import org.scosim.model.ModelBasis;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.scosim.experiment.ReplicationRunner;
import org.scosim.scenario.Seeds;
import org.scosim.io.ScenarioReader;
import org.scosim.scenario.Scenario;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** agreements.csv against the other tables of the same replication: one row per agreement and year, final statuses. */
class AgreementsTableTest {

    @Test
    void agreementsTableAgreesWithTheDecisionsAndTheMeasures() throws Exception {
        Scenario sc = ScenarioReader.read(Path.of("scenarios/sco-baseline.yaml")).scenario();
        Layout layout = new Layout(sc, Measures.STANDARD);
        ReplicationOutput out = ReplicationRunner.runOne(ModelBasis.of(sc), layout, "t", 0, Seeds.replication(sc.seed(), 0));
        List<String> cols = Tables.AGREEMENTS.columns();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader(cols.toArray(String[]::new)).build()
                .parse(new StringReader(out.text(Tables.AGREEMENTS))).getRecords();
        Map<String, Integer> years = new HashMap<>();
        Map<String, String> finalStatus = new HashMap<>();
        for (CSVRecord r : rows) {
            years.merge(r.get("agreement"), 1, Integer::sum);
            finalStatus.put(r.get("agreement"), r.get("final_status"));
            assertEquals(r.get("final_status"), finalStatus.get(r.get("agreement")));
            double share = Double.parseDouble(r.get("implemented"));
            assertTrue(share >= 0 && share <= 1, r.toString());
            assertEquals(r.get("signatories").split(" ").length, r.get("implemented_by_state").split(" ").length, r.toString());
        }
        // every adopted non-accession proposal of decisions.csv is an agreement, with a row for each year to 2016
        List<CSVRecord> decisions = CSVFormat.DEFAULT.builder().setHeader(Tables.DECISIONS.columns().toArray(String[]::new)).build()
                .parse(new StringReader(out.text(Tables.DECISIONS))).getRecords();
        Map<String, Integer> adoptedIn = new HashMap<>();
        for (CSVRecord d : decisions) if (d.get("adopted").equals("true")) adoptedIn.put(d.get("proposal"), Integer.parseInt(d.get("year")));
        assertEquals(adoptedIn.keySet(), years.keySet());
        for (var e : adoptedIn.entrySet()) assertEquals(sc.endYear() - e.getValue() + 1, years.get(e.getKey()), e.getKey());
        // the end-year count of agreements on paper in measures.csv is the number whose final status is "on paper"
        long onPaper = finalStatus.values().stream().filter("on paper"::equals).count();
        List<CSVRecord> measures = CSVFormat.DEFAULT.builder().setHeader(Tables.MEASURES.columns().toArray(String[]::new)).build()
                .parse(new StringReader(out.text(Tables.MEASURES))).getRecords();
        double measured = measures.stream().filter(m -> m.get("measure").equals("agreements_on_paper")
                && m.get("year").equals(Integer.toString(sc.endYear()))).mapToDouble(m -> Double.parseDouble(m.get("value"))).sum();
        assertEquals(onPaper, (long) measured);
        assertTrue(onPaper > 0, "the unfunded energy club at least is left on paper");
        assertEquals("on paper", finalStatus.get("energy-club"));
    }

    /**
     * Each row's shares against the model's own record, spelled by {@link Num#format} (an independent rendering): the
     * rows of years without progress, which repeat the last rendered cells, as much as the others.
     */
    @Test
    void everyRowSpellsThatYearsSharesOfTheModel() throws Exception {
        Scenario sc = ScenarioReader.read(Path.of("scenarios/sco-baseline.yaml")).scenario();
        Layout layout = new Layout(sc, Measures.STANDARD);
        org.scosim.model.ScoModel m = new org.scosim.model.ScoModel(ModelBasis.of(sc), Seeds.replication(sc.seed(), 3));
        ReplicationCollector collector = new ReplicationCollector(layout, "t", 3, 1, java.util.EnumSet.of(Tables.AGREEMENTS));
        m.setObserver(collector);
        m.runToEnd();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader(Tables.AGREEMENTS.columns().toArray(String[]::new)).build()
                .parse(new StringReader(collector.output().text(Tables.AGREEMENTS))).getRecords();
        int row = 0, repeated = 0, rendered = 0;
        for (org.scosim.model.Agreement a : m.agreements()) {
            List<double[]> history = a.history();
            for (int k = 0; k < history.size(); k++, row++) {
                CSVRecord r = rows.get(row);
                assertEquals(a.id(), r.get("agreement"));
                assertEquals(Integer.toString(a.yearAdopted() + k), r.get("year"));
                StringBuilder by = new StringBuilder();
                double sum = 0;
                int n = 0;
                for (int i = 0; i < sc.states().size(); i++) {
                    if (!a.participates(i)) continue;
                    by.append(by.isEmpty() ? "" : " ").append(sc.states().get(i).iso3()).append('=').append(Num.format(history.get(k)[i]));
                    sum += history.get(k)[i];
                    n++;
                }
                assertEquals(by.toString(), r.get("implemented_by_state"), r.toString());
                assertEquals(Num.format(sum / n), r.get("implemented"), r.toString());
                assertEquals(Num.format(a.fundingBnUsd()), r.get("funding_bn_usd"), r.toString());
                if (a.unchangedIn(k)) repeated++;
                else rendered++;
            }
        }
        assertEquals(rows.size(), row);
        assertTrue(repeated > 0 && rendered > 0, repeated + " repeated, " + rendered + " rendered");
    }
}
