package org.scosim.cli;

import org.scosim.decision.Actor;
import org.scosim.decision.Decider;
import org.scosim.decision.DecisionRule;
import org.scosim.decision.Issue;
import org.scosim.decision.Weighting;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** {@code scosim bench --decision-core}: the decision core on 400 actors and on a package of 10 issues. */
final class DecisionCoreBench {
    private DecisionCoreBench() {}

    static final int ACTORS = 400, MEMBERS = 300, ITEMS = 10;

    static void run(int n, int warmup) {
        // Fixed seed: the same random issues on every run (positions, saliences and capabilities uniform).
        Random rnd = new Random(20_26);
        List<Issue> items = new ArrayList<>();
        for (int j = 0; j < ITEMS; j++) {
            List<Actor> list = new ArrayList<>();
            for (int i = 0; i < ACTORS; i++) {
                list.add(new Actor("S" + i, 100 * rnd.nextDouble(), rnd.nextDouble(), 1 + 10 * rnd.nextDouble(), i < MEMBERS));
            }
            items.add(new Issue("item" + j, 100 * rnd.nextDouble(), list));
        }
        System.out.printf("decision core: %d actors (%d members) per issue, packages of %d issues; %d measured calls "
                + "per case after %d warm-up%n", ACTORS, MEMBERS, ITEMS, n, warmup);
        List<DecisionRule> rules = List.of(new DecisionRule.Unanimity(), new DecisionRule.ConsensusMinusOne(),
                new DecisionRule.OptOut(2), new DecisionRule.QualifiedMajority(0.67, Weighting.EQUAL),
                new DecisionRule.SimpleMajority());
        for (DecisionRule r : rules) {
            String name = org.scosim.io.RuleReader.toCli(r);
            BenchCommand.measure("decide " + name, n, warmup, k -> Decider.decide(items.get(k % ITEMS), r), "call");
            BenchCommand.measure("package " + name, n, warmup, k -> Decider.decidePackage(items, r), "call");
        }
    }
}
