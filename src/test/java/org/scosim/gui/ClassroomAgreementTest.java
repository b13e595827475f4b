package org.scosim.gui;

import org.junit.jupiter.api.Test;
import org.scosim.decision.Decider;
import org.scosim.decision.Decision;
import org.scosim.decision.DecisionRule;
import org.scosim.scenario.Seeds;
import org.scosim.io.DecisionFileReader;
import org.scosim.io.RuleReader;
import org.scosim.io.ScenarioReader;
import org.scosim.model.SummitRecord;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.StateSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A classroom lesson gives the same outcome in {@code scosim decide} (scenarios/classroom/X.yaml) and in the GUI's
 * model (scenarios/classroom/gui/X.yaml) under every rule: adopted or not, the members bound, the members who opt
 * out, the members blocking. The GUI model is built headless, as the other GUI tests do.
 */
class ClassroomAgreementTest {
    static final List<String> RULES = List.of("unanimity", "consensus-minus-one", "qualified-majority:0.67",
            "simple-majority", "opt-out:2", "weighted-majority:gdp:0.5");

    /** decide file, GUI scenario, the item (the same id in both), the years the GUI steps to reach its summit. */
    static final List<String[]> LESSONS = List.<String[]>of(
            new String[]{"scenarios/classroom/development-bank.yaml", "scenarios/classroom/gui/development-bank.yaml", "development-bank", "1"},
            new String[]{"scenarios/classroom/india-pakistan-accession.yaml", "scenarios/classroom/gui/enlargement-2017.yaml", "india-accession", "2"},
            new String[]{"scenarios/classroom/india-pakistan-accession.yaml", "scenarios/classroom/gui/enlargement-2017.yaml", "pakistan-accession", "2"});

    @Test
    void everyLessonGivesTheSameOutcomeInDecideAndInTheGui() throws Exception {
        for (String[] lesson : LESSONS) {
            Scenario sc = ScenarioReader.read(Path.of(lesson[1])).scenario();
            Map<String, String> iso3 = sc.states().stream().collect(Collectors.toMap(StateSpec::name, StateSpec::iso3));
            DecisionFileReader.Entry entry = DecisionFileReader.read(Path.of(lesson[0])).stream()
                    .filter(e -> e.issue().id().equals(lesson[2])).findFirst().orElseThrow();
            for (String r : RULES) {
                DecisionRule rule = RuleReader.parseCli(r);
                Decision decide = Decider.decide(entry.issue(), rule);

                ScoWithUI g = new ScoWithUI(sc, Seeds.replication(sc.seed(), 0), null);
                g.controls().setDecisionRule(rule);
                g.start();
                for (int k = 0; k < Integer.parseInt(lesson[3]); k++) assertTrue(g.step());
                SummitRecord rec = g.lastView().records().stream().filter(x -> x.proposal().id().equals(lesson[2]))
                        .findFirst().orElseThrow();
                Decision gui = rec.decision();
                String where = lesson[0] + " " + lesson[2] + " under " + r;
                assertEquals(r, RuleReader.toCli(gui.rule()), where);
                assertEquals(decide.adopted(), gui.adopted(), where + ": adopted");
                assertEquals(names(decide.participants(), iso3), new TreeSet<>(gui.participants()), where + ": participants");
                assertEquals(names(decide.optOuts(), iso3), new TreeSet<>(gui.optOuts()), where + ": opt-outs");
                assertEquals(names(decide.vetoes(), iso3), new TreeSet<>(gui.vetoes()), where + ": vetoes");
                assertEquals(decide.outcome(), gui.outcome(), 0.5, where + ": outcome (positions rounded in the file)");
            }
        }
    }

    private static TreeSet<String> names(List<String> names, Map<String, String> iso3) {
        TreeSet<String> out = new TreeSet<>();
        for (String n : names) out.add(iso3.getOrDefault(n, n));
        return out;
    }
}
