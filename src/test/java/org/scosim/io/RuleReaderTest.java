package org.scosim.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scosim.decision.DecisionRule;
import org.scosim.decision.Weighting;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class RuleReaderTest {
    @TempDir
    Path dir;

    DecisionRule readYaml(String ruleYaml) throws Exception {
        Path f = dir.resolve("r.yaml");
        Files.writeString(f, "rule: " + ruleYaml + "\n");
        InputTree t = InputTree.read(f);
        return RuleReader.read(t, "/rule", t.root().get("rule"));
    }

    InputException readBad(String ruleYaml) {
        return assertThrows(InputException.class, () -> readYaml(ruleYaml));
    }

    @Test
    void readsEveryType() throws Exception {
        assertEquals(new DecisionRule.Unanimity(), readYaml("unanimity"));
        assertEquals(new DecisionRule.Unanimity(), readYaml("{type: unanimity}"));
        assertEquals(new DecisionRule.ConsensusMinusOne(), readYaml("consensus-minus-one"));
        assertEquals(new DecisionRule.SimpleMajority(), readYaml("{type: simple-majority}"));
        assertEquals(new DecisionRule.OptOut(2), readYaml("opt-out"));
        assertEquals(new DecisionRule.OptOut(4), readYaml("{type: opt-out, minParticipants: 4}"));
        assertEquals(new DecisionRule.QualifiedMajority(0.67, Weighting.GDP), readYaml("{type: qualified-majority, threshold: 0.67, weights: gdp}"));
        assertEquals(new DecisionRule.QualifiedMajority(2.0 / 3.0, Weighting.EQUAL), readYaml("qualified-majority"));
        assertEquals(new DecisionRule.WeightedMajority(Weighting.POPULATION, 1), readYaml("{type: weighted-majority, weights: population, threshold: 1}"));
        assertEquals(new DecisionRule.WeightedMajority(Weighting.GDP, 0.5), readYaml("weighted-majority"));
    }

    @Test
    void errorsPointIntoTheFileWithSuggestions() {
        InputException e = readBad("unanimty");
        assertTrue(e.userMessage().contains("r.yaml:1:"), e.userMessage());
        assertTrue(e.getMessage().contains("did you mean 'unanimity'"), e.getMessage());
        assertTrue(e.getMessage().contains("opt-out, consensus-minus-one"), e.getMessage());

        e = readBad("{type: qualified-majority, treshold: 0.7}");
        assertEquals("rule.treshold", e.fieldPath());
        assertTrue(e.getMessage().contains("did you mean 'threshold'"), e.getMessage());

        e = readBad("{type: unanimity, threshold: 0.7}");
        assertTrue(e.getMessage().contains("does not apply to rule 'unanimity'"), e.getMessage());

        e = readBad("{type: qualified-majority, threshold: 1.5}");
        assertEquals("rule.threshold", e.fieldPath());
        assertTrue(e.getMessage().contains("(0, 1]"), e.getMessage());

        e = readBad("{type: qualified-majority, threshold: \"0.7\"}");
        assertTrue(e.getMessage().contains("a string"), e.getMessage());

        e = readBad("{type: opt-out, minParticipants: 0}");
        assertEquals("rule.minParticipants", e.fieldPath());

        e = readBad("{type: opt-out, minParticipants: 2.5}");
        assertTrue(e.getMessage().contains("integer"), e.getMessage());

        e = readBad("{type: weighted-majority, weights: gpd}");
        assertTrue(e.getMessage().contains("did you mean 'gdp'"), e.getMessage());

        e = readBad("{threshold: 0.5}");
        assertTrue(e.getMessage().contains("missing required field 'type'"), e.getMessage());

        e = readBad("[unanimity]");
        assertTrue(e.getMessage().contains("a list"), e.getMessage());

        e = readBad("{type: 3}");
        assertEquals("rule.type", e.fieldPath());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "unanimity                     | unanimity",
            "consensus-minus-one           | consensus-minus-one",
            "simple-majority               | simple-majority",
            "opt-out                       | opt-out:2",
            "opt-out:3                     | opt-out:3",
            "qualified-majority            | qualified-majority:2/3",
            "qualified-majority:2/3        | qualified-majority:2/3",
            "qualified-majority:5/6:gdp    | qualified-majority:5/6:gdp",
            "qualified-majority:0.67       | qualified-majority:0.67",
            "qualified-majority:0.75:gdp   | qualified-majority:0.75:gdp",
            "weighted-majority:gdp:0.6     | weighted-majority:gdp:0.6",
            "weighted-majority:population  | weighted-majority:population:0.5",
            "weighted-majority             | weighted-majority:gdp:0.5",
            "qualified-majority:1          | qualified-majority:1"})
    void cliRoundTrip(String text, String canonical) {
        DecisionRule r = RuleReader.parseCli(text);
        assertEquals(canonical, RuleReader.toCli(r));
        assertEquals(r, RuleReader.parseCli(RuleReader.toCli(r)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unanimty", "opt-out:0", "opt-out:x", "qualified-majority:1.5", "qualified-majority:0",
            "qualified-majority:abc", "weighted-majority:wealth:0.5", "unanimity:3", "opt-out:2:3",
            "weighted-majority:gdp:0.5:x"})
    void cliRejects(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleReader.parseCli(text));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void cliSuggests() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleReader.parseCli("simple-majorty"));
        assertTrue(e.getMessage().contains("did you mean 'simple-majority'"), e.getMessage());
    }

    @Test
    void twoThirdsCanBeWrittenAsAFractionAndDiffersFrom067() throws Exception {
        assertEquals(new DecisionRule.QualifiedMajority(2.0 / 3.0, Weighting.EQUAL), readYaml("{type: qualified-majority, threshold: 2/3}"));
        assertEquals(new DecisionRule.QualifiedMajority(2.0 / 3.0, Weighting.EQUAL), RuleReader.parseCli("qualified-majority:2/3"));
        assertEquals(new DecisionRule.WeightedMajority(Weighting.GDP, 0.75), readYaml("{type: weighted-majority, threshold: 3/4}"));
        InputException e = readBad("{type: qualified-majority, threshold: 3/2}");
        assertEquals("rule.threshold", e.fieldPath());
        assertTrue(e.getMessage().contains("(0, 1]"), e.getMessage());
        e = readBad("{type: qualified-majority, threshold: 2/0}");
        assertTrue(e.getMessage().contains("divides by zero"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RuleReader.parseCli("qualified-majority:two-thirds"));

        // Hand-counted: "at least t of n" needs ceil(t n) votes. 2/3 of 6 = 4; 0.67 of 6 = 4.02 -> 5; 0.667 of 6 = 4.002 -> 5;
        // 2/3 of 9 = 6; 0.67 of 10 = 6.7 -> 7; 0.5 of 6 = 3.
        assertEquals(4, org.scosim.decision.Shares.votesNeeded(2.0 / 3.0, 6));
        assertEquals(5, org.scosim.decision.Shares.votesNeeded(0.67, 6));
        assertEquals(5, org.scosim.decision.Shares.votesNeeded(0.667, 6));
        assertEquals(6, org.scosim.decision.Shares.votesNeeded(2.0 / 3.0, 9));
        assertEquals(7, org.scosim.decision.Shares.votesNeeded(0.67, 10));
        assertEquals(3, org.scosim.decision.Shares.votesNeeded(0.5, 6));
        // ... and the rule itself counts the same way.
        DecisionRule twoThirds = RuleReader.parseCli("qualified-majority:2/3"), sixtySeven = RuleReader.parseCli("qualified-majority:0.67");
        boolean[] four = {true, true, true, true, false, false};
        assertTrue(twoThirds.isWinning(four, null));
        assertFalse(sixtySeven.isWinning(four, null));
    }

    @Test
    void labelsShowTwoThirdsNotItsDigits() {
        assertEquals("2/3", org.scosim.decision.Shares.text(2.0 / 3.0));
        assertEquals("0.67", org.scosim.decision.Shares.text(0.67));
        assertEquals("0.75", org.scosim.decision.Shares.text(0.75));
        assertEquals("1", org.scosim.decision.Shares.text(1));
        assertEquals("qualified-majority(2/3, equal)", org.scosim.output.RuleNames.describe(RuleReader.parseCli("qualified-majority")));
        assertEquals("qualified majority (2/3)", org.scosim.decision.Explainer.describe(RuleReader.parseCli("qualified-majority:2/3")));
        assertEquals("qualified majority (67%)", org.scosim.decision.Explainer.describe(RuleReader.parseCli("qualified-majority:0.67")));
    }
}
