package org.scosim.experiment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class HolmTest {
    @Test
    void handWorkedExample() {
        // Sorted: 0.01 (x4 = 0.04), 0.02 (x3 = 0.06), 0.03 (x2 = 0.06), 0.04 (x1 = 0.04 -> kept at 0.06, monotone).
        double[] adj = Holm.adjust(new double[] {0.03, 0.01, 0.04, 0.02});
        assertArrayEquals(new double[] {0.06, 0.04, 0.06, 0.06}, adj, 1e-12);
    }

    @Test
    void capsAtOneAndSkipsMissingTests() {
        double[] adj = Holm.adjust(new double[] {0.5, Double.NaN, 0.001});
        // m = 2: 0.001 x 2 = 0.002; 0.5 x 1 = 0.5.
        assertEquals(0.5, adj[0], 1e-12);
        assertTrue(Double.isNaN(adj[1]));
        assertEquals(0.002, adj[2], 1e-12);
        assertArrayEquals(new double[] {1, 1}, Holm.adjust(new double[] {0.6, 0.7}), 1e-12);
        assertEquals(0, Holm.adjust(new double[0]).length);
    }

    @Test
    void oneTestIsUnchanged() {
        assertEquals(0.037, Holm.adjust(new double[] {0.037})[0], 0);
    }
}
