package org.scosim.experiment;

import org.scosim.model.ModelBasis;
import org.junit.jupiter.api.Test;
import org.scosim.io.ScenarioReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's ordering contract, its executors, and the run description's checks. */
class EngineTest {

    @Test
    void resultsArriveInItemOrderWhateverFinishesFirst() throws InterruptedException {
        Thread caller = Thread.currentThread();
        List<Integer> got = new ArrayList<>();
        List<Boolean> preparedHere = new ArrayList<>();
        try (Engine e = Engine.local(3)) {
            e.ordered(40, i -> {
                preparedHere.add(Thread.currentThread() == caller);
                return () -> {
                    Thread.sleep((40 - i) % 7); // later items often finish first
                    return i * i;
                };
            }, got::add);
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) expected.add(i * i);
        assertEquals(expected, got);
        assertFalse(preparedHere.contains(false), "every item is prepared on the calling thread");
    }

    @Test
    void mapGivesAListInOrderOnOneThreadOrMany() {
        for (int threads : new int[]{1, 2, 5}) {
            try (Engine e = Engine.local(threads)) {
                assertEquals(List.of(0, 1, 4, 9, 16), e.map(5, i -> i * i));
            }
        }
    }

    @Test
    void aFailingItemFailsTheWholeCallWithItsOwnException() {
        try (Engine e = Engine.local(2)) {
            IllegalStateException x = assertThrows(IllegalStateException.class, () -> e.map(10, i -> {
                if (i == 6) throw new IllegalStateException("item 6");
                return i;
            }));
            assertEquals("item 6", x.getMessage());
        }
    }

    @Test
    void anEngineOnTheCallersExecutorLeavesItRunning() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger calls = new AtomicInteger();
        try (Engine e = Engine.on(pool, 2)) {
            assertEquals(List.of(1, 2, 3), e.map(3, i -> {
                calls.incrementAndGet();
                return i + 1;
            }));
        }
        assertFalse(pool.isShutdown());
        assertEquals(3, calls.get());
        pool.shutdownNow();
        assertThrows(IllegalArgumentException.class, () -> Engine.local(0));
        assertThrows(IllegalArgumentException.class, () -> Engine.on(pool, 0));
    }

    @Test
    void theRunDescriptionTakesTheScenariosDefaultsAndRefusesWhatCannotRun() throws Exception {
        var resolved = ScenarioReader.read(Path.of("scenarios/classroom/gui/founding-five-1996.yaml"));
        RunSpec spec = RunSpec.of(resolved).dir(Path.of("x")).build();
        assertEquals(resolved.scenario().name(), spec.runId());
        assertEquals(resolved.scenario().seed(), spec.masterSeed());
        assertEquals(resolved.scenario().replications(), spec.replications());
        assertEquals(5, spec.tables().size());
        assertFalse(spec.resumable());
        assertThrows(UnsupportedOperationException.class, () -> spec.tables().clear(), "immutable");

        IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
                () -> RunSpec.of(resolved).dir(Path.of("x")).replications(0).build());
        assertTrue(n.getMessage().startsWith("--replications must be between 1 and"), n.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RunSpec.of(resolved).build(), "no folder");
        assertThrows(IllegalArgumentException.class, () -> RunSpec.of(resolved).dir(Path.of("x")).runId(" ").build());
        assertThrows(IllegalArgumentException.class, () -> RunSpec.of(resolved).dir(Path.of("x")).tables(null).build());
    }

    @Test
    void runsFromARemoteSourceWriteTheFilesOfRunsComputedHere(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        var resolved = ScenarioReader.read(Path.of("scenarios/classroom/gui/founding-five-1996.yaml"));
        List<RunSpec> here = new ArrayList<>(), there = new ArrayList<>();
        for (String id : List.of("a", "b")) {
            here.add(RunSpec.of(resolved).runId(id).dir(tmp.resolve("here").resolve(id)).replications(3).masterSeed(8)
                    .plots(false).resumable(true).build());
            there.add(RunSpec.of(resolved).runId(id).dir(tmp.resolve("there").resolve(id)).replications(3).masterSeed(8)
                    .plots(false).resumable(true).build());
        }
        boolean[] closed = {false};
        Engine.Remote remote = runs -> {
            // a stand-in cluster: every replication computed up front, in run then replication order
            List<org.scosim.output.ReplicationOutput> all = new ArrayList<>();
            for (RunSpec r : runs) {
                var layout = new org.scosim.output.Layout(r.scenario().scenario(), org.scosim.output.Measures.STANDARD);
                for (int k = 0; k < r.replications(); k++) {
                    all.add(ReplicationRunner.runOne(ModelBasis.of(r.scenario().scenario()), layout, r.runId(), k,
                            org.scosim.scenario.Seeds.replication(r.masterSeed(), k), r.tables()));
                }
            }
            var it = all.iterator();
            return new Engine.Remote.Replications() {
                public boolean hasNext() { return it.hasNext(); }
                public org.scosim.output.ReplicationOutput next() { return it.next(); }
                public void close() { closed[0] = true; }
            };
        };
        try (Engine e = Engine.local(2)) {
            assertEquals(2, e.executeAll(here, null, () -> { }));
            assertEquals(2, e.executeAll(there, remote, () -> { }));
        }
        assertTrue(closed[0], "the remote source is released");
        for (String id : List.of("a", "b")) {
            for (String f : List.of("decisions.csv", "trade.csv", "series.csv", "values.bin", "done")) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(
                        java.nio.file.Files.readAllBytes(tmp.resolve("here").resolve(id).resolve(f)),
                        java.nio.file.Files.readAllBytes(tmp.resolve("there").resolve(id).resolve(f)), id + "/" + f);
            }
        }
    }
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} runs of {1} replications on {2} threads: side by side {3}")
    @org.junit.jupiter.params.provider.CsvSource({
            "8, 3, 2, true", "8, 100, 2, true", "7, 3, 2, false", "8, 101, 2, false", "16, 3, 4, true",
            "15, 3, 4, false", "40, 1, 1, false"})
    void shortRunsGoToTheWorkersWholeWhenThereAreEnoughOfThem(int runs, int replications, int threads, boolean expected)
            throws Exception {
        try (Engine e = Engine.local(threads)) {
            assertEquals(expected, e.sideBySide(runs, replications));
        }
    }

    @Test
    void runsSideBySideWriteTheFilesOfRunsOneAfterTheOther(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        var resolved = ScenarioReader.read(Path.of("scenarios/classroom/gui/founding-five-1996.yaml"));
        List<RunSpec> alone = new ArrayList<>(), side = new ArrayList<>();
        for (int k = 0; k < 9; k++) {
            String id = "p" + k;
            // each run its own seed, so a run written into another's folder would show
            alone.add(RunSpec.of(resolved).runId(id).dir(tmp.resolve("alone").resolve(id)).replications(2 + k % 3)
                    .masterSeed(100 + k).plots(false).resumable(true).build());
            side.add(RunSpec.of(resolved).runId(id).dir(tmp.resolve("side").resolve(id)).replications(2 + k % 3)
                    .masterSeed(100 + k).plots(false).resumable(true).build());
        }
        int[] steps = {0};
        try (Engine one = Engine.local(1); Engine two = Engine.local(2)) {
            assertFalse(one.sideBySide(alone.size(), 4));
            assertTrue(two.sideBySide(side.size(), 4));
            one.executeAll(alone, null, () -> { });
            AtomicInteger described = new AtomicInteger();
            assertEquals(9, two.executeAll(side.size(), 4, i -> {
                described.incrementAndGet();
                return side.get(i);
            }, () -> steps[0]++));
            assertEquals(9, described.get(), "each run described once, when it is due");
        }
        assertEquals(27, steps[0], "one step a replication, counted from every worker");
        for (int k = 0; k < 9; k++) {
            for (String f : List.of("decisions.csv", "trade.csv", "series.csv", "values.bin", "done")) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(
                        java.nio.file.Files.readAllBytes(tmp.resolve("alone").resolve("p" + k).resolve(f)),
                        java.nio.file.Files.readAllBytes(tmp.resolve("side").resolve("p" + k).resolve(f)), "p" + k + "/" + f);
            }
        }
    }
}
