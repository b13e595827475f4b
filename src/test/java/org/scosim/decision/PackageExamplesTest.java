package org.scosim.decision;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.scosim.decision.TestIssues.issue;
import static org.scosim.decision.TestIssues.rule;

/** Hand-worked package deals; the comments give the arithmetic (docs/decision-core.md, section 6). */
class PackageExamplesTest {

    // Item 1: A wants 100 (salience 1), B sits at SQ 0 (salience 0.4): compromise 100/1.4 = 71.43, B vetoes.
    static final Issue ITEM1 = issue("item-1", 0, "A:100:1:1:m B:0:0.4:1:m");
    // Item 2: A sits at SQ 0 (salience 0.1), B wants 40 (1), observer X wants 100 (1): compromise 140/2.1 = 66.67.
    static final Issue ITEM2 = issue("item-2", 0, "A:0:0.1:1:m B:40:1:1:m X:100:1:1:o");

    @Test
    void eachConcedesWhereItCaresLess() {
        PackageDecision p = Decider.decidePackage(List.of(ITEM1, ITEM2), rule("unanimity"));
        // Alone: both blocked. Together, at share t: A gains 71.43t - 0.1*66.67t > 0; B gains -0.4*71.43t on item 1
        // and 66.67t on item 2 up to t = 0.6 (x2 = 40), then 80 - 66.67t: zero at 80 / (200/7 + 200/3) = 0.84.
        assertFalse(p.separate().get(0).adopted());
        assertFalse(p.separate().get(1).adopted());
        assertEquals(0.84, p.share(), 1e-12);
        assertEquals(60, p.items().get(0).outcome(), 1e-9);   // 0.84 * 500/7
        assertEquals(56, p.items().get(1).outcome(), 1e-9);   // 0.84 * 200/3
        assertEquals(List.of("A", "B"), p.signatories());
        assertEquals(List.of("B"), p.holding());
        assertEquals(54.4, p.packageGains().get("A"), 1e-9);  // 60 - 0.1*56
        assertEquals(0, p.packageGains().get("B"), 1e-9);     // -0.4*60 + (40 - 16)
        assertEquals(56, p.packageGains().get("X"), 1e-9);
        assertEquals(List.of(new PackageDecision.Concession("A", List.of("item-2"), List.of("item-1"), 5.6, 60),
                        new PackageDecision.Concession("B", List.of("item-1"), List.of("item-2"), 24, 24)),
                rounded(p.concessions()));
        assertEquals(Vote.YES, p.items().get(0).votes().get("B"));
        List<String> lines = Explainer.explainPackage("deal", List.of(ITEM1, ITEM2), p);
        assertTrue(lines.contains("A concedes on item-2 (loses 5.6) for item-1 (gains 60)."), String.join("\n", lines));
        assertTrue(lines.contains("B concedes on item-1 (loses 24) for item-2 (gains 24)."), String.join("\n", lines));
    }

    @Test
    void underOptOutTheMembersGoAheadSeparatelyWhenThatPaysMore() {
        // Opt-out, item by item: item 1 A alone at 100 (A +100); item 2 B and X at 70 (A out, B +10): 110 in sum,
        // more than the package of all (54.4 + 0), so no package.
        PackageDecision p = Decider.decidePackage(List.of(ITEM1, ITEM2), rule("opt-out:1"));
        assertFalse(p.deal());
        assertEquals(100, p.items().get(0).outcome(), 1e-9);
        assertEquals(List.of("B"), p.items().get(0).optOuts());
        assertEquals(70, p.items().get(1).outcome(), 1e-9);
        // With at least 2 needed nobody can go ahead alone: the package of all.
        PackageDecision q = Decider.decidePackage(List.of(ITEM1, ITEM2), rule("opt-out:2"));
        assertEquals(0.84, q.share(), 1e-12);
    }

    @Test
    void noDealWhenTheLossOutweighsTheGain() {
        // B cares less about item 2 (0.3): compromise there (0.3*40 + 100)/1.4 = 80; from the start B gains
        // 0.3*80t = 24t on item 2 and loses 0.4*71.43t = 28.57t on item 1: it accepts no move.
        Issue item2 = issue("item-2", 0, "A:0:0.1:1:m B:40:0.3:1:m X:100:1:1:o");
        PackageDecision p = Decider.decidePackage(List.of(ITEM1, item2), rule("unanimity"));
        assertFalse(p.deal());
        assertEquals(List.of("B"), p.holding());
        assertTrue(p.concessions().isEmpty());
        assertEquals(0, p.items().get(0).outcome(), 0);
    }

    @Test
    void itemsThatPassAloneAreNotWateredDownByThePackage() {
        // Item 3 passes at its compromise 50 alone; adding it leaves it at 50 and the deal on items 1-2 unchanged.
        Issue item3 = issue("item-3", 0, "A:50:1:1:m B:50:1:1:m");
        PackageDecision p = Decider.decidePackage(List.of(item3, ITEM1, ITEM2), rule("unanimity"));
        assertEquals(50, p.items().get(0).outcome(), 1e-12);
        assertEquals(60, p.items().get(1).outcome(), 1e-9);
        assertEquals(56, p.items().get(2).outcome(), 1e-9);
    }

    @Test
    void badPackages() {
        assertThrows(IllegalArgumentException.class, () -> Decider.decidePackage(List.of(), rule("unanimity")));
        assertThrows(IllegalArgumentException.class, () -> Decider.decidePackage(List.of(ITEM1, ITEM1), rule("unanimity")));
    }

    private static List<PackageDecision.Concession> rounded(List<PackageDecision.Concession> cs) {
        return cs.stream().map(c -> new PackageDecision.Concession(c.member(), c.conceded(), c.gainedOn(),
                Math.round(c.lost() * 1e9) / 1e9, Math.round(c.gained() * 1e9) / 1e9)).toList();
    }
}
