package org.scosim.decision;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Properties of consensus, opt-out and package deals on many random issues from seeded generators, checked against
 * independent oracles: a brute-force search over candidate texts, and utilities recomputed from the positions.
 */
class ConsensusPackagePropertyTest {

    static final List<DecisionRule> CONSENSUS = List.of(new DecisionRule.Unanimity(), new DecisionRule.ConsensusMinusOne(),
            new DecisionRule.OptOut(1), new DecisionRule.OptOut(3), new DecisionRule.OptOut(20));

    static final List<DecisionRule> ALL = List.of(new DecisionRule.Unanimity(), new DecisionRule.ConsensusMinusOne(),
            new DecisionRule.QualifiedMajority(0.67, Weighting.EQUAL), new DecisionRule.SimpleMajority(),
            new DecisionRule.WeightedMajority(Weighting.GDP, 0.5), new DecisionRule.OptOut(1), new DecisionRule.OptOut(3));

    /**
     * A random issue: as {@link TestIssues#random} half the time; otherwise every member on one side of the status
     * quo (or indifferent) and heavy non-voting actors on the other, the case where consensus must not fail.
     */
    static Issue randomIssue(Random rnd, String id) {
        int members = 1 + rnd.nextInt(9);
        boolean oneSided = rnd.nextBoolean();
        boolean coarse = rnd.nextInt(3) == 0;
        double sq = coarse ? 10 * (1 + rnd.nextInt(9)) : 5 + 90 * rnd.nextDouble();
        int side = rnd.nextBoolean() ? 1 : -1;
        List<Actor> list = new ArrayList<>();
        int others = rnd.nextInt(4);
        for (int i = 0; i < members + others; i++) {
            boolean member = i < members;
            double pos;
            if (oneSided) {
                double room = side > 0 ? 100 - sq : sq;
                double off = coarse ? Math.ceil(room * rnd.nextDouble() / 5) * 5 : room * rnd.nextDouble();
                pos = sq + (member ? side : -side) * Math.min(room, off);
                if (side > 0 ? pos > 100 : pos < 0) pos = sq;
            } else {
                pos = coarse ? 10 * rnd.nextInt(11) : 100 * rnd.nextDouble();
            }
            double sal = rnd.nextInt(8) == 0 ? 0 : rnd.nextDouble();
            double cap = (member ? 1 : 1 + 50 * rnd.nextDouble()) * (0.1 + 10 * rnd.nextDouble());
            double gdp = rnd.nextBoolean() ? cap * (0.5 + rnd.nextDouble()) : Double.NaN;
            list.add(new Actor("S" + i, pos, sal, cap, member, gdp, Double.NaN));
        }
        return new Issue(id, sq, list);
    }

    /** Oracle: a text other than SQ that every member weakly prefers to SQ and at least one member strictly. */
    static boolean someTextBeatsTheStatusQuoForAll(Issue issue) {
        double q = issue.statusQuo();
        List<Double> candidates = new ArrayList<>();
        for (int g = 0; g <= 400; g++) candidates.add(g * 0.25);
        for (Actor a : issue.actors()) {
            candidates.add(a.position());
            candidates.add((a.position() + q) / 2);
        }
        for (double x : candidates) {
            if (Math.abs(x - q) <= 1e-6) continue;
            boolean all = true, some = false;
            for (Actor a : issue.actors()) {
                if (!a.member() || a.salience() == 0) continue;
                double now = Math.abs(q - a.position()), then = Math.abs(x - a.position());
                if (then > now + 1e-12) { all = false; break; }
                if (then < now - 1e-9) some = true;
            }
            if (all && some) return true;
        }
        return false;
    }

    @RepeatedTest(5)
    void consensusAdoptsWheneverATextBeatsTheStatusQuoForAll(RepetitionInfo info) {
        Random rnd = new Random(1000 + info.getCurrentRepetition());
        int found = 0;
        for (int t = 0; t < 400; t++) {
            Issue issue = randomIssue(rnd, "r");
            if (!someTextBeatsTheStatusQuoForAll(issue)) continue;
            found++;
            for (DecisionRule r : CONSENSUS) {
                Decision d = Decider.decide(issue, r);
                assertTrue(d.adopted(), () -> r + " adopts nothing although a text beats the status quo for all: " + issue + " -> " + d);
            }
        }
        assertTrue(found > 100, "the generator should produce many issues with a consensus text: " + found);
    }

    @RepeatedTest(5)
    void optOutAdoptsWheneverUnanimityDoes(RepetitionInfo info) {
        Random rnd = new Random(2000 + info.getCurrentRepetition());
        for (int t = 0; t < 400; t++) {
            Issue issue = rnd.nextBoolean() ? randomIssue(rnd, "r")
                    : TestIssues.random(new java.util.SplittableRandom(rnd.nextLong()), 1 + rnd.nextInt(12));
            Decision u = Decider.decide(issue, new DecisionRule.Unanimity());
            for (int m = 1; m <= 8; m++) {
                DecisionRule.OptOut rule = new DecisionRule.OptOut(m);
                Decision o = Decider.decide(issue, rule);
                if (u.adopted()) assertTrue(o.adopted(), () -> rule + " adopts nothing where unanimity adopts " + u.outcome() + ": " + issue);
                if (o.optOuts().isEmpty()) {
                    // Nobody stays out: this is the consensus of all, the unanimity outcome itself.
                    assertEquals(u.adopted(), o.adopted());
                    assertEquals(u.outcome(), o.outcome(), 0.0);
                } else {
                    assertTrue(o.participants().size() >= m);
                }
                // Not divisible (membership): the consensus of all, whatever minParticipants.
                Issue whole = new Issue(issue.id(), issue.statusQuo(), issue.actors(), false);
                Decision w = Decider.decide(whole, rule);
                assertEquals(u.adopted(), w.adopted());
                assertEquals(u.outcome(), w.outcome(), 0.0);
                assertEquals(u.participants(), w.participants());
                assertTrue(w.optOuts().isEmpty());
            }
        }
    }

    /** A random package: 1-5 items over one pool of actors, each actor absent from an item now and then. */
    static List<Issue> randomPackage(Random rnd) {
        int k = 1 + rnd.nextInt(5);
        int members = 1 + rnd.nextInt(7), others = rnd.nextInt(3);
        List<Issue> items = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            boolean coarse = rnd.nextInt(3) == 0;
            List<Actor> list = new ArrayList<>();
            for (int i = 0; i < members + others; i++) {
                if (i > 0 && rnd.nextInt(8) == 0) continue;
                double pos = coarse ? 10 * rnd.nextInt(11) : 100 * rnd.nextDouble();
                double sal = rnd.nextInt(8) == 0 ? 0 : rnd.nextDouble();
                list.add(new Actor("S" + i, pos, sal, 1 + i % 3, i < members, 2.0 + i, Double.NaN));
            }
            double sq = coarse ? 10 * rnd.nextInt(11) : 100 * rnd.nextDouble();
            items.add(new Issue("item" + j, sq, list));
        }
        return items;
    }

    /** Sum over the items of salience x (|SQ - p| - |x - p|), for the items where the member is bound. */
    static double packageGain(List<Issue> items, List<Decision> ds, String name, boolean onlyWhereBound) {
        double g = 0;
        for (int j = 0; j < items.size(); j++) {
            Issue it = items.get(j);
            Decision d = ds.get(j);
            if (onlyWhereBound && !d.participants().contains(name)) continue;
            for (Actor a : it.actors()) {
                if (!a.name().equals(name)) continue;
                g += a.salience() * (Math.abs(it.statusQuo() - a.position()) - Math.abs(d.outcome() - a.position()));
            }
        }
        return g;
    }

    static List<String> memberNames(List<Issue> items) {
        List<String> names = new ArrayList<>();
        for (Issue it : items) for (Actor a : it.actors()) if (a.member() && !names.contains(a.name())) names.add(a.name());
        return names;
    }

    @RepeatedTest(5)
    void noParticipantOfAPackageIsWorseOffThanUnderTheStatusQuo(RepetitionInfo info) {
        Random rnd = new Random(3000 + info.getCurrentRepetition());
        int deals = 0;
        for (int t = 0; t < 300; t++) {
            List<Issue> items = randomPackage(rnd);
            for (DecisionRule r : ALL) {
                PackageDecision p = Decider.decidePackage(items, r);
                if (p.deal()) deals++;
                boolean consensus = r instanceof DecisionRule.Unanimity || r instanceof DecisionRule.OptOut;
                for (String name : memberNames(items)) {
                    double withDeal = packageGain(items, p.items(), name, false);
                    if (consensus) {
                        double bound = packageGain(items, p.items(), name, true);
                        assertTrue(bound >= -1e-9, () -> name + " loses " + bound + " under " + r + ": " + p);
                    }
                    if (p.signatories().contains(name)) {
                        // A signatory gains at least as much as from the items decided one by one.
                        double alone = packageGain(items, p.separate(), name, false);
                        assertTrue(withDeal >= alone - 1e-9, () -> name + " signs a package worse than the separate decisions: " + p);
                    }
                }
                if (p.deal()) {
                    // The signatories form a winning coalition under the rule (the consensus of all under opt-out).
                    List<String> mem = memberNames(items);
                    Collections.sort(mem);
                    boolean[] yes = new boolean[mem.size()];
                    double[] w = new double[mem.size()];
                    DecisionRule test = r instanceof DecisionRule.OptOut ? new DecisionRule.Unanimity() : r;
                    for (int i = 0; i < yes.length; i++) {
                        yes[i] = p.signatories().contains(mem.get(i));
                        for (Issue it : items) for (Actor a : it.actors()) if (a.name().equals(mem.get(i))) { w[i] = test.voteWeight(a); break; }
                    }
                    assertTrue(test.isWinning(yes, w), () -> p.toString());
                }
            }
        }
        assertTrue(deals > 50, "the generator should produce package deals: " + deals);
    }

    /**
     * Under unanimity the package goes exactly as far along the line from the separate decisions to the targets as
     * every member accepts: checked on a grid of 200 steps against utilities recomputed from the positions.
     */
    @RepeatedTest(3)
    void unanimityPackageGoesAsFarAsEveryMemberAccepts(RepetitionInfo info) {
        Random rnd = new Random(3500 + info.getCurrentRepetition());
        DecisionRule u = new DecisionRule.Unanimity();
        for (int t = 0; t < 200; t++) {
            List<Issue> items = randomPackage(rnd);
            PackageDecision p = Decider.decidePackage(items, u);
            double[] x0 = new double[items.size()], dir = new double[items.size()];
            for (int j = 0; j < items.size(); j++) {
                x0[j] = p.separate().get(j).outcome();
                double target = Decider.target(items.get(j), u);
                dir[j] = Double.isNaN(target) ? 0 : target - x0[j];
            }
            double best = 0;   // the largest grid step every member accepts, scanning up from 0
            for (int g = 1; g <= 200; g++) {
                double share = g / 200.0;
                if (!everyMemberAccepts(items, x0, dir, share)) break;
                best = share;
            }
            double found = p.share();
            boolean moves = false;
            for (double d : dir) moves |= Math.abs(d) > 1e-9;
            if (!moves) continue;
            assertTrue(found >= best - 1e-9, () -> "stops at " + found + " though all accept " + items);
            assertTrue(found < best + 1.0 / 200 + 1e-9, () -> "goes to " + found + " though some refuse beyond " + items);
            if (found > 0) assertTrue(everyMemberAccepts(items, x0, dir, found));
        }
    }

    private static boolean everyMemberAccepts(List<Issue> items, double[] x0, double[] dir, double share) {
        for (String name : memberNames(items)) {
            double change = 0;
            for (int j = 0; j < items.size(); j++) {
                for (Actor a : items.get(j).actors()) {
                    if (!a.name().equals(name)) continue;
                    double x = x0[j] + share * dir[j];
                    change += a.salience() * (Math.abs(x0[j] - a.position()) - Math.abs(x - a.position()));
                }
            }
            if (change < -1e-9) return false;
        }
        return true;
    }

    @RepeatedTest(5)
    void packageOutcomesDoNotDependOnTheOrderOfActorsOrItems(RepetitionInfo info) {
        Random rnd = new Random(4000 + info.getCurrentRepetition());
        for (int t = 0; t < 150; t++) {
            List<Issue> items = randomPackage(rnd);
            List<Issue> shuffled = new ArrayList<>();
            for (Issue it : items) {
                List<Actor> as = new ArrayList<>(it.actors());
                Collections.shuffle(as, rnd);
                shuffled.add(new Issue(it.id(), it.statusQuo(), as));
            }
            Collections.shuffle(shuffled, rnd);
            for (DecisionRule r : ALL) {
                PackageDecision a = Decider.decidePackage(items, r), b = Decider.decidePackage(shuffled, r);
                assertEquals(a.share(), b.share(), 0.0);
                assertEquals(a.signatories(), b.signatories());
                assertEquals(a.holding(), b.holding());
                assertEquals(a.concessions(), b.concessions());
                assertEquals(a.packageGains(), b.packageGains());
                Map<String, Decision> byId = new HashMap<>();
                for (Decision d : b.items()) byId.put(d.issueId(), d);
                for (Decision d : a.items()) {
                    Decision e = byId.get(d.issueId());
                    assertEquals(d.outcome(), e.outcome(), 0.0);   // bit-identical
                    assertEquals(d, e);
                }
            }
        }
    }

    @RepeatedTest(3)
    void singleIssueOutcomesDoNotDependOnActorOrder(RepetitionInfo info) {
        Random rnd = new Random(5000 + info.getCurrentRepetition());
        for (int t = 0; t < 200; t++) {
            Issue issue = randomIssue(rnd, "r");
            List<Actor> as = new ArrayList<>(issue.actors());
            Collections.shuffle(as, rnd);
            Issue other = new Issue("r", issue.statusQuo(), as);
            for (DecisionRule r : ALL) assertEquals(Decider.decide(issue, r), Decider.decide(other, r));
        }
    }

    /** A package of one item is that item decided on its own. */
    @Test
    void aPackageOfOneIsTheItemAlone() {
        Random rnd = new Random(6000);
        for (int t = 0; t < 200; t++) {
            Issue issue = randomIssue(rnd, "r");
            for (DecisionRule r : ALL) {
                PackageDecision p = Decider.decidePackage(List.of(issue), r);
                assertEquals(Decider.decide(issue, r), p.items().get(0), () -> issue + " " + r);
            }
        }
    }

    /** Generous sanity bound only; speed is measured by the benchmark note in docs/decision-core.md. */
    @Test
    void fourHundredActorsAndTenItemsAnswerQuickly() {
        Random rnd = new Random(7000);
        List<Issue> items = new ArrayList<>();
        for (int j = 0; j < 10; j++) {
            List<Actor> list = new ArrayList<>();
            for (int i = 0; i < 400; i++)
                list.add(new Actor("S" + i, 100 * rnd.nextDouble(), rnd.nextDouble(), 1 + 10 * rnd.nextDouble(), i < 300));
            items.add(new Issue("item" + j, 100 * rnd.nextDouble(), list));
        }
        long t0 = System.nanoTime();
        for (DecisionRule r : ALL) {
            Decider.decide(items.get(0), r);
            Decider.decidePackage(items, r);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 20, "7 rules x (one issue + a package of 10) on 400 actors took " + seconds + " s");
    }
}
