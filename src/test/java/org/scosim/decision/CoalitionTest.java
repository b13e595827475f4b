package org.scosim.decision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.*;

/** Exact counts of winning coalitions, by enumerating every yes/no profile. */
class CoalitionTest {

    static int winning(DecisionRule rule, double[] weights) {
        int n = weights.length, count = 0;
        boolean[] yes = new boolean[n];
        for (int mask = 0; mask < (1 << n); mask++) {
            for (int k = 0; k < n; k++) yes[k] = (mask & (1 << k)) != 0;
            if (rule.isWinning(yes, weights)) count++;
        }
        return count;
    }

    static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    @Test
    void tenMembersCounts() {
        double[] w = ones(10);
        assertEquals(1, winning(new DecisionRule.Unanimity(), w));
        assertEquals(11, winning(new DecisionRule.ConsensusMinusOne(), w));
        assertEquals(176, winning(new DecisionRule.QualifiedMajority(0.67, Weighting.EQUAL), w));
        assertEquals(386, winning(new DecisionRule.SimpleMajority(), w));
        // 2/3 of 10 = 6.67 -> 7 as well; 0.6 -> 6 (386); 1.0 -> unanimity.
        assertEquals(176, winning(new DecisionRule.QualifiedMajority(2.0 / 3.0, Weighting.EQUAL), w));
        assertEquals(386, winning(new DecisionRule.QualifiedMajority(0.6, Weighting.EQUAL), w));
        assertEquals(1, winning(new DecisionRule.QualifiedMajority(1.0, Weighting.EQUAL), w));
        // Opt-out: a coalition of at least 3 can go ahead among themselves: 1024 - 1 - 10 - 45.
        assertEquals(968, winning(new DecisionRule.OptOut(3), w));
    }

    @Test
    void thresholdEpsilonNineMembers() {
        double[] w = ones(9);
        // exactly 2/3 of 9 = 6 needs 6 (84+36+9+1); 0.67 of 9 = 6.03 needs 7 (36+9+1).
        assertEquals(130, winning(new DecisionRule.QualifiedMajority(2.0 / 3.0, Weighting.EQUAL), w));
        assertEquals(46, winning(new DecisionRule.QualifiedMajority(0.67, Weighting.EQUAL), w));
        assertEquals(256, winning(new DecisionRule.SimpleMajority(), w)); // >= 5 of 9: half of 512
    }

    @Test
    void countRulesIgnoreWeights() {
        double[] w = {100, 1, 1, 1};
        assertEquals(5, winning(new DecisionRule.QualifiedMajority(0.75, Weighting.EQUAL), w)); // >= 3 of 4
        assertEquals(5, winning(new DecisionRule.SimpleMajority(), w));
        assertEquals(5, winning(new DecisionRule.ConsensusMinusOne(), w));
    }

    @ParameterizedTest(name = "weights {0}, threshold {1} -> {2} winning")
    @CsvSource(delimiter = ';', value = {
            // {5,3,2} of 10: {5,3}=.8 {5,2}=.7 {5,3,2}=1 win at .6; {3,2}=.5 and {5}=.5 do not
            "5 3 2; 0.6; 3",
            // at 0.5: {5} (exactly half, "at least"), {3,2} also -> 5
            "5 3 2; 0.5; 5",
            // one big member: {6,1,1,1,1} of 10, 0.6 -> the big one alone (exactly 0.6) or with anything: 16
            "6 1 1 1 1; 0.6; 16",
            // 0.7 -> big one plus at least one small (15) ... big alone is .6: not; big+1 = .7: yes -> 15
            "6 1 1 1 1; 0.7; 15",
            // 0.75 -> big + at least 2 small: 6+4+1 = 11
            "6 1 1 1 1; 0.75; 11",
            // 0.4 -> every coalition with the big one (16) plus the four smalls together (exactly 0.4): 17
            "6 1 1 1 1; 0.4; 17",
            "1 1 1; 1.0; 1"
    })
    void weightedByHand(String ws, double threshold, int expected) {
        String[] parts = ws.trim().split(" ");
        double[] w = new double[parts.length];
        for (int i = 0; i < w.length; i++) w[i] = Double.parseDouble(parts[i]);
        assertEquals(expected, winning(new DecisionRule.WeightedMajority(Weighting.GDP, threshold), w));
        assertEquals(expected, winning(new DecisionRule.QualifiedMajority(threshold, Weighting.GDP), w));
    }

    @Test
    void noYesNeverWins() {
        boolean[] none = new boolean[3];
        double[] w = ones(3);
        assertFalse(new DecisionRule.Unanimity().isWinning(new boolean[0], new double[0]));
        assertFalse(new DecisionRule.ConsensusMinusOne().isWinning(new boolean[1], ones(1)));
        assertTrue(new DecisionRule.ConsensusMinusOne().isWinning(new boolean[]{true}, ones(1)));
        assertFalse(new DecisionRule.QualifiedMajority(0.01, Weighting.EQUAL).isWinning(none, w));
        assertFalse(new DecisionRule.WeightedMajority(Weighting.GDP, 0.01).isWinning(none, w));
    }

    @Test
    void voteWeightFallsBackToCapability() {
        Actor known = new Actor("A", 50, 1, 7, true, 300, 1e6);
        Actor unknown = new Actor("B", 50, 1, 7, true);
        DecisionRule gdp = new DecisionRule.WeightedMajority(Weighting.GDP, 0.5);
        DecisionRule pop = new DecisionRule.QualifiedMajority(0.5, Weighting.POPULATION);
        assertEquals(300, gdp.voteWeight(known));
        assertEquals(7, gdp.voteWeight(unknown));
        assertEquals(1e6, pop.voteWeight(known));
        assertEquals(7, pop.voteWeight(unknown));
        assertEquals(1, new DecisionRule.Unanimity().voteWeight(known));
        assertEquals(7, new DecisionRule.WeightedMajority(Weighting.CAPABILITY, 0.5).voteWeight(known));
    }

    @Test
    void rangeChecks() {
        assertThrows(IllegalArgumentException.class, () -> new DecisionRule.QualifiedMajority(0, Weighting.EQUAL));
        assertThrows(IllegalArgumentException.class, () -> new DecisionRule.QualifiedMajority(1.01, Weighting.EQUAL));
        assertThrows(IllegalArgumentException.class, () -> new DecisionRule.WeightedMajority(Weighting.GDP, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new DecisionRule.OptOut(0));
    }
}
