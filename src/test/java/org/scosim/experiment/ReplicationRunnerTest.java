package org.scosim.experiment;

import org.scosim.scenario.Seeds;

import org.junit.jupiter.api.Test;
import org.scosim.model.Fixtures;
import org.scosim.output.Layout;
import org.scosim.output.Measures;
import org.scosim.output.ReplicationOutput;
import org.scosim.output.Tables;
import org.scosim.scenario.Scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ReplicationRunnerTest {
    @Test
    void deliversInReplicationOrderAndIdenticallyWhateverTheThreads() throws InterruptedException {
        Scenario sc = Fixtures.small();
        Layout layout = new Layout(sc, Measures.STANDARD);
        List<ReplicationOutput> serial = new ArrayList<>(), parallel = new ArrayList<>();
        try (Engine e = Engine.local(1)) {
            e.replications(sc, layout, "small", 5, 0, 25, java.util.EnumSet.allOf(Tables.class), serial::add);
        }
        try (Engine e = Engine.local(3)) {
            e.replications(sc, layout, "small", 5, 0, 25, java.util.EnumSet.allOf(Tables.class), parallel::add);
        }
        for (int r = 0; r < 25; r++) {
            assertEquals(r, parallel.get(r).replication());
            assertEquals(serial.get(r).text(Tables.DECISIONS), parallel.get(r).text(Tables.DECISIONS));
            assertEquals(serial.get(r).text(Tables.TRADE), parallel.get(r).text(Tables.TRADE));
        }
    }

    @Test
    void replicationSeedsAreDistinctAndDoNotDependOnBatchSize() {
        var seen = new HashSet<Long>();
        for (int r = 0; r < 10_000; r++) assertTrue(seen.add(Seeds.replication(42, r)));
        assertEquals(Seeds.replication(42, 7), Seeds.replication(42, 7));
        assertNotEquals(Seeds.replication(42, 7), Seeds.replication(43, 7));
    }
}
