package org.scosim.io;

import org.junit.jupiter.api.Test;
import org.scosim.decision.DecisionRule;
import org.scosim.scenario.Scenario;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioOverrideTest {
    static final Path BASELINE = Path.of("scenarios/sco-baseline.yaml");

    static ResolvedScenario read(String... overrides) throws InputException {
        return ScenarioReader.read(BASELINE, Arrays.stream(overrides).map(ScenarioOverride::parse).toList());
    }

    @Test
    void overridesSetValuesBeforeValidation() throws Exception {
        Scenario plain = ScenarioReader.read(BASELINE).scenario();
        Scenario s = read("parameters.trustGainSettlement=0.2", "shocks[0].magnitude=-0.1", "replications=3",
                "states.RUS.securityWeight=0.8", "period.end=2010").scenario();
        assertEquals(0.2, s.parameters().trustGainSettlement());
        assertEquals(plain.parameters().trustGainExercise(), s.parameters().trustGainExercise());
        assertEquals(-0.1, s.shocks().get(0).magnitude());
        assertEquals(plain.shocks().get(1), s.shocks().get(1));
        assertEquals(3, s.replications());
        assertEquals(0.8, s.states().get(s.indexOf("RUS")).securityWeight());
        assertEquals(2010, s.endYear());
    }

    @Test
    void ruleOverrides() throws Exception {
        assertEquals("unanimity", read("rule.type=unanimity").scenario().rule().type());
        DecisionRule q = read("rule.type=qualified-majority", "rule.threshold=0.67").scenario().rule();
        assertEquals("qualified-majority", q.type());
        assertTrue(q.toString().contains("0.67"), q.toString());
        assertEquals("simple-majority", read("rule={type: simple-majority}").scenario().rule().type());
    }

    @Test
    void overridesAreInTheResolvedTreeButNotInTheHash() throws Exception {
        ResolvedScenario plain = ScenarioReader.read(BASELINE);
        ResolvedScenario r = read("parameters.trustGainSettlement=0.2");
        assertEquals(0.2, r.resolved().at("/parameters/trustGainSettlement").doubleValue());
        assertEquals(plain.sha256(), r.sha256());
    }

    @Test
    void pathsOutsideTheFormatAreRejectedByName() {
        for (String[] c : List.of(
                new String[]{"parametrs.trustGainSettlement=0.2", "parametrs", "did you mean 'parameters'"},
                new String[]{"parameters.trustGain=0.2", "parameters.trustGain", "unknown field"},
                new String[]{"states.RUS.securityWeigth=0.3", "states.RUS.securityWeigth", "unknown field"},
                new String[]{"shocks[99].magnitude=-0.1", "shocks[99].magnitude", "no element [99]"},
                new String[]{"name.first=x", "name.first", "cannot set field"},
                new String[]{"states[0].name=x", "states[0].name", "cannot take element"})) {
            InputException e = assertThrows(InputException.class, () -> read(c[0]), c[0]);
            assertTrue(e.userMessage().contains(c[1]), c[0] + " -> " + e.userMessage());
            assertTrue(e.userMessage().contains(c[2]), c[0] + " -> " + e.userMessage());
            assertTrue(e.userMessage().contains(c[0]), "names the override: " + e.userMessage());
        }
    }

    @Test
    void badValuesFromOverridesNameTheOverride() {
        InputException e = assertThrows(InputException.class, () -> read("shocks[0].recovery=2"));
        assertEquals("shocks[0].recovery", e.fieldPath());
        assertTrue(e.getMessage().contains("override 'shocks[0].recovery=2'"), e.userMessage());
        InputException r = assertThrows(InputException.class, () -> read("rule.type=qualified-majority", "rule.threshold=1.5"));
        assertTrue(r.userMessage().contains("rule.threshold"), r.userMessage());
        assertTrue(r.getMessage().contains("override"), r.userMessage());
    }

    @Test
    void malformedOverridesAreRejected() {
        for (String bad : List.of("novalue", "=3", "a..b=1", "rule.threshold=", "shocks[x].magnitude=1", "a b=1")) {
            assertThrows(IllegalArgumentException.class, () -> ScenarioOverride.parse(bad), bad);
        }
        ScenarioOverride o = ScenarioOverride.parse("shocks[0].magnitude = -0.1");
        assertEquals("/shocks/0/magnitude", o.pointer());
        assertTrue(o.value().isNumber());
    }

    @Test
    void valuesReadWithoutTheYamlParserAreTheNodesYamlGives() {
        java.util.List<String> values = new java.util.ArrayList<>(List.of("0", "7", "-3", "123456789", "1234567890",
                "-0", "0.5", "-0.5", "0.50", "12.000001", "1.5e-05", "1e3", "007", "0x1F", "1_000", ".5", "5.",
                "+1", "0.12345678901234567", "0.123456789012345678", "true", "[1, 2]", "text", "2147483647"));
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 2000; i++) {
            double magnitude = Math.pow(10, random.nextInt(12) - 6);
            values.add(org.scosim.output.Num.format((random.nextDouble() * 2 - 1) * magnitude));
            values.add(Integer.toString(random.nextInt()));
        }
        int fast = 0;
        for (String v : values) {
            var expected = ScenarioOverride.parseYaml(v, v);
            var got = ScenarioOverride.parseValue(v, v);
            assertEquals(expected, got, v);
            assertEquals(expected.getClass(), got.getClass(), v);
            if (expected.isNumber()) fast++;
        }
        assertTrue(fast > 4000, "numbers compared: " + fast);
    }
}
