package org.scosim.gui;

import org.junit.jupiter.api.Test;
import org.scosim.decision.Decider;
import org.scosim.decision.DecisionRule;
import org.scosim.decision.Issue;
import org.scosim.io.DecisionFileReader;
import org.scosim.model.SummitRecord;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bargaining view on the development-bank lesson: its comparison row gives, for each rule, the outcome a class
 * can work out by hand from the lesson's positions. Every member is above the status quo and below the compromise, so
 * a rule needing k of the 6 members' votes ends at the mirror image of the status quo around the k-th highest
 * member's position, 2 x p - 10 (unanimity: the lowest; consensus minus one: the second lowest; two thirds and a
 * simple majority, 4 of 6: the third lowest); it steps through its three stages and paints without a screen.
 */
class BargainingViewTest {
    static Issue bank() throws Exception {
        return DecisionFileReader.read(Path.of("scenarios/classroom/development-bank.yaml")).get(0).issue();
    }

    /** The k-th lowest member position's mirror image of the status quo. */
    static double mirror(Issue issue, int k) {
        double[] p = issue.actors().stream().filter(a -> a.member()).mapToDouble(a -> a.position()).sorted().toArray();
        return 2 * p[k] - issue.statusQuo();
    }

    @Test
    void otherRulesRowGivesTheHandWorkedOutcomes() throws Exception {
        Issue bank = bank();
        List<Object[]> rows = BargainingView.outcomesByRule(bank);
        assertEquals(List.of("unanimity", "opt-out", "consensus-1", "2/3 majority", "majority"), rows.stream().map(r -> r[0]).toList());
        assertEquals(10.0, bank.statusQuo());
        assertEquals(mirror(bank, 0), (Double) rows.get(0)[1], 1e-9);
        assertEquals(mirror(bank, 1), (Double) rows.get(2)[1], 1e-9);
        assertEquals(mirror(bank, 2), (Double) rows.get(3)[1], 1e-9);
        assertEquals(mirror(bank, 2), (Double) rows.get(4)[1], 1e-9);
        assertTrue(mirror(bank, 0) < mirror(bank, 1) && mirror(bank, 1) < mirror(bank, 2), "three distinct outcomes to discuss");
        assertTrue((Double) rows.get(1)[1] > 80, "opt-out: China and Kyrgyzstan go ahead near China's 90");
    }

    @Test
    void stepsCycleAndTheViewPaintsHeadless() throws Exception {
        Issue issue = bank();
        BargainingView v = new BargainingView();
        v.setSize(580, 300);
        v.show(new SummitRecord(2010, new org.scosim.scenario.ProposalSpec(2010, "development-bank", "SCO Development Bank",
                org.scosim.scenario.Domain.ECONOMY, "CHN", 90, null), issue, Decider.decide(issue, new DecisionRule.Unanimity())));
        assertEquals(BargainingView.STEPS, v.step());
        for (int s = 1; s <= BargainingView.STEPS; s++) {
            v.setStep(s);
            BufferedImage img = new BufferedImage(580, 300, BufferedImage.TYPE_INT_RGB);
            v.paint(img.createGraphics());
            int nonWhite = 0;
            for (int x = 0; x < 580; x += 2) for (int y = 0; y < 300; y += 2) if (img.getRGB(x, y) != 0xFFFFFFFF) nonWhite++;
            assertTrue(nonWhite > 500, "step " + s + " drew " + nonWhite + " sampled pixels");
        }
        v.setStep(0);
        assertEquals(1, v.step());
    }
}
