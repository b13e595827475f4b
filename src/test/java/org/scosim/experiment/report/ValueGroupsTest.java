package org.scosim.experiment.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.scosim.experiment.Sweep;
import org.scosim.experiment.VarySpec;
import org.scosim.output.Measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Groups of a many-valued path, worked by hand; the plot and the report that use them. */
class ValueGroupsTest {
    /** A summary of {@code k} values x = 1..k whose means are {@code mean(x)}, one run each. */
    private static Sweep.Summary summary(int k, java.util.function.IntToDoubleFunction mean) {
        List<String> values = new ArrayList<>();
        double[] mu = new double[k];
        long[] n = new long[k];
        for (int i = 0; i < k; i++) {
            values.add(Integer.toString(i + 1));
            mu[i] = mean.applyAsDouble(i + 1);
            n[i] = 1;
        }
        return new Sweep.Summary("mean_trust", 0, "parameters.trustDecay", true, values, n, mu, mu.clone(), mu.clone());
    }

    @Test
    void fortyValuesMakeEightGroupsOfFiveWithTheirStudentIntervals() {
        // x = 1..40, mean = x: 40 / 5 = 8 groups; the first holds 1..5, mean 3, sd sqrt(2.5);
        // t(0.975, 4) = 2.776445 (a table of Student's t), so the half-width is 2.776445 * sqrt(2.5) / sqrt(5) = 1.963243
        List<ValueGroups.Group> g = ValueGroups.of(summary(40, x -> x), Measure.Range.ANY);
        assertEquals(8, g.size());
        ValueGroups.Group first = g.get(0);
        assertEquals(1, first.from());
        assertEquals(5, first.to());
        assertEquals(3, first.x(), 1e-12);
        assertEquals(5, first.values());
        assertEquals(5, first.runs());
        assertEquals(3, first.mean(), 1e-12);
        assertEquals(3 - 1.963243, first.low(), 1e-6);
        assertEquals(3 + 1.963243, first.high(), 1e-6);
        assertEquals(36, g.get(7).from());
        assertEquals(40, g.get(7).to());
        assertEquals(38, g.get(7).mean(), 1e-12);
    }

    @Test
    void aThousandValuesMakeTenGroupsOfAHundredAndUnevenCountsShareTheRemainder() {
        List<ValueGroups.Group> g = ValueGroups.of(summary(1000, x -> 0.5), Measure.Range.SHARE);
        assertEquals(10, g.size());
        assertTrue(g.stream().allMatch(x -> x.values() == 100 && x.mean() == 0.5 && x.low() == 0.5 && x.high() == 0.5));
        // 33 values: 6 groups (33 / 5), of 5 or 6 neighbouring values, every value in exactly one
        List<ValueGroups.Group> odd = ValueGroups.of(summary(33, x -> x), Measure.Range.ANY);
        assertEquals(6, odd.size());
        assertEquals(33, odd.stream().mapToInt(ValueGroups.Group::values).sum());
        for (int i = 1; i < odd.size(); i++) assertEquals(odd.get(i - 1).to() + 1, odd.get(i).from());
    }

    @Test
    void theIntervalIsCutToWhatTheMeasureCanBeAndValuesWithoutAMeanAreLeftOut() {
        // means 0, 0, 0, 0, 1 in the first group of a share: 0.2 - 2.776 * 0.447 / sqrt(5) < 0 is cut to 0
        Sweep.Summary s = summary(35, x -> x == 5 ? 1 : x <= 5 ? 0 : Double.NaN);
        List<ValueGroups.Group> g = ValueGroups.of(s, Measure.Range.SHARE);
        assertEquals(1, g.size(), "5 values with a mean: one group");
        assertEquals(0.2, g.get(0).mean(), 1e-12);
        assertEquals(0, g.get(0).low());
        assertEquals(0.2 + 2.776445 * Math.sqrt(0.2) / Math.sqrt(5), g.get(0).high(), 1e-6);
    }

    @Test
    void onlyANumericPathWithMoreThanThirtyValuesIsDrawnAsDotsAndGroups() {
        assertFalse(ValueGroups.many(summary(30, x -> x)));
        assertTrue(ValueGroups.many(summary(31, x -> x)));
        JFreeChart line = SweepPlots.chart(summary(30, x -> x), "t", 2016);
        JFreeChart dots = SweepPlots.chart(summary(31, x -> x), "t", 2016);
        assertInstanceOf(SweepPlots.DesignAxis.class, ((XYPlot) line.getPlot()).getDomainAxis(), "a tick at each value");
        XYPlot p = (XYPlot) dots.getPlot();
        assertFalse(p.getDomainAxis() instanceof SweepPlots.DesignAxis, "round-number ticks");
        assertEquals(31, p.getDataset(0).getItemCount(0), "a dot a value");
        assertEquals(6, p.getDataset(1).getItemCount(0), "a point a group");
    }

    @Test
    void aScatterOfMoreThan2000ValuesIsOnePictureInTheReportAndEveryDotInThePng() {
        for (int k : new int[] {2000, 2001}) {
            JFreeChart dots = SweepPlots.chart(summary(k, x -> Math.sin(x) / 2 + 0.5), "t", 2016);
            String svg = org.scosim.output.plot.ChartFiles.svgElement(dots, ComparisonPlots.REPORT_WIDTH,
                    ComparisonPlots.REPORT_HEIGHT, "fig");
            int circles = svg.split("<ellipse", -1).length - 1, pictures = svg.split("<image", -1).length - 1;
            assertEquals(k <= 2000 ? k : 0, circles, k + " values: a circle each up to 2,000");
            assertEquals(k <= 2000 ? 0 : 1, pictures, k + " values: one picture beyond");
            if (k > 2000) assertTrue(svg.contains("<image xlink:href='data:image/png;base64,"), "embedded in the page");
        }
    }

    @Test
    void cutsSplitValuesIntoGroupsOfEqualCountsAndEqualValuesShareOne() {
        assertArrayEquals(new double[] {1, 3, 5, 7}, ValueGroups.cuts(new double[] {5, 1, 3, 2, 4, 6, 8, 7}, 4));
        assertArrayEquals(new double[] {1, 2}, ValueGroups.cuts(new double[] {1, 1, 2, 1, 1, 3}, 3), "four 1s: one group");
        double[] cuts = {1, 3, 5, 7};
        assertEquals(0, ValueGroups.groupOf(2.5, cuts));
        assertEquals(1, ValueGroups.groupOf(3, cuts), "a lower end belongs to its own group");
        assertEquals(3, ValueGroups.groupOf(8, cuts));
        assertEquals(0, ValueGroups.groupOf(0.5, cuts));
        assertEquals(List.of("1\u20132", "3\u20134", "5"), ValueGroups.labels(new double[] {1, 2, 3, 4, 5}, new double[] {1, 3, 5}));
    }

    @Test
    void aCellHoldsTheMeanOfItsPointsAndIsMissingWithoutOne() {
        double[] xs = {1, 2, 3, 4, 1}, ys = {1, 2, 3, 4, 4};
        double[] means = {0, 10, 20, 30, Double.NaN};
        double[][] cells = ValueGroups.cellMeans(xs, ys, new double[] {1, 3}, new double[] {1, 3}, i -> means[i]);
        assertEquals(5, cells[0][0], 1e-12, "points 1 and 2");
        assertEquals(25, cells[1][1], 1e-12, "points 3 and 4");
        assertTrue(Double.isNaN(cells[1][0]), "no point");
        assertTrue(Double.isNaN(cells[0][1]), "the only point there has no mean");
        assertEquals(1, ValueGroups.heatmapGroups(15));
        assertEquals(2, ValueGroups.heatmapGroups(16));
        assertEquals(5, ValueGroups.heatmapGroups(100));
        assertEquals(10, ValueGroups.heatmapGroups(10_000));
    }

    @Test
    void aHypercubeOverTwoNumericPathsGetsAGroupedHeatmap() {
        VarySpec a = VarySpec.parse("parameters.trustDecay=0.01:0.01:0.16"), b = VarySpec.parse("parameters.implementationRate=0.1:0.1:0.8");
        VarySpec names = VarySpec.parse("rule.type=unanimity,opt-out");
        assertTrue(SweepPlots.groupedHeatmaps(List.of(a, b), List.of(0, 1), 16));
        assertFalse(SweepPlots.groupedHeatmaps(List.of(a, b), List.of(0, 1), 15), "too few points for 2 x 2 groups");
        assertFalse(SweepPlots.groupedHeatmaps(List.of(a, names), List.of(0, 1), 100), "names have no neighbours");
        // 16 points: x = 1..16, y = 16..1, each point's mean its x; 2 x 2 groups: x in 1-8 has y in 9-16
        List<org.scosim.experiment.Design.Point> points = new ArrayList<>();
        List<Sweep.PointCell> cells = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            points.add(new org.scosim.experiment.Design.Point(i + 1, List.of(Integer.toString(17 - (i + 1)), Integer.toString(i + 1))));
            cells.add(new Sweep.PointCell("mean_trust", i, 1, i + 1, i + 1, i + 1));
        }
        Sweep.Results results = new Sweep.Results(List.of(), cells, 2016);
        JFreeChart chart = SweepPlots.groupedHeatmap(results, 0, points, 1, 0, b, a, "mean_trust", 2016);
        org.jfree.data.xy.XYZDataset data = (org.jfree.data.xy.XYZDataset) ((XYPlot) chart.getPlot()).getDataset();
        assertEquals(4, data.getItemCount(0));
        for (int k = 0; k < 4; k++) {
            double x = data.getXValue(0, k), y = data.getYValue(0, k), z = data.getZValue(0, k);
            if (x == 0 && y == 1) assertEquals(4.5, z, 1e-12, "x 1-8 (y 9-16): the mean of 1..8");
            else if (x == 1 && y == 0) assertEquals(12.5, z, 1e-12, "x 9-16 (y 1-8): the mean of 9..16");
            else assertTrue(Double.isNaN(z), "no point has a low x and a low y");
        }
    }

    @Test
    void theDesignTableListsAShortPathWhole() {
        VarySpec few = VarySpec.parse("parameters.trustDecay=0.1,0.2,0.3");
        assertEquals("0.1, 0.2, 0.3", SweepReport.valuesInWords(few));
        VarySpec range = VarySpec.parse("parameters.trustDecay=0.02:0.0001:0.2");
        assertEquals("0.02 to 0.2 in steps of 0.0001 (1801 values)", SweepReport.valuesInWords(range));
        String[] many = new String[20];
        Arrays.setAll(many, i -> Integer.toString(i + 1));
        assertEquals("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ..., 20 (20 values)",
                SweepReport.valuesInWords(VarySpec.parse("parameters.trustDecay=" + String.join(",", many))));
    }
}
