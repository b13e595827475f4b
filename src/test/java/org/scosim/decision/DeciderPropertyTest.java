package org.scosim.decision;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** Properties that must hold on every issue, checked on random issues with fixed seeds. */
class DeciderPropertyTest {

    static final List<DecisionRule> RULES = List.of(
            new DecisionRule.Unanimity(),
            new DecisionRule.ConsensusMinusOne(),
            new DecisionRule.QualifiedMajority(0.67, Weighting.EQUAL),
            new DecisionRule.QualifiedMajority(2.0 / 3.0, Weighting.GDP),
            new DecisionRule.WeightedMajority(Weighting.CAPABILITY, 0.6),
            new DecisionRule.WeightedMajority(Weighting.GDP, 0.5),
            new DecisionRule.SimpleMajority(),
            new DecisionRule.OptOut(1),
            new DecisionRule.OptOut(3));

    static final int ISSUES = 400;

    static SplittableRandom rnd(RepetitionInfo info, long salt) {
        return new SplittableRandom(0x5C0_0000L + 7919L * info.getCurrentRepetition() + salt);
    }

    @RepeatedTest(5)
    void outcomeLiesBetweenStatusQuoAndPositions(RepetitionInfo info) {
        SplittableRandom rnd = rnd(info, 1);
        for (int t = 0; t < ISSUES; t++) {
            Issue issue = TestIssues.random(rnd, 1 + rnd.nextInt(15));
            double lo = issue.statusQuo(), hi = issue.statusQuo();
            for (Actor a : issue.actors()) {
                lo = Math.min(lo, a.position());
                hi = Math.max(hi, a.position());
            }
            for (DecisionRule r : RULES) {
                Decision d = Decider.decide(issue, r);
                assertTrue(d.outcome() >= lo - 1e-9 && d.outcome() <= hi + 1e-9, () -> d + " outside range");
                if (!d.adopted()) assertEquals(issue.statusQuo(), d.outcome());
                else assertNotEquals(issue.statusQuo(), d.outcome());
                // Between SQ and what the rule bargains towards: the compromise of all actors, or the members' own
                // when nothing towards the former is acceptable.
                double c = Decider.target(issue, r);
                if (d.adopted()) {
                    assertTrue((d.outcome() - issue.statusQuo()) * (c - issue.statusQuo()) > 0, () -> d.toString());
                }
            }
        }
    }

    @RepeatedTest(5)
    void unanimityLeavesNoMemberWorseOff(RepetitionInfo info) {
        SplittableRandom rnd = rnd(info, 2);
        for (int t = 0; t < ISSUES; t++) {
            Issue issue = TestIssues.random(rnd, 1 + rnd.nextInt(15));
            Decision u = Decider.decide(issue, new DecisionRule.Unanimity());
            Decision o = Decider.decide(issue, new DecisionRule.OptOut(1));
            for (Actor a : issue.actors()) {
                if (!a.member()) continue;
                assertTrue(u.gains().get(a.name()) >= -1e-9, () -> a.name() + " loses under unanimity: " + u);
                assertTrue(o.gains().get(a.name()) >= -1e-9, () -> a.name() + " loses under opt-out: " + o);
                if (u.adopted()) assertEquals(Vote.YES, u.votes().get(a.name()));
            }
        }
    }

    /**
     * Unanimity <= consensus-minus-one <= qualified majority 0.67 <= simple majority in votes needed, which holds for
     * 7 or more members (with 3 members consensus-minus-one needs 2 but 0.67 needs 3). A rule needing fewer votes
     * adopts whenever a stricter one does, and moves at least as far from the status quo.
     */
    @RepeatedTest(5)
    void laxerRulesAdoptAtLeastAsOften(RepetitionInfo info) {
        SplittableRandom rnd = rnd(info, 3);
        List<DecisionRule> chain = List.of(new DecisionRule.Unanimity(), new DecisionRule.ConsensusMinusOne(),
                new DecisionRule.QualifiedMajority(0.67, Weighting.EQUAL), new DecisionRule.SimpleMajority());
        int[] adopted = new int[chain.size()];
        for (int t = 0; t < ISSUES; t++) {
            Issue issue = TestIssues.random(rnd, 7 + rnd.nextInt(9));
            Decision prev = null;
            for (int k = 0; k < chain.size(); k++) {
                Decision d = Decider.decide(issue, chain.get(k));
                if (d.adopted()) adopted[k]++;
                if (prev != null) {
                    Decision p = prev;
                    assertTrue(!p.adopted() || d.adopted(), () -> p.rule() + " adopts but " + d.rule() + " does not");
                    // Farther in the same direction (a stricter rule may only agree towards the members' compromise).
                    double q = issue.statusQuo();
                    if ((d.outcome() - q) * (p.outcome() - q) > 0)
                        assertTrue(Math.abs(d.outcome() - q) >= Math.abs(p.outcome() - q) - 1e-9);
                }
                prev = d;
            }
        }
        for (int k = 1; k < adopted.length; k++) assertTrue(adopted[k] >= adopted[k - 1]);
        assertTrue(adopted[3] > adopted[0], "the random issues should discriminate between rules");
    }

    /** The same holds for any two threshold rules on the same weights, at any size. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 9, 15})
    void lowerThresholdAdoptsAtLeastAsOften(int members) {
        SplittableRandom rnd = new SplittableRandom(members * 31L);
        double[] ts = {1.0, 0.75, 2.0 / 3.0, 0.5, 0.3};
        for (Weighting w : Weighting.values()) {
            for (int t = 0; t < 100; t++) {
                Issue issue = TestIssues.random(rnd, members);
                double last = 0;   // signed move off SQ under the previous (higher) threshold
                for (double th : ts) {
                    Decision d = Decider.decide(issue, new DecisionRule.WeightedMajority(w, th));
                    double moved = d.outcome() - issue.statusQuo();
                    double prev = last;
                    // Adopts whenever a higher threshold does; farther when in the same direction (a higher
                    // threshold may only pass the members' own compromise, on the other side).
                    assertTrue(prev == 0 || moved != 0, () -> w + " " + th + " " + d);
                    if (prev * moved > 0) assertTrue(Math.abs(moved) >= Math.abs(prev) - 1e-9, () -> w + " " + th + " " + d);
                    last = moved;
                }
            }
        }
    }

    @RepeatedTest(5)
    void independentOfActorOrder(RepetitionInfo info) {
        SplittableRandom rnd = rnd(info, 4);
        Random shuffler = new Random(info.getCurrentRepetition());
        for (int t = 0; t < ISSUES / 4; t++) {
            Issue issue = TestIssues.random(rnd, 1 + rnd.nextInt(15));
            List<Actor> shuffled = new ArrayList<>(issue.actors());
            Collections.shuffle(shuffled, shuffler);
            Issue other = new Issue(issue.id(), issue.statusQuo(), shuffled);
            for (DecisionRule r : RULES) {
                Decision a = Decider.decide(issue, r), b = Decider.decide(other, r);
                assertEquals(a.adopted(), b.adopted());
                assertEquals(a.outcome(), b.outcome(), 0.0);   // bit-identical
                assertEquals(a.participants(), b.participants());
                assertEquals(a.vetoes(), b.vetoes());
                assertEquals(a.optOuts(), b.optOuts());
                assertEquals(a.pivotal(), b.pivotal());
                assertEquals(a.votes(), b.votes());
                assertEquals(a.gains(), b.gains());
                assertEquals(a, new Decision(b.issueId(), b.rule(), b.adopted(), b.outcome(), b.participants(),
                        b.vetoes(), b.optOuts(), b.pivotal(), b.votes(), b.gains()));
            }
        }
    }

    @RepeatedTest(3)
    void resultIsConsistent(RepetitionInfo info) {
        SplittableRandom rnd = rnd(info, 5);
        for (int t = 0; t < ISSUES; t++) {
            Issue issue = TestIssues.random(rnd, 1 + rnd.nextInt(15));
            double q = issue.statusQuo();
            for (DecisionRule r : RULES) {
                Decision d = Decider.decide(issue, r);
                assertEquals(issue.actors().size(), d.votes().size());
                assertEquals(issue.actors().size(), d.gains().size());
                for (Actor a : issue.actors()) {
                    Vote v = d.votes().get(a.name());
                    if (!a.member()) assertEquals(Vote.NO_VOTE, v);
                    if (v == Vote.OPT_OUT) {
                        assertTrue(d.optOuts().contains(a.name()));
                        assertEquals(0.0, d.gains().get(a.name()));
                    }
                    if (d.adopted() && d.participants().contains(a.name())) {
                        // a participant accepts the outcome iff it does not lose (indifference counts as accepting)
                        assertEquals(v == Vote.YES, d.gains().get(a.name()) >= -1e-9 * (1 + Math.abs(q)), () -> a + " " + d);
                    }
                }
                if (d.adopted()) {
                    // The yes-voters on the outcome form a winning coalition under the rule.
                    List<Actor> mem = issue.actors().stream().filter(Actor::member).toList();
                    boolean[] yes = new boolean[mem.size()];
                    double[] w = new double[mem.size()];
                    for (int k = 0; k < yes.length; k++) {
                        yes[k] = d.votes().get(mem.get(k).name()) != Vote.NO;
                        w[k] = r.voteWeight(mem.get(k));
                    }
                    if (!(r instanceof DecisionRule.OptOut)) assertTrue(r.isWinning(yes, w), () -> d.toString());
                    else if (!d.optOuts().isEmpty()) // minParticipants limits going ahead without some only
                        assertTrue(d.participants().size() >= ((DecisionRule.OptOut) r).minParticipants());
                    else assertEquals(mem.size(), d.participants().size());
                }
                if (!(r instanceof DecisionRule.OptOut)) {
                    // A veto strictly prefers the status quo to the compromise; when blocked, votes are on the compromise.
                    double c = Decider.target(issue, r);
                    for (String v : d.vetoes()) {
                        Actor a = issue.actors().stream().filter(x -> x.name().equals(v)).findFirst().orElseThrow();
                        assertTrue(a.salience() * (Math.abs(c - a.position()) - Math.abs(q - a.position())) > 0, () -> v + " " + d);
                        if (!d.adopted()) assertEquals(Vote.NO, d.votes().get(v));
                    }
                    if (d.adopted() && Math.abs(d.outcome() - c) > 1e-9) assertFalse(d.vetoes().isEmpty(), () -> d.toString());
                }
            }
        }
    }
}
