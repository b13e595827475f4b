package org.scosim.experiment;

import org.junit.jupiter.api.Test;
import org.scosim.output.report.HtmlReport;

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
}
