package org.scosim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Short experiments run with the JIT's quick compiler alone; long ones, and large worlds, keep both. */
class QuickCompilerTest {
    @ParameterizedTest(name = "{0} replications in worlds of {1} states: short {2}")
    @CsvSource({
            "1, 13, true", "30, 13, true", "3000, 13, true", "3000, 30, true",
            "3001, 13, false", "10000, 13, false", "1, 31, false", "1, 200, false", "0, 13, false"})
    void anExperimentIsShortUpTo3000ReplicationsInWorldsOfAtMost30States(long replications, int states, boolean expected) {
        assertEquals(expected, QuickCompiler.isShort(replications, states));
    }

    @Test
    void aShortExperimentExcludesTheOptimizingCompilerByADirective() {
        // the test JVM is HotSpot with both compilers of its own, as the launcher's is
        QuickCompiler.forExperiment(30, 13);
        assertTrue(QuickCompiler.c2Excluded(), "a compiler directive excludes C2");
    }
}
