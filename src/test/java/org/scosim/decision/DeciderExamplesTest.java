package org.scosim.decision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.scosim.decision.TestIssues.issue;
import static org.scosim.decision.TestIssues.rule;

/** Small hand-worked examples; the comments give the arithmetic. */
class DeciderExamplesTest {

    static final String ABC = "A:100:1:1:m B:50:1:1:m C:10:1:1:m";          // SQ 0, compromise 160/3 = 53.33
    static final String AT_SQ = "A:80:1:3:m B:20:1:1:m";                     // SQ 20, compromise (240+20)/4 = 65
    static final String WITH_OBSERVER = "A:10:1:1:m B:10:1:1:m X:100:1:8:o"; // SQ 0, compromise 820/10 = 82
    static final String DOWN = "A:20:1:1:m B:70:1:1:m";                      // SQ 80, compromise 45
    // SQ 0, compromise (100+22.5+21+5+0+300)/8 = 56.06; reaches A 200, B 45, C 42, D 10, E 0.
    static final String SPLIT = "A:100:1:1:m B:22.5:1:1:m C:21:1:1:m D:5:1:1:m E:0:1:1:m X:100:1:3:o";
    static final String GDP = "A:100:1:1:m:10 B:50:1:1:m:10 C:10:1:1:m:80";  // as ABC, C has 80% of GDP

    @ParameterizedTest(name = "[{index}] {0} under {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // Reaches (how far beyond SQ each accepts): A 200, B 100, C 20.
            "ABC           | 0  | unanimity    | true  | 20     | C   | C   | -",
            "ABC           | 0  | cm1          | true  | 53.333 | -   | A B | -",  // 2 of 3 reach 53.3
            "ABC           | 0  | sm           | true  | 53.333 | -   | A B | -",
            "ABC           | 0  | qm:0.67      | true  | 20     | C   | C   | -",  // ceil(2.01) = 3 of 3
            "ABC           | 0  | qm:0.6666666666666666 | true | 53.333 | - | A B | -", // exactly 2/3 of 3 = 2
            // C leaves (prefers 0 to 53.3); compromise of A and B = 75, both accept.
            "ABC           | 0  | opt-out:2    | true  | 75     | -   | A B | C",
            // Only two would go ahead without C, fewer than 3: the consensus of all at 20 (minParticipants limits
            // going ahead without some, never the consensus of all).
            "ABC           | 0  | opt-out:3    | true  | 20     | C   | C   | -",
            "ABC           | 0  | opt-out:1    | true  | 75     | -   | -   | C",
            // B sits at SQ and accepts nothing else.
            "AT_SQ         | 20 | unanimity    | false | 20     | B   | B   | -",
            "AT_SQ         | 20 | sm           | false | 20     | B   | B   | -",  // 2 of 2
            "AT_SQ         | 20 | cm1          | true  | 65     | -   | A   | -",  // 1 of 2
            "AT_SQ         | 20 | qm:0.5       | true  | 65     | -   | A   | -",
            "AT_SQ         | 20 | opt-out:1    | true  | 80     | -   | A   | B",
            "AT_SQ         | 20 | opt-out:2    | false | 20     | B   | B   | -",
            // The observer pulls the compromise to 82 but cannot vote: members accept up to 20.
            "WITH_OBSERVER | 0  | unanimity    | true  | 20     | A B | A B | -",
            "WITH_OBSERVER | 0  | sm           | true  | 20     | A B | A B | -",
            "WITH_OBSERVER | 0  | opt-out:1    | true  | 20     | A B | A B | -",  // both would leave: consensus of all
            // Downwards: reaches A 120, B 20.
            "DOWN          | 80 | unanimity    | true  | 60     | B   | B   | -",
            "DOWN          | 80 | cm1          | true  | 45     | -   | A   | -",
            "DOWN          | 80 | opt-out:2    | true  | 60     | B   | B   | -",  // B would leave, A alone < 2: all at 60
            // B, C, D, E reject the compromise; the 3rd widest reach (C, 42) fixes the outcome. B accepts more than
            // 42, so its no does not hold the outcome: not a veto. Under unanimity only E (at SQ) blocks everything.
            "SPLIT         | 0  | sm           | true  | 42     | C D E | C | -",
            "SPLIT         | 0  | unanimity    | false | 0      | E   | E   | -",
            "SPLIT         | 0  | opt-out:1    | true  | 100    | -   | A   | B C D E",  // all but A leave: (100+300)/4
            "SPLIT         | 0  | opt-out:2    | false | 0      | B C D E | B C D E | -",
            // GDP weights 10/10/80: A+B hold 20%.
            "GDP           | 0  | wm:gdp:0.5   | true  | 20     | C   | C   | -",
            "GDP           | 0  | wm:gdp:0.2   | true  | 53.333 | -   | A B | -",
            "GDP           | 0  | qm:0.5:gdp   | true  | 20     | C   | C   | -",
            "GDP           | 0  | wm:equal:0.5 | true  | 53.333 | -   | A B | -",
            "GDP           | 0  | qm:0.5:population | true | 53.333 | - | A B | -", // no population: capability 1/1/1
    })
    void table(String example, double sq, String rule, boolean adopted, double outcome, String vetoes,
               String pivotal, String optOuts) {
        String actors = switch (example) {
            case "ABC" -> ABC;
            case "AT_SQ" -> AT_SQ;
            case "WITH_OBSERVER" -> WITH_OBSERVER;
            case "DOWN" -> DOWN;
            case "GDP" -> GDP;
            case "SPLIT" -> SPLIT;
            default -> throw new IllegalArgumentException(example);
        };
        Decision d = Decider.decide(issue("x", sq, actors), rule(rule));
        assertEquals(adopted, d.adopted(), "adopted");
        assertEquals(outcome, d.outcome(), 1e-3, "outcome");
        assertEquals(names(vetoes), d.vetoes(), "vetoes");
        assertEquals(names(pivotal), d.pivotal(), "pivotal");
        assertEquals(names(optOuts), d.optOuts(), "optOuts");
    }

    @ParameterizedTest(name = "[{index}] {2} under {1}")
    @CsvSource(delimiter = '|', value = {
            // Compromise equals SQ: nothing to agree on.
            "50 | unanimity | A:40:1:1:m B:60:1:1:m",
            "50 | sm        | A:40:1:1:m B:60:1:1:m",
            "50 | opt-out:1 | A:40:1:1:m B:60:1:1:m",
            // All saliences 0: no compromise, no agreement.
            "50 | unanimity | A:100:0:1:m B:0:0:1:m",
            "50 | sm        | A:100:0:1:m B:0:0:1:m",
            "50 | opt-out:1 | A:100:0:1:m B:0:0:1:m",
    })
    void noAgreement(double sq, String rule, String actors) {
        Decision d = Decider.decide(issue("x", sq, actors), rule(rule));
        assertFalse(d.adopted());
        assertEquals(sq, d.outcome());
        assertTrue(d.vetoes().isEmpty() && d.pivotal().isEmpty() && d.optOuts().isEmpty() && d.participants().isEmpty());
        d.gains().values().forEach(g -> assertEquals(0.0, g));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // X and C cancel out (compromise 50 = SQ); among the members only C cares: members' compromise 100.
            "50 | qm:0.67   | A:100:0:1:m B:0:0:1:m X:0:1:5:o C:100:1:5:m | 100",
            // The observer pulls the compromise to (80*9 + 10 + 20)/11 = 68.2 above SQ 50, where no member goes;
            // the members' own compromise is 15 and both accept down to 2*20-50 = -10, i.e. the whole way: 15.
            "50 | unanimity | A:10:1:1:m B:20:1:1:m X:80:1:9:o           | 15",
            "50 | opt-out:2 | A:10:1:1:m B:20:1:1:m X:80:1:9:o           | 15",
            "50 | sm        | A:10:1:1:m B:20:1:1:m X:80:1:9:o           | 15",
    })
    void membersBargainAmongThemselvesWhenNothingTowardsTheCompromisePasses(double sq, String rule, String actors,
                                                                           double outcome) {
        Issue issue = issue("x", sq, actors);
        Decision d = Decider.decide(issue, rule(rule));
        assertTrue(d.adopted(), d.toString());
        assertEquals(outcome, d.outcome(), 1e-9);
        assertEquals(outcome, Decider.target(issue, rule(rule)), 1e-9);
        List<String> lines = Explainer.explain(issue, d);
        assertTrue(lines.stream().anyMatch(l -> l.contains("the members bargain on their own compromise, "
                + Explainer.num(outcome) + ", instead")), String.join("\n", lines));
    }

    @Test
    void zeroSalienceMemberAcceptsAnything() {
        // B does not care, so only A's position counts (compromise 100) and B does not object.
        Decision d = Decider.decide(issue("x", 0, "A:100:1:1:m B:0:0:1:m"), rule("unanimity"));
        assertTrue(d.adopted());
        assertEquals(100, d.outcome(), 1e-12);
        assertEquals(Vote.YES, d.votes().get("B"));
        assertEquals(0.0, d.gains().get("B"));
    }

    @Test
    void indifferentMemberAccepts() {
        // Compromise (100 + 2*25)/3 = 50 = B's reflection of SQ 0 around 25: B is indifferent and accepts.
        Decision d = Decider.decide(issue("x", 0, "A:100:1:1:m B:25:1:2:m"), rule("unanimity"));
        assertTrue(d.adopted());
        assertEquals(50, d.outcome(), 1e-12);
        assertEquals(Vote.YES, d.votes().get("B"));
        assertEquals(0.0, d.gains().get("B"), 1e-12);
        assertEquals(List.of("A", "B"), d.pivotal());   // under unanimity every yes is a swing
    }

    @Test
    void gainsVotesAndParticipants() {
        Decision u = Decider.decide(issue("x", 0, ABC), rule("unanimity"));
        // outcome 20: A 100-80, B 50-30, C 10-10
        assertEquals(Map.of("A", 20.0, "B", 20.0, "C", 0.0), u.gains());
        assertEquals(Map.of("A", Vote.YES, "B", Vote.YES, "C", Vote.YES), u.votes());
        assertEquals(List.of("A", "B", "C"), u.participants());

        Decision o = Decider.decide(issue("x", 0, ABC), rule("opt-out:2"));
        // outcome 75: A 100-25, B 50-25, C opted out
        assertEquals(Map.of("A", 75.0, "B", 25.0, "C", 0.0), o.gains());
        assertEquals(Map.of("A", Vote.YES, "B", Vote.YES, "C", Vote.OPT_OUT), o.votes());
        assertEquals(List.of("A", "B"), o.participants());

        Decision b = Decider.decide(issue("x", 20, AT_SQ), rule("unanimity"));
        // blocked: votes are on the failed compromise 65
        assertEquals(Map.of("A", Vote.YES, "B", Vote.NO), b.votes());

        Decision w = Decider.decide(issue("x", 0, WITH_OBSERVER), rule("unanimity"));
        assertEquals(Vote.NO_VOTE, w.votes().get("X"));
        assertEquals(1 * (100 - 80), w.gains().get("X"), 1e-12);
        assertEquals(List.of("A", "B"), w.participants());
    }

    @Test
    void votesFollowIssueOrder() {
        Decision d = Decider.decide(issue("x", 0, "C:10:1:1:m A:100:1:1:m B:50:1:1:m"), rule("unanimity"));
        assertEquals(List.of("C", "A", "B"), List.copyOf(d.votes().keySet()));
        assertEquals(List.of("C"), d.vetoes());
    }

    @Test
    void compromiseIsWeightedMean() {
        assertEquals(53.3333333, Decider.compromise(issue("x", 0, ABC)), 1e-6);
        assertEquals(82, Decider.compromise(issue("x", 0, WITH_OBSERVER)), 1e-12);
        assertTrue(Double.isNaN(Decider.compromise(issue("x", 0, "A:1:0:1:m"))));
    }

    private static List<String> names(String s) {
        return s == null ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }
}
