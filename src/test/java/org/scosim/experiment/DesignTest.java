package org.scosim.experiment;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class DesignTest {

    @Test
    void rangesAreInclusiveWithinAFloatTolerance() {
        VarySpec s = VarySpec.parse("parameters.trustDecay=0.01:0.01:0.1");
        assertEquals(10, s.values().size());
        assertEquals("0.01", s.values().get(0));
        assertEquals("0.03", s.values().get(2));
        assertEquals("0.1", s.values().get(9));
        assertTrue(s.numeric());
        assertEquals(List.of("5", "4", "3"), VarySpec.parse("x=5:-1:3").values());
        assertEquals(List.of("0", "0.3", "0.6", "0.9"), VarySpec.parse("x=0:0.3:1").values());
    }

    @Test
    void listsAndNames() {
        VarySpec n = VarySpec.parse("rule.threshold=0.5,0.67,0.80");
        assertEquals(List.of("0.5", "0.67", "0.8"), n.values());
        assertTrue(n.numeric());
        VarySpec t = VarySpec.parse("rule.type=unanimity, opt-out");
        assertEquals(List.of("unanimity", "opt-out"), t.values());
        assertFalse(t.numeric());
        assertEquals("rule.type=opt-out", t.override("opt-out").text());
    }

    @Test
    void badSyntaxIsExplained() {
        for (String bad : List.of("rule.threshold", "=1,2", "rule..x=1", "x=", "x=1,,2", "x=1:0:2", "x=2:1:1",
                "x=1:a:2", "x=0:1e-9:1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VarySpec.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--vary '" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void gridIsTheCartesianProductFirstPathSlowest() {
        List<Design.Point> p = Design.grid(List.of(VarySpec.parse("a=1,2"), VarySpec.parse("b=x,y,z")));
        assertEquals(6, p.size());
        assertEquals(List.of("1", "x"), p.get(0).values());
        assertEquals(List.of("1", "y"), p.get(1).values());
        assertEquals(List.of("2", "z"), p.get(5).values());
        assertEquals(6, p.get(5).run());
    }

    @Test
    void latinHypercubeIsDeterministicAndFillsEveryStratum() {
        List<VarySpec> specs = List.of(VarySpec.parse("a=0:0.001:1"), VarySpec.parse("b=1:1:5"), VarySpec.parse("c=p,q"));
        List<Design.Point> one = Design.lhs(specs, 10, 42);
        assertEquals(one, Design.lhs(specs, 10, 42));
        assertNotEquals(one, Design.lhs(specs, 10, 43));
        Set<Integer> strata = new HashSet<>();
        int q = 0;
        for (Design.Point p : one) {
            double a = Double.parseDouble(p.values().get(0));
            strata.add((int) Math.min(9, Math.floor(a * 10 + 1e-9)));
            String b = p.values().get(1);
            assertTrue(b.matches("[1-5]"), "integer step keeps integers: " + b);
            if (p.values().get(2).equals("q")) q++;
        }
        assertEquals(10, strata.size(), "one point per stratum of a");
        assertEquals(5, q, "names spread evenly");
    }

    @Test
    void permutationsAreEveryOrderEquallyOften() {
        // all 4! = 24 orders of 0..3 counted over 24,000 draws: each a permutation, each order 1,000 times expected
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(17);
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (int n = 0; n < 24_000; n++) {
            int[] p = Design.permutation(4, rnd);
            assertArrayEquals(new int[]{0, 1, 2, 3}, java.util.Arrays.stream(p).sorted().toArray());
            count.merge(java.util.Arrays.toString(p), 1, Integer::sum);
        }
        assertEquals(24, count.size());
        // binomial s.d. sqrt(24000 x 1/24 x 23/24) = 31; 5 s.d. either way
        for (int c : count.values()) assertEquals(1000, c, 155);
        assertArrayEquals(new int[]{0}, Design.permutation(1, rnd));
        assertEquals(0, Design.permutation(0, rnd).length);
    }
}
