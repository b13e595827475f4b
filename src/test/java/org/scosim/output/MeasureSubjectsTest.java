package org.scosim.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scosim.experiment.ReplicationRunner;
import org.scosim.io.ScenarioReader;
import org.scosim.model.MemberState;
import org.scosim.model.ModelBasis;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.Seeds;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A measure's values land on the subject it names, however its reader names them: in the states' order with the
 * scenario's own strings (the collector's quick path), in reverse order, as equal strings that are other objects,
 * or a name the layout lacks (booked on the organization's row, as the table's fallback). The expected value of each
 * state is worked out from its index and the year, independently of the collector.
 */
class MeasureSubjectsTest {

    static double expected(int stateIndex, int year) {
        return 1000.0 * (stateIndex + 1) + year;
    }

    static Measure measure(String way) {
        return new Measure("probe_" + way, "Probe", "units", Measure.Scope.STATES, (m, sink) -> {
            List<MemberState> states = new ArrayList<>(List.of(m.states()));
            if (way.equals("reversed")) java.util.Collections.reverse(states);
            for (MemberState st : states) {
                String name = way.equals("copied") ? new String(st.iso3().toCharArray()) : st.iso3();
                sink.value(name, expected(st.index(), m.year()));
            }
            if (way.equals("unknown")) sink.value("XYZ", -1);
        });
    }

    @ParameterizedTest(name = "subjects named {0}")
    @ValueSource(strings = {"in-order", "reversed", "copied", "unknown"})
    void valuesLandOnTheirSubjects(String way) throws Exception {
        Scenario sc = ScenarioReader.read(Path.of("scenarios/sco-baseline.yaml")).scenario();
        Layout layout = new Layout(sc, List.of(Measures.STANDARD.get(0), measure(way)));
        ReplicationOutput out = ReplicationRunner.runOne(ModelBasis.of(sc), layout, "t", 0, Seeds.replication(sc.seed(), 0));
        int n = sc.states().size();
        for (int yi = 0; yi < sc.years(); yi++) {
            int year = sc.startYear() + yi;
            for (int i = 0; i < n; i++) assertEquals(expected(i, year), out.values()[layout.index(1, i + 1, yi)], 0.0);
            if (way.equals("unknown")) assertEquals(-1, out.values()[layout.index(1, 0, yi)], 0.0);
        }
        // the measures table: each row names the subject the reader gave, with its value
        int rows = 0;
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader(Tables.MEASURES.columns().toArray(String[]::new)).build()
                .parse(new StringReader(out.text(Tables.MEASURES)))) {
            if (!r.get("measure").startsWith("probe_")) continue;
            rows++;
            int year = Integer.parseInt(r.get("year"));
            double v = Double.parseDouble(r.get("value"));
            if (r.get("subject").equals("XYZ")) assertEquals(-1, v, 0.0);
            else assertEquals(expected(sc.indexOf(r.get("subject")), year), v, 1e-9 * Math.abs(v));
        }
        assertEquals(sc.years() * (n + (way.equals("unknown") ? 1 : 0)), rows);
    }
}
