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
