package org.scosim.experiment.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.scosim.experiment.Comparison;
import org.scosim.experiment.Comparison.Band;
import org.scosim.experiment.ValueSeries.Key;
import org.scosim.output.Measure;
import org.scosim.output.Measures;
import org.scosim.output.plot.ChartStyle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plots of a comparison, one pair per series: all scenarios overlaid (mean and 95% band, one colour per scenario
 * in every plot, scenario i taking palette colour i) and the paired difference of each scenario to the first with its
 * 95% band. Written as PNG and SVG to {@code plots/} and returned as inline SVG for the report, rendered in
 * parallel (each chart is independent).
 */
public final class ComparisonPlots {
    public static final String DIR = "plots";
    /** Size the report draws its plots at: about the width a plot takes on the page, so text keeps its size. */
    public static final int REPORT_WIDTH = 640;
    public static final int REPORT_HEIGHT = 440;
    /** Band opacity when scenarios overlap: light, with the band's edges drawn as thin lines to tell them apart. */
    static final float OVERLAY_BAND_ALPHA = 0.10f;
    /** Counts drawn with integer ticks. */
    static final Set<String> UNIT_INTERVAL = Set.of("mean_trust", "mean_threat");

    private ComparisonPlots() {
    }

    /** File stem of a series' plots, e.g. {@code mean_trust}, {@code china_trade_bn_usd-RUS}. */
    public static String stem(Key key) {
        return Measures.SCO.equals(key.subject()) ? key.measure() : key.measure() + "-" + key.subject();
    }

    public static String title(Key key, Map<String, String> stateNames) {
        Measure m = Comparison.measure(key.measure());
        if (Measures.SCO.equals(key.subject())) return m.description();
        return "China's trade with " + stateNames.getOrDefault(key.subject(), key.subject());
    }

    /** Stem -> whether the series has any value in any scenario (series without are left out everywhere). */
    public static Map<String, Boolean> withData(Comparison.Result res) {
        Map<String, Boolean> made = new LinkedHashMap<>();
        for (int k = 0; k < res.keys().size(); k++) {
            boolean any = false;
            for (Band b : res.overlay()[k]) any |= !b.isEmpty();
            made.put(stem(res.keys().get(k)), any);
        }
        return made;
    }

    /**
     * Writes every plot to {@code plots/} and returns the same charts as inline SVG for the report, keyed by file
     * stem ({@code STEM} for the overlay, {@code STEM-diff} for the differences), in the series' order.
     */
    public static Map<String, String> writeAll(Comparison.Result res, Map<String, String> stateNames, Path outDir,
                                               int threads) throws IOException, InterruptedException {
        Path dir = outDir.resolve(DIR);
        Files.createDirectories(dir);
        ChartJobs charts = new ChartJobs(dir, REPORT_WIDTH, REPORT_HEIGHT);
        for (int k = 0; k < res.keys().size(); k++) {
            Key key = res.keys().get(k);
            boolean any = false;
            for (Band b : res.overlay()[k]) any |= !b.isEmpty();
            if (!any) continue;
            int kk = k;
            charts.add(stem(key), () -> overlay(res, kk, stateNames));
            if (res.scenarios().size() > 1) charts.add(stem(key) + "-diff", () -> difference(res, kk, stateNames));
        }
        return charts.drawAll(threads);
    }

    static JFreeChart overlay(Comparison.Result res, int k, Map<String, String> stateNames) {
        Key key = res.keys().get(k);
        Measure m = Comparison.measure(key.measure());
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        double max = 0;
        for (int s = 0; s < res.scenarios().size(); s++) {
            Band b = res.overlay()[k][s];
            data.addSeries(series(res.scenarios().get(s).id(), b, 0));
            for (int t = 0; t < b.years().length; t++) if (Double.isFinite(b.high()[t])) max = Math.max(max, b.high()[t]);
        }
        NumberAxis axis;
        if (UNIT_INTERVAL.contains(key.measure())) {
            axis = ChartStyle.unitAxis(axisLabel(m));
        } else {
            axis = ChartStyle.valueAxis(axisLabel(m), isCount(m));
            if (isCount(m) && max < 2) axis.setRange(0, 2);
        }
        XYPlot plot = plot(data, 0, axis);
        bandEdges(plot, data, 0);
        return ChartStyle.chart(title(key, stateNames), List.of("Lines: mean over " + res.replications()
                        + " replications (same seeds in every scenario)",
                "Bands: 95% confidence interval of the mean, within the measure's range"), plot, true);
    }

    static JFreeChart difference(Comparison.Result res, int k, Map<String, String> stateNames) {
        Key key = res.keys().get(k);
        Measure m = Comparison.measure(key.measure());
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        String base = res.scenarios().get(0).id();
        double maxAbs = 0;
        for (int s = 1; s < res.scenarios().size(); s++) {
            Band b = res.diff()[k][s];
            data.addSeries(series(res.scenarios().get(s).id() + " minus " + base, b, Double.NEGATIVE_INFINITY));
            for (int t = 0; t < b.years().length; t++) {
                for (double v : new double[] {b.mean()[t], b.low()[t], b.high()[t]}) {
                    if (Double.isFinite(v)) maxAbs = Math.max(maxAbs, Math.abs(v));
                }
            }
        }
        NumberAxis axis = ChartStyle.valueAxis("Difference" + (m.unit().isBlank() ? "" : ", " + m.unit()), false);
        axis.setAutoRangeIncludesZero(true);
        axis.setLowerMargin(0.05);
        boolean none = maxAbs < 1e-12;
        if (none) axis.setRange(-1, 1);   // else the axis would zoom into rounding noise around 0
        XYPlot plot = plot(data, 1, axis);   // the baseline has no difference line
        bandEdges(plot, data, 1);
        ValueMarker zero = new ValueMarker(0, ChartStyle.SUBTLE_TEXT, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        plot.addRangeMarker(zero);
        return ChartStyle.chart(title(key, stateNames) + ": difference to " + base, List.of(none
                        ? "No difference in any replication (same seeds)"
                        : "Line: paired mean difference over " + res.replications() + " replications (same seeds)",
                "Band: 95% confidence interval of the mean difference"),
                plot, true);
    }

    private static YIntervalSeries series(String label, Band b, double floor) {
        YIntervalSeries s = new YIntervalSeries(label, false, true);
        for (int t = 0; t < b.years().length; t++) {
            if (b.n()[t] == 0 || !Double.isFinite(b.mean()[t])) continue;
            double mu = b.mean()[t], lo = b.low()[t], hi = b.high()[t];
            if (!Double.isFinite(lo)) lo = mu;
            if (!Double.isFinite(hi)) hi = mu;
            s.add(b.years()[t], Math.max(mu, floor), Math.max(lo, floor), Math.max(hi, floor));
        }
        return s;
    }

    /**
     * Thin lines along each band's edges, in its series' colour and out of the legend, drawn under the means (series i
     * is scenario {@code first + i}).
     */
    private static void bandEdges(XYPlot plot, YIntervalSeriesCollection data, int first) {
        ((DeviationRenderer) plot.getRenderer()).setAlpha(OVERLAY_BAND_ALPHA);
        XYSeriesCollection edges = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        BasicStroke thin = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 3f}, 0f);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            XYSeries lo = new XYSeries(i + "-low", false, true), hi = new XYSeries(i + "-high", false, true);
            for (int j = 0; j < data.getItemCount(i); j++) {
                lo.add(data.getX(i, j), data.getStartY(i, j));
                hi.add(data.getX(i, j), data.getEndY(i, j));
            }
            for (XYSeries e : List.of(lo, hi)) {
                int n = edges.getSeriesCount();
                edges.addSeries(e);
                r.setSeriesPaint(n, ChartStyle.colour(first + i));
                r.setSeriesStroke(n, thin);
                r.setSeriesVisibleInLegend(n, false);
            }
        }
        r.setBaseToolTipGenerator(null);
        plot.setDataset(1, edges);
        plot.setRenderer(1, r);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);   // edges (dataset 1) first, means over them
    }

    /** Series i is scenario {@code first + i}: its colour and line, as in the report's swatches. */
    private static XYPlot plot(YIntervalSeriesCollection data, int first, NumberAxis axis) {
        List<Color> colours = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) colours.add(ChartStyle.colour(first + i));
        DeviationRenderer r = ChartStyle.bandRenderer(colours);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesStroke(i, ChartStyle.lineStroke(first + i));
            if (data.getItemCount(i) == 1) r.setSeriesShapesVisible(i, true);
        }
        r.setLegendLine(new Line2D.Double(-14, 0, 14, 0));
        XYPlot plot = new XYPlot(data, ChartStyle.yearAxis(), axis, r);
        ChartStyle.stylePlot(plot);
        return plot;
    }

    static boolean isCount(Measure m) {
        return !m.unit().contains("US$") && !m.unit().contains("(0-1)");
    }

    static String axisLabel(Measure m) {
        return m.unit().isBlank() ? m.name() : Character.toUpperCase(m.unit().charAt(0)) + m.unit().substring(1);
    }
}
