package org.scosim.experiment.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scosim.experiment.Comparison;
import org.scosim.experiment.ValueSeries;
import org.scosim.output.plot.ChartStyle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Past the palette's seven colours a scenario keeps a colour of an earlier one, so its line is dashed: in the plots
 * (overlay and difference alike) and in the report's swatch, the same pattern for the same scenario.
 */
class ScenarioLinesTest {
    /** Rounds of seven: solid, dashed 10-6, dotted 2.5-5, dash-dot 10-5-2.5-5, then solid again. */
    @ParameterizedTest
    @CsvSource({"0, ''", "6, ''", "7, 10 6", "13, 10 6", "14, 2.5 5", "20, 2.5 5", "21, 10 5 2.5 5", "27, 10 5 2.5 5",
            "28, ''"})
    void theDashFollowsTheRoundOfThePalette(int series, String dash) {
        float[] d = ChartStyle.dash(series);
        assertEquals(dash, d == null ? "" : String.join(" ", toText(d)));
        BasicStroke s = (BasicStroke) ChartStyle.lineStroke(series);
        assertEquals(2.5f, s.getLineWidth());
        assertArrayEquals(d, s.getDashArray());
        if (d == null) assertSame(ChartStyle.MEAN_STROKE, s);
    }

    @Test
    void theSwatchShowsTheScenariosLine() {
        assertEquals("<span class=\"sw\" style=\"background:#0072b2\"></span>", HtmlReport.swatch(0));
        assertEquals("<span class=\"sw\" style=\"background:#000000\"></span>", HtmlReport.swatch(6));
        String eighth = HtmlReport.swatch(7);
        assertTrue(eighth.startsWith("<svg") && eighth.contains("stroke=\"#0072b2\"")
                && eighth.contains("stroke-dasharray=\"10 6\""), eighth);
        assertTrue(HtmlReport.swatch(15).contains("stroke=\"#d55e00\"") && HtmlReport.swatch(15)
                .contains("stroke-dasharray=\"2.5 5\""), HtmlReport.swatch(15));
    }

    /** Nine scenarios: the eighth and ninth are dashed in the overlay, and in the difference plot without the first. */
    @Test
    void plotsDrawEachScenarioWithItsOwnLine() {
        int scenarios = 9;
        int[] years = {2000, 2001};
        List<Comparison.ScenarioInfo> info = new ArrayList<>();
        Comparison.Band[][] overlay = new Comparison.Band[1][scenarios], diff = new Comparison.Band[1][scenarios];
        for (int s = 0; s < scenarios; s++) {
            info.add(new Comparison.ScenarioInfo("s" + s, "S" + s, "s" + s + ".yaml", 2000, 2001));
            overlay[0][s] = new Comparison.Band(years, new double[] {s, s + 1}, new double[] {s - 0.5, s},
                    new double[] {s + 0.5, s + 2}, new long[] {10, 10});
            diff[0][s] = new Comparison.Band(years, new double[] {s, s}, new double[] {s - 1, s - 1},
                    new double[] {s + 1, s + 1}, new long[] {10, 10});
        }
        Comparison.Result res = new Comparison.Result(info, 10, years,
                List.of(new ValueSeries.Key("mean_trust", "SCO")), overlay, diff, List.of(2001), List.of());

        XYPlot over = ComparisonPlots.overlay(res, 0, Map.of()).getXYPlot();
        for (int s = 0; s < scenarios; s++) assertLine(over, s, s);
        JFreeChart d = ComparisonPlots.difference(res, 0, Map.of());
        for (int s = 1; s < scenarios; s++) assertLine(d.getXYPlot(), s - 1, s);
    }

    private static void assertLine(XYPlot plot, int series, int scenario) {
        Color c = (Color) plot.getRenderer().getSeriesPaint(series);
        assertEquals(ChartStyle.colour(scenario), c, "colour of scenario " + scenario);
        float[] dash = ((BasicStroke) plot.getRenderer().getSeriesStroke(series)).getDashArray();
        assertArrayEquals(ChartStyle.dash(scenario), dash, "line of scenario " + scenario + ": " + Arrays.toString(dash));
    }

    private static List<String> toText(float[] d) {
        List<String> out = new ArrayList<>();
        for (float f : d) out.add(f == (int) f ? Integer.toString((int) f) : Float.toString(f));
        return out;
    }
}
