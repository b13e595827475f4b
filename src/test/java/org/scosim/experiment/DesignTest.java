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
    void aContinuousRangeHasItsEndsAtSixDigitsAndNoList() {
        VarySpec s = VarySpec.parse("parameters.trustDecay= 0.02 : 0.2 ");
        assertTrue(s.continuous() && s.numeric());
        assertFalse(s.isRange());
        assertEquals(List.of(), s.values());
        assertArrayEquals(new double[] {0.02, 0.2}, s.range());
        assertEquals("parameters.trustDecay=0.02:0.2", s.canonicalText());
        // the ends taken at six significant digits: 0.12345678 is 0.123457
        assertArrayEquals(new double[] {0.123457, 1}, VarySpec.parse("x=0.12345678:1.0000004").range());
        assertEquals(List.of(-2.0, 3.0), java.util.Arrays.stream(VarySpec.parse("x=-2:3").range()).boxed().toList());
        // a list and a stepped range say what they are, and differ from the continuous range of the same ends
        assertEquals("x=0.02,0.2", VarySpec.parse("x=0.02,0.2").canonicalText());
        assertNotEquals(VarySpec.parse("x=0.02:0.2").canonicalText(), VarySpec.parse("x=0.02:0.3").canonicalText());
    }

    @Test
    void aContinuousRangeMustBeOneAndGoUp() {
        for (String bad : List.of("x=0.2:0.02", "x=1:1", "x=0.1000001:0.1000002", "x=1:1e999", "x=a:b", "x=1:", "x=:1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VarySpec.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--vary '" + bad + "'"), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VarySpec.parse("x=0.1000001:0.1000002"))
                .getMessage().endsWith("needs min below max at six significant digits (0.1 both)"));
        IllegalArgumentException grid = assertThrows(IllegalArgumentException.class,
                () -> Design.grid(List.of(VarySpec.parse("a=1,2"), VarySpec.parse("b=0:0.5"))));
        assertEquals("--vary 'b=0:0.5': min:max is a continuous range, for --design lhs; a grid needs a list of values "
                + "or a range from:step:to, e.g. b=0:0.05:0.5", grid.getMessage());
    }

    @Test
    void aContinuousRangeGivesEachStratumOnePointInsideTheRange() {
        // 1,000 points over [0.3, 0.7] and [-5, -4]. One point a stratum means: the i-th smallest value lies in
        // stratum i, give or take the half unit of the sixth digit the rounding may move it by (5e-7 near 0.5, 5e-6
        // near 4.5; the strata are 0.0004 and 0.001 wide). Every value between the ends, written with six digits.
        List<VarySpec> specs = List.of(VarySpec.parse("a=0.3:0.7"), VarySpec.parse("b=-5:-4"));
        List<Design.Point> points = Design.lhs(specs, 1000, 7);
        double[][] ends = {{0.3, 0.7, 5e-7}, {-5, -4, 5e-6}};
        for (int d = 0; d < 2; d++) {
            double min = ends[d][0], max = ends[d][1], half = ends[d][2], width = (max - min) / 1000;
            double[] x = new double[1000];
            Set<String> distinct = new HashSet<>();
            for (int i = 0; i < 1000; i++) {
                String text = points.get(i).values().get(d);
                x[i] = Double.parseDouble(text);
                assertTrue(x[i] >= min && x[i] <= max, text);
                assertEquals(text, org.scosim.output.Num.format(x[i]), "six significant digits: " + text);
                distinct.add(text);
            }
            java.util.Arrays.sort(x);
            for (int i = 0; i < 1000; i++) {
                double lo = min + i * width - half - 1e-12, hi = min + (i + 1) * width + half + 1e-12;
                assertTrue(x[i] >= lo && x[i] <= hi, "value " + i + " of path " + d + ": " + x[i] + " not in stratum " + i);
            }
            assertTrue(distinct.size() >= 990, "nearly every point its own value: " + distinct.size());
        }
        assertEquals(points, Design.lhs(specs, 1000, 7));
        // a range so narrow that six digits leave three values: every drawn value is one of them, ends included
        Set<String> narrow = new HashSet<>();
        for (Design.Point p : Design.lhs(List.of(VarySpec.parse("c=1.00001:1.00003")), 300, 1)) narrow.add(p.values().get(0));
        assertEquals(Set.of("1.00001", "1.00002", "1.00003"), narrow);
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
