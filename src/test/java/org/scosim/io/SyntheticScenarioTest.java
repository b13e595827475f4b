package org.scosim.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scosim.model.ScoModel;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.Status;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A synthetic scenario validates, has what was asked for, runs, and is the same file for the same seed. */
class SyntheticScenarioTest {
    @TempDir
    Path dir;

    Scenario read(int n, int years, long seed) throws Exception {
        Path f = dir.resolve("s" + n + "-" + years + "-" + seed + ".yaml");
        Files.writeString(f, SyntheticScenario.yaml(n, years, seed, 2000));
        return ScenarioReader.read(f).scenario();
    }

    @Test
    void itValidatesAndHasTheStatesYearsAndStatusesAskedFor() throws Exception {
        Scenario sc = read(40, 12, 7);
        assertEquals(40, sc.states().size());
        assertEquals(2000, sc.startYear());
        assertEquals(2011, sc.endYear());
        // half members, a quarter observers, the rest dialogue partners (by construction)
        assertEquals(20, sc.states().stream().filter(s -> s.status() == Status.MEMBER).count());
        assertEquals(10, sc.states().stream().filter(s -> s.status() == Status.OBSERVER).count());
        assertEquals(10, sc.states().stream().filter(s -> s.status() == Status.DIALOGUE_PARTNER).count());
        assertEquals(2 * 12, sc.agenda().size());
        // Zipf by rank: the largest economy is the first, far above the median
        double first = sc.states().get(0).gdp().logLinear(2000), tenth = sc.states().get(9).gdp().logLinear(2000);
        assertTrue(first > 5 * tenth, first + " vs " + tenth);
        ScoModel m = new ScoModel(sc, 1);
        m.runToEnd();
        assertEquals(2011, m.year());
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnother() {
        assertEquals(SyntheticScenario.yaml(30, 5, 3, 2000), SyntheticScenario.yaml(30, 5, 3, 2000));
        assertNotEquals(SyntheticScenario.yaml(30, 5, 3, 2000), SyntheticScenario.yaml(30, 5, 4, 2000));
    }

    @Test
    void codesAreThreeCapitalLettersAndDistinct() {
        assertEquals("AAA", SyntheticScenario.code(0));
        assertEquals("AAZ", SyntheticScenario.code(25));
        assertEquals("ABA", SyntheticScenario.code(26));
        assertEquals("ZZZ", SyntheticScenario.code(SyntheticScenario.MAX_STATES - 1));
        assertThrows(IllegalArgumentException.class, () -> SyntheticScenario.build(2, 5, 1, 2000));
    }
}
