package org.scosim.output;

import org.junit.jupiter.api.Test;
import org.scosim.experiment.ReplicationRunner;
import org.scosim.model.Fixtures;
import org.scosim.model.ModelBasis;
import org.scosim.scenario.Scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run's replications hand their CSV buffers on ({@link Layout#csvBuffer}): each replication's rows must be the ones
 * it renders alone, with a layout of its own that has nothing to hand on.
 */
class CsvBuffersTest {
    private static final int REPLICATIONS = 12;

    private static ReplicationOutput alone(ModelBasis basis, Scenario sc, int r) {
        return ReplicationRunner.runOne(basis, new Layout(sc, Measures.STANDARD), "small", r, 1000 + r);
    }

    private static void assertSameRows(ReplicationOutput want, ReplicationOutput got, int r) {
        for (Tables t : Tables.values()) assertArrayEquals(want.rows().get(t), got.rows().get(t), t.file() + ", replication " + r);
    }

    @Test
    void replicationsInTurnAndSideBySideRenderWhatTheyRenderAlone() throws Exception {
        Scenario sc = Fixtures.small();
        ModelBasis basis = ModelBasis.of(sc);
        Layout shared = new Layout(sc, Measures.STANDARD);
        List<ReplicationOutput> inTurn = new ArrayList<>();
        for (int r = 0; r < REPLICATIONS; r++) inTurn.add(ReplicationRunner.runOne(basis, shared, "small", r, 1000 + r));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<ReplicationOutput>> sideBySide = new ArrayList<>();
        try {
            for (int r = 0; r < REPLICATIONS; r++) {
                int k = r;
                sideBySide.add(pool.submit(() -> ReplicationRunner.runOne(basis, shared, "small", k, 1000 + k)));
            }
            for (int r = 0; r < REPLICATIONS; r++) {
                ReplicationOutput want = alone(basis, sc, r);
                assertSameRows(want, inTurn.get(r), r);
                assertSameRows(want, sideBySide.get(r).get(), r);
            }
        } finally {
            pool.shutdownNow();
        }
        // the replications differ, so rows left over from an earlier one would show
        assertTrue(!Arrays.equals(inTurn.get(0).rows().get(Tables.TRADE), inTurn.get(1).rows().get(Tables.TRADE)));
    }

    @Test
    void aReplicationsOutputIsTakenOnce() {
        Scenario sc = Fixtures.small();
        Layout layout = new Layout(sc, Measures.STANDARD);
        ReplicationCollector c = new ReplicationCollector(layout, "small", 0, 1);
        c.output();
        assertThrows(IllegalStateException.class, c::output);
    }
}
