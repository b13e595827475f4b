package org.scosim.experiment.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;
import org.scosim.experiment.Comparison;
import org.scosim.experiment.Design;
import org.scosim.experiment.ExperimentDir;
import org.scosim.experiment.Sweep;
import org.scosim.experiment.VarySpec;
import org.scosim.output.Measure;
import org.scosim.output.plot.ChartStyle;
import org.scosim.output.plot.DotRenderer;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plots of a sweep, written as PNG and SVG to {@code plots/} and returned as inline SVG for the report:
 * <ul>
 *   <li>each chosen measure in the runs' last year against each varying path: the mean with its 95% interval over
 *       the replications of all design points with that value (so pooled over the other paths' values); a numeric
 *       path with many values (a Latin hypercube's) as dots and the means of groups of values ({@link #scatter});</li>
 *   <li>for a grid of exactly two varying paths, a heatmap of each measure: the mean at every design point; for a
 *       Latin hypercube over two numeric paths, the mean in each cell of groups of their values.</li>
 * </ul>
 * Axis ticks sit at the design values; titles name paths in words ({@link #words}).
 */
public final class SweepPlots {
    public static final String DIR = "plots";
    /** Cells of a heatmap get their value written in when there are at most this many (else the text crowds). */
    static final int LABELLED_CELLS = 144;

    private SweepPlots() {
    }

    public static String stem(Sweep.Summary s) {
        return s.measure() + "-vs-" + ExperimentDir.safeName(s.path());
    }

    public static String heatmapStem(String measure, VarySpec x, VarySpec y) {
        return measure + "-by-" + ExperimentDir.safeName(x.path()) + "-and-" + ExperimentDir.safeName(y.path());
    }

    /**
     * A scenario path in words: {@code parameters.trustDecay} -> "Trust decay", {@code rule.threshold} ->
     * "Threshold of the rule", {@code shocks[0].magnitude} -> "Magnitude of shock 1", {@code rule.type} -> "Decision rule".
     */
    public static String words(String path) {
        if (path.equals("rule.type")) return "Decision rule";
        List<String> parts = new ArrayList<>(List.of(path.split("\\.")));
        if (parts.size() > 1 && parts.get(0).equals("parameters")) parts.remove(0);
        String last = segment(parts.remove(parts.size() - 1));
        StringBuilder sb = new StringBuilder(last);
        for (int i = parts.size() - 1; i >= 0; i--) sb.append(" of the ").append(segment(parts.get(i)));
        String s = sb.toString().replace("of the shock ", "of shock ").replace("of the state ", "of state ");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An axis naming a path in words and as written: "Trust decay (parameters.trustDecay)". */
    private static String axisTitle(String path) {
        return words(path) + " (" + path + ")";
    }

    /** {@code trustDecay} -> "trust decay", {@code shocks[0]} -> "shock 1". */
    private static String segment(String seg) {
        String name = seg, index = "";
        int b = seg.indexOf('[');
        if (b > 0 && seg.endsWith("]")) {
            name = seg.substring(0, b);
            try {
                index = " " + (Integer.parseInt(seg.substring(b + 1, seg.length() - 1)) + 1);
            } catch (NumberFormatException e) {
                index = " " + seg.substring(b + 1, seg.length() - 1);
            }
            if (name.endsWith("s")) name = name.substring(0, name.length() - 1);
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + index;
    }

    /** Writes every plot; returns stem -> inline SVG, marginal plots then heatmaps. */
    public static Map<String, String> writeAll(Sweep.Results tables, List<VarySpec> specs, List<Design.Point> points,
                                               boolean grid, List<String> measures, String scenarioTitle, Path outDir,
                                               int threads) throws IOException, InterruptedException {
        Path dir = outDir.resolve(DIR);
        Files.createDirectories(dir);
        ChartJobs charts = new ChartJobs(dir, ComparisonPlots.REPORT_WIDTH, ComparisonPlots.REPORT_HEIGHT);
        for (Sweep.Summary s : tables.summaries()) {
            if (s.values().isEmpty()) continue;
            charts.add(stem(s), () -> chart(s, scenarioTitle, tables.lastYear()));
        }
        List<Integer> vary = Sweep.varying(specs, points);
        if (vary.size() == 2 && (grid || groupedHeatmaps(specs, vary, points.size()))) {
            for (int m = 0; m < measures.size(); m++) {
                VarySpec x = specs.get(vary.get(1)), y = specs.get(vary.get(0));
                int mm = m;
                charts.add(heatmapStem(measures.get(m), x, y), () -> grid
                        ? heatmap(tables, mm, points, vary.get(1), vary.get(0), x, y, measures.get(mm), tables.lastYear())
                        : groupedHeatmap(tables, mm, points, vary.get(1), vary.get(0), x, y, measures.get(mm), tables.lastYear()));
            }
        }
        return charts.drawAll(threads);
    }

    /** Whether a Latin hypercube over two paths gets grouped heatmaps: both numeric, enough points for 2 x 2 groups. */
    static boolean groupedHeatmaps(List<VarySpec> specs, List<Integer> vary, int points) {
        return vary.size() == 2 && specs.get(vary.get(0)).numeric() && specs.get(vary.get(1)).numeric()
                && ValueGroups.heatmapGroups(points) >= 2;
    }

    static JFreeChart chart(Sweep.Summary s, String scenarioTitle, int year) {
        if (ValueGroups.many(s)) return scatter(s, scenarioTitle, year);
        Measure m = Comparison.measure(s.measure());
        YIntervalSeries series = new YIntervalSeries(m.description(), false, true);
        double[] xs = new double[s.values().size()];
        for (int i = 0; i < s.values().size(); i++) {
            double x = s.numeric() ? Double.parseDouble(s.values().get(i)) : i;
            xs[i] = x;
            series.add(x, s.mean()[i], s.low()[i], s.high()[i]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        ValueAxis xAxis;
        String label = axisTitle(s.path());
        if (s.numeric()) {
            NumberAxis a = new DesignAxis(label, xs, s.values());
            a.setAutoRangeIncludesZero(false);
            a.setLowerMargin(0.05);
            a.setUpperMargin(0.05);
            xAxis = a;
        } else {
            SymbolAxis a = new SymbolAxis(label, s.values().toArray(new String[0]));
            a.setGridBandsVisible(false);
            a.setLowerMargin(0.15);
            a.setUpperMargin(0.15);
            xAxis = a;
        }
        ChartStyle.styleAxis(xAxis);
        NumberAxis yAxis = valueAxis(m, s.mean());
        XYItemRenderer r;
        if (s.numeric()) {
            DeviationRenderer d = ChartStyle.bandRenderer(List.of(ChartStyle.colour(0)));
            d.setSeriesShapesVisible(0, true);
            d.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
            r = d;
        } else {
            // Names have no order: a point with its interval per name, no connecting line.
            XYErrorRenderer e = new XYErrorRenderer();
            e.setDrawXError(false);
            e.setBaseLinesVisible(false);
            e.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
            e.setSeriesPaint(0, ChartStyle.colour(0));
            e.setErrorPaint(ChartStyle.colour(0));
            e.setErrorStroke(new java.awt.BasicStroke(2f));
            e.setCapLength(14);
            r = e;
        }
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        ChartStyle.stylePlot(plot);
        String counts = counts(s.n());
        return ChartStyle.chart(m.description() + " in " + year + ", by " + lower(words(s.path())),
                List.of(scenarioTitle == null ? "" : "Sweep of: " + scenarioTitle,
                        "Line: mean of " + counts + " runs per value (replications x other parameters' values)",
                        "Band: 95% confidence interval of the mean"),
                plot, false);
    }

    /**
     * A numeric path with many values (a Latin hypercube's): a dot for each value's mean, and the mean of groups of
     * neighbouring values with its 95% interval ({@link ValueGroups}) as a line and band; the axis ticks are the
     * usual round numbers, since a tick and a line at every value would hide the plot.
     */
    static JFreeChart scatter(Sweep.Summary s, String scenarioTitle, int year) {
        Measure m = Comparison.measure(s.measure());
        List<ValueGroups.Group> groups = ValueGroups.of(s, m.range());
        XYSeries dots = new XYSeries("each value", false, true);
        for (int i = 0; i < s.values().size(); i++) {
            if (!Double.isNaN(s.mean()[i])) dots.add(Double.parseDouble(s.values().get(i)), s.mean()[i]);
        }
        YIntervalSeries trend = new YIntervalSeries("groups", false, true);
        for (ValueGroups.Group g : groups) trend.add(g.x(), g.mean(), g.low(), g.high());
        NumberAxis xAxis = new NumberAxis(axisTitle(s.path()));
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setLowerMargin(0.02);
        xAxis.setUpperMargin(0.02);
        ChartStyle.styleAxis(xAxis);
        NumberAxis yAxis = valueAxis(m, s.mean());
        DotRenderer dotRenderer = new DotRenderer(2.5);   // filled, translucent: overlaps darken
        Color c = ChartStyle.colour(0);
        dotRenderer.setSeriesPaint(0, new Color(c.getRed(), c.getGreen(), c.getBlue(), 110));
        DeviationRenderer band = ChartStyle.bandRenderer(List.of(ChartStyle.colour(1)));
        band.setSeriesShapesVisible(0, true);
        band.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        XYPlot plot = new XYPlot(new XYSeriesCollection(dots), xAxis, yAxis, dotRenderer);
        plot.setDataset(1, collection(trend));
        plot.setRenderer(1, band);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);   // the dots first, the groups over them
        ChartStyle.stylePlot(plot);
        String counts = counts(s.n());
        return ChartStyle.chart(m.description() + " in " + year + ", by " + lower(words(s.path())),
                List.of(scenarioTitle == null ? "" : "Sweep of: " + scenarioTitle,
                        "Dots: mean of each of the " + dots.getItemCount() + " values over its " + counts
                                + (counts.equals("1") ? " run" : " runs") + " (replications x other parameters' values)",
                        "Line and band: mean of the dots in " + groups.size()
                                + " groups of neighbouring values, and its 95% confidence interval"),
                plot, false);
    }

    /** The runs behind each value, "30" or as a range "1-2". */
    private static String counts(long[] n) {
        long min = Long.MAX_VALUE, max = 0;
        for (long c : n) {
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        return min == max ? Long.toString(min) : min + "-" + max;
    }

    /** The value axis of a plot against one path: the measure's unit, not from zero, widened if constant. */
    private static NumberAxis valueAxis(Measure m, double[] means) {
        NumberAxis axis = ChartStyle.valueAxis(ComparisonPlots.axisLabel(m), false);
        axis.setAutoRangeIncludesZero(false);
        widenIfConstant(axis, means);
        return axis;
    }

    /**
     * A measure with the same mean at every value (agreements adopted, say) would get an axis a hundred-millionth
     * wide, every tick labelled with the same number: give it a tenth of the value on each side instead.
     */
    static void widenIfConstant(NumberAxis axis, double[] means) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : means) {
            if (Double.isNaN(v)) continue;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (lo == hi) axis.setAutoRangeMinimumSize(Math.max(0.2 * Math.abs(lo), 1e-6));
    }

    private static YIntervalSeriesCollection collection(YIntervalSeries s) {
        YIntervalSeriesCollection c = new YIntervalSeriesCollection();
        c.addSeries(s);
        return c;
    }

    /**
     * The mean of measure {@code m} at every design point of a two-path grid: path {@code dx} across, {@code dy} up,
     * one cell per design value (equal cells even when the values are unevenly spaced; ticks name the values).
     */
    static JFreeChart heatmap(Sweep.Results tables, int m, List<Design.Point> points, int dx, int dy, VarySpec x,
                              VarySpec y, String measure, int year) {
        List<String> xv = x.values(), yv = y.values();
        int n = points.size();
        double[][] xyz = new double[3][n];
        for (int i = 0; i < n; i++) {
            Design.Point p = points.get(i);
            xyz[0][i] = xv.indexOf(p.values().get(dx));
            xyz[1][i] = yv.indexOf(p.values().get(dy));
            xyz[2][i] = tables.cell(m, i, n).mean();
        }
        return cells(xyz, xv, yv, x, y, measure, year, "Mean at each design point over its replications; by "
                + lower(words(x.path())) + " and " + lower(words(y.path())), false);
    }

    /**
     * A Latin hypercube over two numeric paths, as a heatmap: each path's values in groups of neighbouring values of
     * about equal counts ({@link ValueGroups#cuts}), each cell the mean of the design points' means that fall in it
     * (grey where none does). It shows what the plots against one path cannot: how the two act together.
     */
    static JFreeChart groupedHeatmap(Sweep.Results tables, int m, List<Design.Point> points, int dx, int dy, VarySpec x,
                                     VarySpec y, String measure, int year) {
        int n = points.size(), groups = ValueGroups.heatmapGroups(n);
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = Double.parseDouble(points.get(i).values().get(dx));
            ys[i] = Double.parseDouble(points.get(i).values().get(dy));
        }
        double[] xCuts = ValueGroups.cuts(xs, groups), yCuts = ValueGroups.cuts(ys, groups);
        double[][] means = ValueGroups.cellMeans(xs, ys, xCuts, yCuts, i -> tables.cell(m, i, n).mean());
        int cells = xCuts.length * yCuts.length;
        double[][] xyz = new double[3][cells];
        for (int a = 0; a < xCuts.length; a++) {
            for (int b = 0; b < yCuts.length; b++) {
                int k = a * yCuts.length + b;
                xyz[0][k] = a;
                xyz[1][k] = b;
                xyz[2][k] = means[a][b];
            }
        }
        List<String> across = ValueGroups.labels(xs, xCuts);
        return cells(xyz, across, ValueGroups.labels(ys, yCuts), x, y, measure, year,
                "Mean of the design points in each cell, " + xCuts.length + " x " + yCuts.length
                        + " groups of neighbouring values; by " + lower(words(x.path())) + " and " + lower(words(y.path())),
                across.stream().anyMatch(l -> l.contains("\u2013")));
    }

    /**
     * A heatmap of cells {@code (xyz[0][k], xyz[1][k])} coloured by {@code xyz[2][k]}, named by the labels (the
     * labels across written upwards when they are ranges, which would not fit side by side).
     */
    private static JFreeChart cells(double[][] xyz, List<String> xv, List<String> yv, VarySpec x, VarySpec y,
                                    String measure, int year, String subtitle, boolean upwardLabels) {
        Measure meas = Comparison.measure(measure);
        int n = xyz[2].length;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : xyz[2]) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi > lo)) {
            lo = Double.isFinite(lo) ? lo - 0.5 : 0;
            hi = lo + 1;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(measure, xyz);
        XYBlockRenderer r = new XYBlockRenderer();
        Viridis scale = new Viridis(lo, hi);
        r.setPaintScale(scale);
        SymbolAxis xAxis = new SymbolAxis(axisTitle(x.path()), xv.toArray(new String[0]));
        SymbolAxis yAxis = new SymbolAxis(axisTitle(y.path()), yv.toArray(new String[0]));
        for (SymbolAxis a : List.of(xAxis, yAxis)) {
            a.setGridBandsVisible(false);
            a.setLowerMargin(0);
            a.setUpperMargin(0);
            ChartStyle.styleAxis(a);
        }
        xAxis.setRange(-0.5, xv.size() - 0.5);
        yAxis.setRange(-0.5, yv.size() - 0.5);
        xAxis.setVerticalTickLabels(upwardLabels);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        ChartStyle.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (n <= LABELLED_CELLS) {
            Font f = new Font(ChartStyle.FONT_FAMILY, Font.PLAIN, xv.size() > 8 ? 10 : 12);
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(xyz[2][i])) continue;
                XYTextAnnotation a = new XYTextAnnotation(HtmlReport.sig(xyz[2][i]), xyz[0][i], xyz[1][i]);
                a.setFont(f);
                a.setPaint(scale.darkAt(xyz[2][i]) ? Color.WHITE : ChartStyle.TEXT);
                a.setTextAnchor(TextAnchor.CENTER);
                plot.addAnnotation(a);
            }
        }
        JFreeChart chart = ChartStyle.chart(meas.description() + " in " + year, List.of(subtitle), plot, false);
        NumberAxis legendAxis = new NumberAxis(ComparisonPlots.axisLabel(meas));
        ChartStyle.styleAxis(legendAxis);
        legendAxis.setRange(lo, hi);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(14);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(30, 10, 40, 0));
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    private static String lower(String words) {
        return words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }

    /** A number axis whose ticks are exactly the design values, labelled as the tables write them. */
    static final class DesignAxis extends NumberAxis {
        private final double[] at;
        private final List<String> labels;

        DesignAxis(String label, double[] at, List<String> labels) {
            super(label);
            this.at = at.clone();
            this.labels = List.copyOf(labels);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            List ticks = new ArrayList();
            // Thin the labels when they would crowd (about 8 characters each at the tick font).
            double width = RectangleEdge.isTopOrBottom(edge) ? dataArea.getWidth() : dataArea.getHeight();
            int every = Math.max(1, (int) Math.ceil(at.length * 60.0 / Math.max(1, width)));
            for (int i = 0; i < at.length; i++) {
                String text = i % every == 0 ? labels.get(i) : "";
                ticks.add(RectangleEdge.isTopOrBottom(edge)
                        ? new NumberTick(TickType.MAJOR, at[i], text, TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0)
                        : new NumberTick(TickType.MAJOR, at[i], text, TextAnchor.CENTER_RIGHT, TextAnchor.CENTER, 0));
            }
            return ticks;
        }
    }

    /** Viridis, the perceptually uniform colour-blind-safe scale, from five of its colours (dark = low). */
    static final class Viridis implements PaintScale {
        private static final int[] STOPS = {0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725};
        private final double lo, hi;

        Viridis(double lo, double hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override public double getLowerBound() { return lo; }

        @Override public double getUpperBound() { return hi; }

        private double t(double v) {
            return Math.max(0, Math.min(1, (v - lo) / (hi - lo)));
        }

        /** Whether text on this value's colour is better white (the darker first half of the scale). */
        boolean darkAt(double v) { return t(v) < 0.55; }

        @Override
        public Paint getPaint(double v) {
            if (!Double.isFinite(v)) return Color.LIGHT_GRAY;
            double u = t(v) * (STOPS.length - 1);
            int i = Math.min(STOPS.length - 2, (int) Math.floor(u));
            double f = u - i;
            Color a = new Color(STOPS[i]), b = new Color(STOPS[i + 1]);
            return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
    }
}
