package org.scosim.gui;

import org.scosim.decision.Actor;
import org.scosim.scenario.Seeds;
import org.scosim.io.ScenarioReader;
import org.scosim.model.SummitRecord;
import org.scosim.scenario.Scenario;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints, as decision-file actor lines, the positions the GUI model forms for a lesson's item, so that the decide file
 * of the lesson can be refreshed after a model change (then ClassroomAgreementTest holds the two together). Usage:
 * {@code LessonPositions GUI_SCENARIO ITEM_ID [STEPS]} (the summit after STEPS years, default 1).
 */
public final class LessonPositions {
    private LessonPositions() {
    }

    public static void main(String[] args) throws Exception {
        Scenario sc = ScenarioReader.read(Path.of(args[0])).scenario();
        ScoWithUI g = new ScoWithUI(sc, Seeds.replication(sc.seed(), 0), null);
        g.start();
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        for (int k = 0; k < steps; k++) g.step();
        SummitRecord rec = g.lastView().records().stream().filter(x -> x.proposal().id().equals(args[1])).findFirst().orElseThrow();
        for (Actor a : rec.issue().actors()) {
            String name = sc.states().get(sc.indexOf(a.name())).name();
            System.out.printf(Locale.ROOT, "  - {name: %-11s position: %.1f, salience: %.2f, capability: %.1f, gdp: %.1f, member: %s}%n",
                    name + ",", a.position(), a.salience(), a.capability(), a.gdp(), a.member());
        }
    }
}
