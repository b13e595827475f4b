package org.scosim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scosim.calibration.ParameterAccess;
import org.scosim.decision.DecisionRule;
import org.scosim.scenario.BorderSpec;
import org.scosim.scenario.BorderSpec.BorderStatus;
import org.scosim.scenario.Domain;
import org.scosim.scenario.Parameters;
import org.scosim.scenario.ProposalSpec;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.StateSpec;
import org.scosim.scenario.Status;
import org.scosim.scenario.StatusEvent;
import org.scosim.scenario.TrustSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pair loops that skip work in large worlds (the security phase visits only exercising members and bordering
 * pairs; a state weighs a signatory set once while its trust is unchanged; cultural trust is booked row by row) give
 * exactly what the plain loops over every pair give, written here as ODD 7.3 and 7.6 state them.
 */
class PairLoopShortcutsTest {
    private static final String[] CODES = {"AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH", "III", "JJJ"};

    /** Ten states (two observers, one joining in 2000), six borders of every kind, security and culture every year. */
    static Scenario world() {
        List<StateSpec> states = new ArrayList<>();
        for (int k = 0; k < CODES.length; k++) {
            Status st = k == 3 || k == 7 ? Status.OBSERVER : Status.MEMBER;
            states.add(Fixtures.state(CODES[k], 30 + 3 * k, 60 + 5 * k, k == 9 ? Status.OTHER : st, 10 + 40 * k,
                    30 + 90 * k, k % 3 == 0, 0.3 + 0.05 * k));
        }
        List<BorderSpec> borders = List.of(
                new BorderSpec("AAA", "BBB", BorderStatus.NEGOTIATING),
                new BorderSpec("AAA", "DDD", BorderStatus.OPEN),
                new BorderSpec("CCC", "FFF", BorderStatus.NEGOTIATING, 2001),
                new BorderSpec("EEE", "JJJ", BorderStatus.SETTLED),
                new BorderSpec("BBB", "HHH", BorderStatus.OPEN),
                new BorderSpec("GGG", "III", BorderStatus.OPEN),
                new BorderSpec("BBB", "CCC", BorderStatus.OPEN),
                new BorderSpec("DDD", "EEE", BorderStatus.OPEN));   // an observer before a member
        List<ProposalSpec> proposals = new ArrayList<>();
        for (int y = 1996; y <= 2004; y++) {
            proposals.add(new ProposalSpec(y, "sec" + y, "Security " + y, Domain.SECURITY, CODES[y % 5], 50, null));
            proposals.add(new ProposalSpec(y, "cul" + y, "Culture " + y, Domain.CULTURE, CODES[(y + 2) % 5], 50, null));
        }
        // frequent exercises and talks, so that every branch of the phase is taken
        Parameters p = ParameterAccess.with(Parameters.DEFAULTS, Map.of("exerciseRate", 0.9, "talksTrust", 0.3,
                "settlementHazard", 0.5));
        return new Scenario("pairs", "Pair loop test world", 1996, 2004, 3, 5, new DecisionRule.OptOut(2), states,
                List.of(new Scenario.TradeAnchor("AAA", "BBB", 1996, 6.85)),
                new TrustSpec(0.45, List.of()), borders, List.of(new StatusEvent(2000, "JJJ", Status.MEMBER)),
                proposals, List.of(), p);
    }

    private static ScoModel afterYears(Scenario sc, long seed, int years) {
        ScoModel m = new ScoModel(sc, seed);
        m.start();
        for (int k = 0; k < years; k++) m.schedule.step(m);
        return m;
    }

    /** The security phase's pair loop as ODD 7.3 states it: every pair, ascending, exercise draw before border. */
    private static void plainSecurityPhase(ScoModel m) {
        Parameters p = m.parameters();
        MemberState[] s = m.states();
        for (MemberState st : s) {
            double exposure = st.spec().threeEvilsExposure() * m.effects().threatFactor(st.index());
            st.setThreat(SecurityPhase.threat(exposure, p.securityCooperationEffect(), st.securityCooperation()));
        }
        int exercises = 0;
        for (int i = 0; i < s.length; i++) {
            for (int j = i + 1; j < s.length; j++) {
                boolean members = s[i].status() == Status.MEMBER && s[j].status() == Status.MEMBER;
                double coop = Math.min(s[i].securityCooperation(), s[j].securityCooperation());
                if (members && coop > 0 && m.random.nextDouble() < SecurityPhase.exerciseChance(p, coop, m.trustSymmetric(i, j))) {
                    exercises++;
                    m.addTrust(i, j, p.trustGainExercise());
                    m.addTrust(j, i, p.trustGainExercise());
                }
                BorderStatus b = m.border(i, j);
                if (m.borderSettlesIn(i, j) > 0) {
                    if (b != BorderStatus.SETTLED && m.year() == m.borderSettlesIn(i, j)) settle(m, p, i, j);
                } else if (b == BorderStatus.OPEN && members && m.trustSymmetric(i, j) >= p.talksTrust()) {
                    m.setBorder(i, j, BorderStatus.NEGOTIATING);
                } else if (b == BorderStatus.NEGOTIATING
                        && m.random.nextDouble() < SecurityPhase.settlementChance(p, m.trustSymmetric(i, j))) {
                    settle(m, p, i, j);
                }
            }
        }
        m.recordExercises(exercises);
    }

    private static void settle(ScoModel m, Parameters p, int i, int j) {
        m.setBorder(i, j, BorderStatus.SETTLED);
        m.addTrust(i, j, p.trustGainSettlement());
        m.addTrust(j, i, p.trustGainSettlement());
    }

    /** Everything the phase may change, and the next draw of the random stream (so the same number were taken). */
    private static List<Object> outcome(ScoModel m) {
        List<Object> out = new ArrayList<>();
        int n = m.states().length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out.add(m.border(i, j));
                out.add(m.borderSettledYear(i, j));
                out.add(m.takeTrustChange(i, j));
            }
        }
        out.add(m.exercisesThisYear());
        out.add(m.bordersSettled());
        out.add(m.random.nextLong());
        return out;
    }

    @ParameterizedTest(name = "after {0} years")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void securityPhaseVisitsOnlyThePairsThatCanChangeAndDrawsAsThePlainLoop(int years) {
        Scenario sc = world();
        int exercised = 0;
        for (long seed = 1; seed <= 6; seed++) {
            ScoModel shortcut = afterYears(sc, seed, years), plain = afterYears(sc, seed, years);
            new SecurityPhase().step(shortcut);
            plainSecurityPhase(plain);
            exercised += shortcut.exercisesThisYear();
            assertEquals(outcome(plain), outcome(shortcut), "seed " + seed + " after " + years + " years");
        }
        if (years >= 3) assertTrue(exercised > 0, "the world holds exercises once cooperation has begun");
    }

    @Test
    void borderPartnersAreTheBorderingStatesAfterEachStateAscending() {
        ModelBasis b = ModelBasis.of(world());
        int[][] expected = {{1, 3}, {2, 7}, {5}, {4}, {9}, {}, {8}, {}, {}, {}};
        for (int i = 0; i < expected.length; i++) assertArrayEquals(expected[i], b.borderPartnersAbove(i), CODES[i]);
    }

    @Test
    void agreementsOfOneSignatorySetShareOneArray() {
        ScoModel m = afterYears(world(), 3, 9);
        List<Agreement> a = m.agreements();
        assertTrue(a.size() >= 10, "the world adopts most of its proposals");
        int shared = 0;
        for (int x = 0; x < a.size(); x++) {
            for (int y = x + 1; y < a.size(); y++) {
                boolean equal = java.util.Arrays.equals(a.get(x).signatories(), a.get(y).signatories());
                if (equal) {
                    assertSame(a.get(x).signatories(), a.get(y).signatories());
                    shared++;
                } else {
                    assertNotSame(a.get(x).signatories(), a.get(y).signatories());
                }
            }
        }
        assertTrue(shared > 0);
    }

    @Test
    void aStateWeighsASignatorySetAgainOnceItsTrustChanges() {
        ScoModel m = afterYears(world(), 2, 0);
        MemberState st = m.state(1);
        int[][] sets = {{0, 1, 2}, {1, 4, 5, 6}, {0, 2, 3, 4}, {1}, {2, 3}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {5, 6}};
        for (int round = 0; round < 3; round++) {
            for (int[] set : sets) {
                for (int repeat = 0; repeat < 2; repeat++) {
                    assertEquals(plainMean(st, set), st.policy().meanTrustInCosignatories(set), 0.0,
                            "round " + round + " set " + java.util.Arrays.toString(set));
                }
                // a change of the state's own trust, then the same set at once
                st.setTrust(set[set.length - 1] == 1 ? 0 : set[set.length - 1], 0.07 * (round + 1) + 0.01 * set.length);
                assertEquals(plainMean(st, set), st.policy().meanTrustInCosignatories(set), 0.0);
            }
        }
        // the same contents in another array are weighed on their own, with the same result
        assertEquals(st.policy().meanTrustInCosignatories(new int[]{0, 1, 2}), st.policy().meanTrustInCosignatories(sets[0]), 0.0);
    }

    private static double plainMean(MemberState st, int[] set) {
        double sum = 0;
        int others = 0;
        for (int j : set) {
            if (j == st.index()) continue;
            sum += st.trustIn(j);
            others++;
        }
        return others == 0 ? 1 : sum / others;
    }

    @Test
    void culturalExchangeBooksEachDirectionOfEachPairOnce() {
        // hand-worked: shares 0.2, 0 and 0.6 implemented this year; culture 0.1 a unit of mean share
        ScoModel m = afterYears(world(), 1, 0);
        int n = m.states().length;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m.takeTrustChange(i, j);
        double[] added = new double[n];
        added[2] = 0.2;
        added[5] = 0.0;
        added[8] = 0.6;
        Implementation.cultureTrust(m, new int[]{2, 5, 8}, added, 0.1);
        double[][] expected = new double[n][n];
        expected[2][5] = expected[5][2] = 0.1 * 0.1;
        expected[2][8] = expected[8][2] = 0.1 * 0.4;
        expected[5][8] = expected[8][5] = 0.1 * 0.3;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) assertEquals(expected[i][j], m.takeTrustChange(i, j), 1e-15, i + "->" + j);
        }
    }
}
