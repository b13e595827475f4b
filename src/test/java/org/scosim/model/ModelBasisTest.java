package org.scosim.model;

import org.junit.jupiter.api.Test;
import org.scosim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A basis shared by replications, sequentially or on several threads, changes nothing in any of them. */
class ModelBasisTest {

    /** Every year's trade, integration and trust, flattened, and the agreements' final shares. */
    private static List<double[]> trace(ScoModel m) {
        List<double[]> out = new ArrayList<>();
        int n = m.states().length;
        m.setObserver(model -> {
            double[] y = new double[3 * n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    y[i * n + j] = model.trade(i, j);
                    y[n * n + i * n + j] = model.integration(i, j);
                    y[2 * n * n + i * n + j] = model.state(i).trustIn(j);
                }
            }
            out.add(y);
        });
        m.runToEnd();
        for (Agreement a : m.agreements()) out.add(a.history().get(a.history().size() - 1));
        return out;
    }

    private static void assertSame(List<double[]> expected, List<double[]> actual) {
        assertEquals(expected.size(), actual.size());
        for (int k = 0; k < expected.size(); k++) assertArrayEquals(expected.get(k), actual.get(k), "entry " + k);
    }

    @Test
    void aSharedBasisGivesEachReplicationWhatItsOwnBasisGives() throws Exception {
        Scenario sc = Fixtures.small();
        ModelBasis shared = ModelBasis.of(sc);
        long[] seeds = {1, 2, 3, 42, -7, 1996};
        List<List<double[]>> own = new ArrayList<>();
        for (long seed : seeds) own.add(trace(new ScoModel(sc, seed)));
        for (int r = 0; r < seeds.length; r++) assertSame(own.get(r), trace(new ScoModel(shared, seeds[r])));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<double[]>>> parallel = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (long seed : seeds) parallel.add(pool.submit(() -> trace(new ScoModel(shared, seed))));
            }
            for (int k = 0; k < parallel.size(); k++) assertSame(own.get(k % seeds.length), parallel.get(k).get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tradeAndIntegrationAreSymmetricEveryYear() {
        ScoModel m = new ScoModel(Fixtures.small(), 5);
        int[] years = {0};
        m.setObserver(model -> {
            years[0]++;
            int n = model.states().length;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(model.trade(i, j), model.trade(j, i), "trade " + i + "-" + j + " in " + model.year());
                    assertEquals(model.integration(i, j), model.integration(j, i), "integration " + i + "-" + j);
                }
            }
        });
        m.runToEnd();
        assertEquals(Fixtures.small().years(), years[0]);
    }
}
