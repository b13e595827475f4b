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
 * can work out by hand from the lesson's positions (status quo 10; the pivotal member's mirror image of the status quo:
 * Russia 26.9 -> 43.8 under unanimity, Uzbekistan 29.0 -> 48 under consensus minus one, Tajikistan 29.7 -> 49.4 under a
 * majority of 4 of 6), and it steps through its three stages and paints without a screen.
 */
class BargainingViewTest {
    static Issue bank() throws Exception {
        return DecisionFileReader.read(Path.of("scenarios/classroom/development-bank.yaml")).get(0).issue();
    }

    @Test
    void otherRulesRowGivesTheHandWorkedOutcomes() throws Exception {
        List<Object[]> rows = BargainingView.outcomesByRule(bank());
        assertEquals(List.of("unanimity", "opt-out", "consensus-1", "2/3 majority", "majority"), rows.stream().map(r -> r[0]).toList());
        assertEquals(43.8, (Double) rows.get(0)[1], 1e-9);
        assertEquals(48.0, (Double) rows.get(2)[1], 1e-9);
        assertEquals(49.4, (Double) rows.get(3)[1], 1e-9);
        assertEquals(49.4, (Double) rows.get(4)[1], 1e-9);
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
