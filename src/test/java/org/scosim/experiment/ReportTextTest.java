package org.scosim.experiment;

import org.junit.jupiter.api.Test;
import org.scosim.experiment.report.HtmlReport;

import static org.junit.jupiter.api.Assertions.*;

class ReportTextTest {
    static final String[] ADOPTED = HtmlReport.keyMeasures().get(0);
    static final String[] TRUST = HtmlReport.keyMeasures().get(2);

    static Comparison.Row row(double mean, double base, double diff, double lo, double hi, double p) {
        return new Comparison.Row(new ValueSeries.Key("x", "SCO"), 2016, 1,
                new PairedStats.Result(100, mean, base, diff, lo, hi, p, p, 0.5));
    }

    @Test
    void aClearDecreaseInPlainWords() {
        String s = HtmlReport.sentence(ADOPTED, row(62, 100, -38, -45, -31, 1e-9), "unanimity", "opt-out");
        assertEquals("Under unanimity, 38% fewer agreements are adopted by 2016 than under opt-out "
                + "(95% CI 31% to 45%; means 62 and 100).", s);
    }

    @Test
    void anIncreaseOfAnAmountAndAnUnclearDifference() {
        assertEquals("Under b, mean trust among members in 2016 is 10% higher than under a (95% CI 5.0% to 15%; means 0.55 and 0.5).",
                HtmlReport.sentence(TRUST, row(0.55, 0.5, 0.05, 0.025, 0.075, 0.001), "b", "a"));
        String unclear = HtmlReport.sentence(ADOPTED, row(49, 50, -1, -3, 1, 0.4), "b", "a");
        assertTrue(unclear.contains("95% CI from 6.0% fewer to 2.0% more: not distinguishable from no difference, "
                + "paired t-test p = 0.400"), unclear);
    }

    @Test
    void identicalRunsAndAZeroBaseline() {
        assertEquals("Under b, as many agreements are adopted by 2016 as under a, in every replication (12).",
                HtmlReport.sentence(ADOPTED, row(12, 12, 0, 0, 0, 1), "b", "a"));
        String abs = HtmlReport.sentence(ADOPTED, row(2, 0, 2, 1, 3, 0.001), "b", "a");
        assertTrue(abs.startsWith("Under b, 2.0 more agreements are adopted by 2016 than under a (95% CI 1.0 to 3.0;"), abs);
    }

    @Test
    void htmlIsEscaped() {
        assertEquals("&lt;script&gt;a&amp;b&quot;&#39;", HtmlReport.esc("<script>a&b\"'"));
    }

    @Test
    void theAdjustedPValueIsGivenWhenThereIsOne() {
        Comparison.Row r = new Comparison.Row(new ValueSeries.Key("x", "SCO"), 2016, 1,
                new PairedStats.Result(100, 62, 100, -38, -45, -31, 0.004, 0.004, 0.5), 0.08, 0.08);
        String s = HtmlReport.sentence(ADOPTED, r, "unanimity", "opt-out");
        assertTrue(s.endsWith("(95% CI 31% to 45%; means 62 and 100; Holm-adjusted p = 0.080)."), s);
    }

    @Test
    void aChangeLargerThanItsBaseIsAnAmountNotAPercentage() {
        // 0.33 -> 1.0 opt-outs: "+200%" of a near-zero base; shown as 0.67 more.
        String s = HtmlReport.sentence(ADOPTED, row(1.0, 0.33, 0.67, 0.3, 1.04, 0.001), "b", "a");
        assertTrue(s.startsWith("Under b, 0.67 more agreements are adopted by 2016 than under a (95% CI 0.30 to 1.0;"), s);
        assertFalse(s.contains("%;"), s);
        // A count whose base is below one is an amount even for a small change; a share keeps its percentage.
        assertFalse(HtmlReport.relativeReadable(row(0.9, 0.8, 0.1, 0.05, 0.15, 0.01).stats(), true));
        assertTrue(HtmlReport.relativeReadable(row(0.9, 0.8, 0.1, 0.05, 0.15, 0.01).stats(), false));
        assertTrue(HtmlReport.relativeReadable(row(62, 100, -38, -45, -31, 0.01).stats(), true));
    }
}
