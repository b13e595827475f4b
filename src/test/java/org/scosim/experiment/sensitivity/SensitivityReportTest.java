package org.scosim.experiment.sensitivity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The report's words follow the indices: ranking, direction, negligible factors, noise, self-containment. */
class SensitivityReportTest {
    @Test
    void morrisSentenceRanksTheFactorsByMuStarAndGivesTheirDirection(@TempDir Path dir) throws Exception {
        List<Factor> f = List.of(Factor.parse("parameters.a=0:1"), Factor.parse("parameters.b=0:1"),
                Factor.parse("parameters.c=0:1"), Factor.parse("parameters.d=0:1"));
        SensitivityDesign d = SensitivityDesign.morris(f, 6, 4, 1);
        // mean_trust = 0.5 + 0.01 a - 0.3 b + 0.1 c + 0 d at every replication, plus noise of +-0.001 across two
        double[][][] v = new double[1][d.size()][2];
        for (int p = 0; p < d.size(); p++) {
            double[] u = d.unit()[p];
            double y = 0.5 + 0.01 * u[0] - 0.3 * u[1] + 0.1 * u[2];
            v[0][p] = new double[] {y - 0.001, y + 0.001};
        }
        SensitivityResults res = SensitivityResults.compute(d, List.of("mean_trust"), v, 100, 1);
        assertEquals(-0.3, res.morris()[0][1].mu(), 1e-9);
        List<String> stems = SensitivityPlots.writeAll(res, "test", dir);
        String html = SensitivityReport.render(res, new SensitivityReport.Context("T", "t.yaml", 2000, 2, 1, "outputs.parquet"), dir, stems);
        String sentence = html.substring(html.indexOf("<li><b>Mean trust"), html.indexOf("</li>", html.indexOf("<li><b>Mean trust")));
        int b = sentence.indexOf("<code>b</code>"), c = sentence.indexOf("<code>c</code>");
        assertTrue(b > 0 && c > b, "b (0.3) before c (0.1): " + sentence);
        assertTrue(sentence.contains("mu* 0.3 trust (0-1) per whole range, lowers it"), sentence);
        assertTrue(sentence.contains("mu* 0.1 trust (0-1) per whole range, raises it"), sentence);
        assertFalse(sentence.contains("<code>a</code>"), "a (0.01) is below 10% of the largest: " + sentence);
        assertTrue(sentence.contains("2 of 4 factors have mu* below 10%"), sentence);
        // noise: within-point variance 2e-6, over R = 2 -> 1e-6, against the variance of the means
        NoiseShare n = res.noise().get(0);
        assertEquals(1e-6, n.noiseVariance(), 1e-12);
        assertTrue(html.contains(SensitivityReport.percent(n.share()) + " of the variance of the point means is replication noise"));
        assertTrue(html.contains("<svg viewBox='0 0 1200 750'") && !html.contains("<img") && !html.contains("<script"));
        // 6 trajectories of 4 + 1 points, 2 replications each
        assertTrue(html.contains("6 trajectories &times; 5 points on 4 levels"), html);
        assertTrue(html.contains("= 30 design points, 2 replications each (60 replications in all)."), html);
    }

    /** Hand-worked: six significant digits; below 10^-6, six digits in scientific notation, no padding zeros. */
    @ParameterizedTest
    @CsvSource({
            "0.555886, 0.555886",
            "0.00000648043, 0.00000648043",
            "0.000001, 0.000001",
            "-7.459709446583339E-8, -7.45971e-8",
            "8.640578005938481E-7, 8.64058e-7",
            "9.999996E-7, 1e-6",
            "9.9999949E-7, 9.99999e-7",
            "2.5E-12, 2.5e-12",
            "-1.0E-7, -1e-7",
            "0, 0",
            "NaN, NA"})
    void tableCellsKeepSixSignificantDigitsAtEveryMagnitude(double v, String shown) {
        assertEquals(shown, SensitivityReport.cell(v));
    }

    /** Prose: three significant digits at every magnitude. */
    @ParameterizedTest
    @CsvSource({"8.93, 8.93", "0.66666, 0.667", "1234.5, 1230", "-7.459709446583339E-8, -7.46e-8", "8.6E-7, 8.6e-7",
            "9.996E-7, 1e-6", "0, 0", "NaN, NA"})
    void proseKeepsThreeSignificantDigitsAtEveryMagnitude(double v, String shown) {
        assertEquals(shown, SensitivityReport.brief(v));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "999, 999", "1000, '1,000'", "40040, '40,040'", "1201200, '1,201,200'"})
    void countsAreGroupedInThousands(long n, String shown) {
        assertEquals(shown, org.scosim.output.Num.count(n));
    }
}
