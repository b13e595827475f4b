package org.scosim.decision;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Opt-out is consensus first: members leave only when those who stay gain more without them. The numbers are the
 * baseline's 1996 border agreement (positions, saliences, capabilities as the model computes them).
 */
class OptOutConsensusTest {

    static Issue border1996(double kazakhPosition) {
        return new Issue("border-military-trust", 0, List.of(
                new Actor("CHN", 40, 0.8, 14.3645, true),
                new Actor("RUS", 33.6, 0.7, 15.2892, true),
                new Actor("KAZ", kazakhPosition, 0.45, 0.244861, true),
                new Actor("KGZ", 18.88, 0.5, 0.0540247, true),
                new Actor("TJK", 22.88, 0.55, 0.0134592, true)));
    }

    @ParameterizedTest
    @CsvSource({
            // KAZ position, expected outcome, expected opt-outs ('' = none)
            "13.6, 27.2, ''",   // the consensus of all five: nobody would gain enough by leaving Kazakhstan out
            "2.0, 36.9, KAZ"})  // Kazakhstan would hold everyone near 4: the others go ahead at their compromise
    void consensusUnlessGoingAheadPays(double kaz, double outcome, String optOuts) {
        Decision d = Decider.decide(border1996(kaz), new DecisionRule.OptOut(2));
        assertTrue(d.adopted());
        assertEquals(outcome, d.outcome(), 0.05);
        assertEquals(optOuts.isEmpty() ? List.of() : List.of(optOuts), d.optOuts());
        int expectedParticipants = optOuts.isEmpty() ? 5 : 4;
        assertEquals(expectedParticipants, d.participants().size());
        if (!optOuts.isEmpty()) {
            assertEquals(Vote.OPT_OUT, d.votes().get(optOuts));
            assertEquals(0.0, d.gains().get(optOuts));
        }
    }

    @ParameterizedTest
    @CsvSource({"13.6", "2.0", "8", "25"})
    void neverWorseForTheParticipantsThanTheConsensusOfAll(double kaz) {
        Issue issue = border1996(kaz);
        Decision optOut = Decider.decide(issue, new DecisionRule.OptOut(2));
        Decision all = Decider.decide(issue, new DecisionRule.Unanimity());
        double alone = 0, together = 0;
        for (String p : optOut.participants()) {
            alone += optOut.gains().get(p);
            together += all.gains().get(p);
        }
        assertTrue(alone >= together - 1e-9, "participants lose by the opt-out: " + alone + " < " + together);
    }

    @ParameterizedTest
    @CsvSource({"13.6, 'keeping everyone in at 27.2 than by going ahead without it: consensus of all'",
            "2.0, 'those who stay gain more by going ahead without KAZ'"})
    void theExplanationSaysWhyEveryoneIsInOrNot(double kaz, String expected) {
        Issue issue = border1996(kaz);
        List<String> lines = Explainer.explain(issue, Decider.decide(issue, new DecisionRule.OptOut(2)));
        assertTrue(lines.stream().anyMatch(l -> l.contains(expected)), String.join("\n", lines));
    }
}
