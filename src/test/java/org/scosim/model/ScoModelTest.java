package org.scosim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scosim.decision.DecisionRule;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.Status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.*;

class ScoModelTest {

    /** Runs a model and returns, per year, a snapshot taken by the observer. */
    static <T> List<T> run(Scenario sc, long seed, java.util.function.Function<ScoModel, T> probe) {
        List<T> out = new ArrayList<>();
        ScoModel m = new ScoModel(sc, seed);
        m.setObserver(model -> out.add(probe.apply(model)));
        m.runToEnd();
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1996, 123456789, -5})
    void invariantsHoldEveryYearForManySeeds(long seed) {
        List<Integer> years = run(Fixtures.small(), seed, m -> {
            Invariants.check(m);
            for (Agreement a : m.agreements()) assertTrue(a.implemented() >= 0 && a.implemented() <= 1);
            return m.year();
        });
        assertEquals(15, years.size());
        assertEquals(1996, years.get(0));
        assertEquals(2010, years.get(14));
    }

    @Test
    void invariantsHoldUnderEveryRuleAndHarshShocks() {
        List<DecisionRule> rules = List.of(new DecisionRule.Unanimity(), new DecisionRule.OptOut(2),
                new DecisionRule.SimpleMajority(), new DecisionRule.ConsensusMinusOne());
        for (DecisionRule r : rules) {
            Scenario sc = Fixtures.small(r, List.of(Fixtures.gdpShockOnExporters(-0.95)));
            LongStream.range(0, 20).forEach(seed -> run(sc, seed, m -> {
                Invariants.check(m);
                return 0;
            }));
        }
    }

    @Test
    void sameSeedSameHistoryOtherSeedOtherHistory() {
        var a = run(Fixtures.small(), 11, m -> m.trade(0, 1) + ":" + m.state(1).trustIn(2) + ":" + m.agreements().size());
        var b = run(Fixtures.small(), 11, m -> m.trade(0, 1) + ":" + m.state(1).trustIn(2) + ":" + m.agreements().size());
        var c = run(Fixtures.small(), 12, m -> m.trade(0, 1) + ":" + m.state(1).trustIn(2) + ":" + m.agreements().size());
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void statusEventsTakeEffectInTheirYear() {
        var status = run(Fixtures.small(), 3, m -> m.state(4).status());
        assertEquals(Status.OTHER, status.get(2000 - 1996));
        assertEquals(Status.MEMBER, status.get(2001 - 1996));
    }

    @Test
    void gdpShockScalesTargetsOnlyInItsYear() {
        Scenario shocked = Fixtures.small(new DecisionRule.OptOut(2), List.of(Fixtures.gdpShockOnExporters(-0.2)));
        Scenario calm = Fixtures.small(new DecisionRule.OptOut(2), List.of());
        // Up to and including the shock year's economy phase the random draws are the same in both runs.
        Map<String, Double> ratio = new HashMap<>();
        ScoModel a = new ScoModel(shocked, 5), b = new ScoModel(calm, 5);
        a.start();
        b.start();
        for (int k = 0; k <= 2005 - 1996; k++) {
            a.schedule.step(a);
            b.schedule.step(b);
        }
        for (int i = 0; i < 5; i++) ratio.put(a.state(i).iso3(), a.state(i).gdp() / b.state(i).gdp());
        assertEquals(0.8, ratio.get("RUS"), 1e-9);
        assertEquals(0.8, ratio.get("KAZ"), 1e-9);
        assertEquals(0.8, ratio.get("UZB"), 1e-9);
        assertEquals(1.0, ratio.get("CHN"), 1e-9);
        assertEquals(1.0, ratio.get("KGZ"), 1e-9);
    }

    @Test
    void historicalAgendaIsDecidedAndAnchoredTradeStartsAtItsObservedValue() {
        var first = run(Fixtures.small(), 9, m -> List.of(m.summitRecords().stream().map(r -> r.proposal().id()).toList(),
                m.trade(0, 1)));
        @SuppressWarnings("unchecked")
        List<String> ids1996 = (List<String>) first.get(0).get(0);
        assertTrue(ids1996.contains("cbm"), ids1996.toString());
        double trade1996 = (Double) first.get(0).get(1);
        // Base 6.85 times noise and trust terms only: within a few per cent of the anchor.
        assertEquals(6.85, trade1996, 6.85 * 0.2);
    }

    @Test
    void aCheckpointedModelContinuesExactlyLikeTheOriginal() throws Exception {
        ScoModel original = new ScoModel(Fixtures.small(), 77);
        original.start();
        for (int k = 0; k < 6; k++) original.schedule.step(original);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        original.writeToCheckpoint(bytes);
        ScoModel copy = (ScoModel) sim.engine.SimState.readFromCheckpoint(
                new java.io.ByteArrayInputStream(bytes.toByteArray()));
        List<String> a = new ArrayList<>(), b = new ArrayList<>();
        original.setObserver(m -> a.add(m.year() + ":" + m.trade(0, 1) + ":" + m.agreements().size() + ":" + m.state(2).trustIn(0)));
        copy.setObserver(m -> b.add(m.year() + ":" + m.trade(0, 1) + ":" + m.agreements().size() + ":" + m.state(2).trustIn(0)));
        for (int k = 6; k < 15; k++) {
            original.schedule.step(original);
            copy.schedule.step(copy);
        }
        assertEquals(9, a.size());
        assertEquals(a, b);
        // each signatory's implementation, year by year, survives the checkpoint too
        assertEquals(original.agreements().size(), copy.agreements().size());
        for (int k = 0; k < original.agreements().size(); k++) {
            Agreement x = original.agreements().get(k), y = copy.agreements().get(k);
            assertEquals(x.stages(), y.stages());
            for (int t = 0; t < x.history().size(); t++) assertArrayEquals(x.history().get(t), y.history().get(t));
        }
    }
}
