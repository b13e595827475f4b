package org.scosim.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scenario read once and bound with many sets of overrides, as sweeps and sensitivity analyses do. */
class ScenarioVariantsTest {
    static final Path BASELINE = ScenarioOverrideTest.BASELINE;

    @TempDir
    Path dir;

    static List<ScenarioOverride> overrides(String... o) {
        return Arrays.stream(o).map(ScenarioOverride::parse).toList();
    }

    @Test
    void eachVariantEqualsAFreshReadOfTheFileWithItsOverrides() throws Exception {
        ScenarioReader.Variants v = ScenarioReader.prepare(BASELINE);
        // values, list elements, a whole mapping, the rule: each set applied to the same prepared tree in turn
        String[][] sets = {
                {"parameters.trustDecay=0.3"},
                {"shocks[0].magnitude=-0.2", "replications=4"},
                {"rule.type=unanimity"},
                {"states.RUS.securityWeight=0.9", "period.end=2010"},
                {"rule={type: qualified-majority, threshold: 0.8}"},
                {},
        };
        for (String[] set : sets) {
            ResolvedScenario fresh = ScenarioReader.read(BASELINE, overrides(set));
            ResolvedScenario variant = v.read(overrides(set));
            assertEquals(fresh.resolved(), variant.resolved(), String.join(" ", set));
            assertEquals(fresh.scenario(), variant.scenario(), String.join(" ", set));
            assertEquals(fresh.scenario(), v.scenario(overrides(set)), String.join(" ", set));
            assertEquals(fresh.sha256(), variant.sha256());
        }
        // no variant's override stayed behind in the prepared tree
        ResolvedScenario plain = ScenarioReader.read(BASELINE);
        assertEquals(plain.scenario(), v.scenario(List.of()));
        assertNotEquals(plain.scenario(), v.scenario(overrides("parameters.trustDecay=0.3")));
        assertEquals(plain.scenario().parameters().trustDecay(), v.scenario(List.of()).parameters().trustDecay());
    }

    @Test
    void aMappingReplacedByAnOverrideTakesItsChildrenWithIt() throws Exception {
        ScenarioReader.Variants v = ScenarioReader.prepare(BASELINE);
        // shocks[0] as written has a start; the override's mapping has none, so the error is the override's
        for (int i = 0; i < 2; i++) {
            InputException e = assertThrows(InputException.class,
                    () -> v.read(overrides("shocks[0]={name: x, kind: gdp, targets: [CHN], magnitude: -0.1}")));
            assertTrue(e.userMessage().contains("set by override"), e.userMessage());
            assertEquals(-1, e.line(), e.userMessage());
        }
        // a scalar replaced by a scalar keeps the error at the override too
        InputException e = assertThrows(InputException.class, () -> v.read(overrides("parameters.trustDecay=2")));
        assertTrue(e.userMessage().contains("set by override 'parameters.trustDecay=2'"), e.userMessage());
        // and a value the override did not touch is still located in the file
        e = assertThrows(InputException.class, () -> v.read(overrides("shocks[0]={name: x}", "period.end=1990")));
        assertTrue(e.userMessage().contains("sco-baseline.yaml"), e.userMessage());
    }

    @Test
    void theDriverFilesAreReadOnceForAllVariants() throws Exception {
        Path scenario = copyOfTheBaseline();
        ScenarioReader.Variants v = ScenarioReader.prepare(scenario);
        ResolvedScenario before = v.read(List.of());
        Path gdp = dir.resolve("data/gdp-population-annual-1994-2020.csv");
        Files.writeString(gdp, "iso3,year,gdp_bn_usd,population\nCHN,1996,not a number,1\n");
        // a fresh read sees the broken file; the prepared scenario keeps the table it read
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(scenario));
        assertTrue(e.userMessage().contains("gdp-population-annual-1994-2020.csv"), e.userMessage());
        ResolvedScenario after = v.read(overrides("parameters.trustDecay=0.3"));
        assertEquals(before.scenario().states(), after.scenario().states());
        assertFalse(after.scenario().states().isEmpty());
    }

    /**
     * Every scalar of the baseline, set to its own value and to another, alone and in random pairs, and a random
     * sample of those of every other shipped scenario: the
     * variant, which shares the sections its overrides did not touch, must equal a fresh read of the file with the
     * same overrides, or fail with the same message. The oracle reads the file anew and binds every section.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("org.scosim.io.ShippedScenariosTest#shipped")
    void everyValueOverriddenBindsAsAFreshReadOfTheFile(Path file) throws Exception {
        ScenarioReader.Variants v = ScenarioReader.prepare(file);
        ResolvedScenario plain = v.read(List.of()); // the file's own sections, bound first and then shared
        List<String> settings = new java.util.ArrayList<>();
        leaves(plain.resolved(), "", settings);
        java.util.Random random = new java.util.Random(file.toString().hashCode());
        List<List<String>> sets = new java.util.ArrayList<>();
        // every setting of the baseline; of the others, which mostly extend it, a random 80
        boolean all = file.endsWith("sco-baseline.yaml");
        for (int i = 0; i < (all ? settings.size() : 80); i++) {
            sets.add(List.of(all ? settings.get(i) : settings.get(random.nextInt(settings.size()))));
        }
        for (int i = 0; i < (all ? 100 : 20); i++) {
            sets.add(List.of(settings.get(random.nextInt(settings.size())), settings.get(random.nextInt(settings.size()))));
        }
        int failed = 0;
        for (List<String> set : sets) {
            List<ScenarioOverride> o = overrides(set.toArray(String[]::new));
            ResolvedScenario fresh;
            try {
                fresh = ScenarioReader.read(file, o);
            } catch (InputException expected) {
                failed++;
                InputException e = assertThrows(InputException.class, () -> v.read(o), set.toString());
                assertEquals(expected.userMessage(), e.userMessage(), set.toString());
                continue;
            }
            ResolvedScenario variant = v.read(o);
            assertEquals(fresh.scenario(), variant.scenario(), set.toString());
            assertEquals(fresh.resolved(), variant.resolved(), set.toString());
        }
        // the variants changed nothing the later ones share
        assertEquals(ScenarioReader.read(file).scenario(), v.scenario(List.of()));
        assertEquals(plain.resolved(), v.read(List.of()).resolved());
        assertTrue(failed > 0 && failed < sets.size(), failed + " of " + sets.size() + " sets failed");
    }

    /** PATH=VALUE settings of each scalar under {@code node}: its own value, and another of the same kind. */
    private static void leaves(com.fasterxml.jackson.databind.JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> leaves(e.getValue(), (path.isEmpty() ? "" : path + ".") + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) leaves(node.get(i), path + "[" + i + "]", out);
        } else if (!path.isEmpty() && path.matches("[A-Za-z0-9_.\\[\\]-]+")) {
            out.add(path + "=" + node);
            if (node.isNumber()) out.add(path + "=" + (node.asDouble() * 1.5 + 0.25));
            else if (node.isBoolean()) out.add(path + "=" + !node.asBoolean());
            else if (node.isTextual()) out.add(path + "=" + node.asText() + "x");
        }
    }

    @Test
    void aSectionIsBoundAgainWhenTheStatesItNamesChange() throws Exception {
        Path file = TinyScenario.write(dir, "tiny.yaml", TinyScenario.TEXT);
        ScenarioReader.Variants v = ScenarioReader.prepare(file);
        ResolvedScenario plain = v.read(List.of());
        // BBB gone: the trade anchor, the trust pair, the border and the event that name it are wrong now, though
        // their nodes are the file's own
        String alphaOnly = "states={AAA: {name: Alpha, capital: {lat: 40.0, lon: 70.0}, status: member, gdp: {2000: 10.0},"
                + " securityWeight: 0.5, sovereigntySensitivity: 0.5, threeEvilsExposure: 0.5},"
                + " CCC: {name: Gamma, capital: {lat: 41.0, lon: 71.0}, status: member, gdp: {2000: 3.0},"
                + " securityWeight: 0.5, sovereigntySensitivity: 0.5, threeEvilsExposure: 0.5}}";
        InputException expected = assertThrows(InputException.class, () -> ScenarioReader.read(file, overrides(alphaOnly)));
        InputException e = assertThrows(InputException.class, () -> v.read(overrides(alphaOnly)));
        assertEquals(expected.userMessage(), e.userMessage());
        assertTrue(e.userMessage().contains("BBB"), e.userMessage());
        // a state's own value changed: the sections that only name the states are the file's, the states are not
        ResolvedScenario richer = v.read(overrides("states.BBB.gdp.2000=7"));
        assertEquals(ScenarioReader.read(file, overrides("states.BBB.gdp.2000=7")).scenario(), richer.scenario());
        assertTrue(richer.scenario().tradeAnchors() == plain.scenario().tradeAnchors(), "the trade anchors shared");
        assertTrue(richer.scenario().agenda() == plain.scenario().agenda(), "the agenda shared");
        assertNotEquals(plain.scenario().states(), richer.scenario().states());
        // the parameters varied, everything else shared
        ResolvedScenario decay = v.read(overrides("parameters.trustDecay=0.3"));
        assertTrue(decay.scenario().states() == plain.scenario().states(), "the states shared");
        assertTrue(decay.scenario().shocks() == plain.scenario().shocks(), "the shocks shared");
        assertNotEquals(plain.scenario().parameters(), decay.scenario().parameters());
    }

    private Path copyOfTheBaseline() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (var files = Files.list(BASELINE.resolveSibling("data"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.toString().endsWith(".csv")) Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        return Files.copy(BASELINE, dir.resolve("sco-baseline.yaml"));
    }
}
