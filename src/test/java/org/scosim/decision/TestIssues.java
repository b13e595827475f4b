package org.scosim.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Builders shared by the decision tests. */
final class TestIssues {
    private TestIssues() {}

    /**
     * "A:100:1:1:m B:50:0.5:2:o" = name:position:salience:capability:m(ember)|o(bserver)[:gdp].
     */
    static Issue issue(String id, double sq, String actors) {
        List<Actor> list = new ArrayList<>();
        for (String spec : actors.trim().split("\\s+")) {
            String[] f = spec.split(":");
            double gdp = f.length > 5 ? Double.parseDouble(f[5]) : Double.NaN;
            list.add(new Actor(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    f[4].equals("m"), gdp, Double.NaN));
        }
        return new Issue(id, sq, list);
    }

    /** "unanimity", "cm1", "sm", "qm:0.67[:gdp]", "wm:gdp:0.6", "opt-out:3". */
    static DecisionRule rule(String s) {
        String[] f = s.trim().split(":");
        return switch (f[0]) {
            case "unanimity" -> new DecisionRule.Unanimity();
            case "cm1" -> new DecisionRule.ConsensusMinusOne();
            case "sm" -> new DecisionRule.SimpleMajority();
            case "qm" -> new DecisionRule.QualifiedMajority(Double.parseDouble(f[1]),
                    f.length > 2 ? Weighting.valueOf(f[2].toUpperCase()) : Weighting.EQUAL);
            case "wm" -> new DecisionRule.WeightedMajority(Weighting.valueOf(f[1].toUpperCase()), Double.parseDouble(f[2]));
            case "opt-out" -> new DecisionRule.OptOut(Integer.parseInt(f[1]));
            default -> throw new IllegalArgumentException(s);
        };
    }

    /**
     * A random issue: {@code members} voting members plus 0-3 non-voting actors; positions sometimes on a coarse
     * grid (ties), some saliences 0, GDP sometimes unknown.
     */
    static Issue random(SplittableRandom rnd, int members) {
        boolean coarse = rnd.nextInt(3) == 0;
        int others = rnd.nextInt(4);
        List<Actor> list = new ArrayList<>();
        for (int i = 0; i < members + others; i++) {
            double pos = coarse ? 10 * rnd.nextInt(11) : 100 * rnd.nextDouble();
            double sal = rnd.nextInt(8) == 0 ? 0 : rnd.nextDouble();
            double cap = 0.1 + 100 * rnd.nextDouble() * rnd.nextDouble();
            double gdp = rnd.nextBoolean() ? cap * (0.5 + rnd.nextDouble()) : Double.NaN;
            list.add(new Actor("S" + i, pos, sal, cap, i < members, gdp, Double.NaN));
        }
        double sq = coarse ? 10 * rnd.nextInt(11) : 100 * rnd.nextDouble();
        return new Issue("r", sq, list);
    }
}
