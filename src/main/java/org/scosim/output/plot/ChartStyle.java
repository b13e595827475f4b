package org.scosim.output.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The look shared by all result plots: white background, light grid, fonts readable when projected, the Okabe-Ito
 * colour-blind-safe palette, and confidence bands drawn as translucent fills of their series colour. Number formats
 * use a fixed locale so that the files do not depend on the machine's language settings.
 */
public final class ChartStyle {
    /** Okabe-Ito colours, in the order series use them (yellow left out: too pale on white). */
    public static final List<Color> PALETTE = List.of(
            new Color(0x00, 0x72, 0xB2),   // blue
            new Color(0xD5, 0x5E, 0x00),   // vermillion
            new Color(0x00, 0x9E, 0x73),   // bluish green
            new Color(0xCC, 0x79, 0xA7),   // reddish purple
            new Color(0xE6, 0x9F, 0x00),   // orange
            new Color(0x56, 0xB4, 0xE9),   // sky blue
            new Color(0x00, 0x00, 0x00));  // black

    public static final String FONT_FAMILY = Font.SANS_SERIF;
    public static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 20);
    public static final Font SUBTITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);
    public static final Font AXIS_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);
    public static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    public static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);

    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color SUBTLE_TEXT = new Color(0x55, 0x55, 0x55);
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    public static final Color MINOR_GRID = new Color(0xF0, 0xF0, 0xF0);
    public static final Color AXIS_LINE = new Color(0x88, 0x88, 0x88);

    /** Opacity of a confidence band drawn over the white plot area. */
    public static final float BAND_ALPHA = 0.22f;
    public static final Stroke MEAN_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private ChartStyle() {
    }

    public static Color colour(int i) { return PALETTE.get(i % PALETTE.size()); }

    /**
     * Dash patterns of series lines, one for each round of the palette (solid, dashed, dotted, dash-dot, then again):
     * the eighth series has the first one's colour, so it differs by its line (28 series are told apart).
     */
    private static final float[][] DASHES = {null, {10f, 6f}, {2.5f, 5f}, {10f, 5f, 2.5f, 5f}};

    /** Series {@code i}'s dash pattern, lengths in points, or null for a solid line. */
    public static float[] dash(int i) {
        float[] d = DASHES[(i / PALETTE.size()) % DASHES.length];
        return d == null ? null : d.clone();
    }

    /** The line of series {@code i}'s mean: {@link #MEAN_STROKE} for the first round of colours, then dashed. */
    public static Stroke lineStroke(int i) {
        float[] d = dash(i);
        return d == null ? MEAN_STROKE : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, d, 0f);
    }

    /** Marker shapes for observed points, so that partners differ by shape as well as colour. */
    public static Shape marker(int i) {
        double s = 9, h = s / 2;
        switch (i % 5) {
            case 0:
                return new Ellipse2D.Double(-h, -h, s, s);
            case 1:
                return new Rectangle2D.Double(-h * 0.9, -h * 0.9, s * 0.9, s * 0.9);
            case 2:
                return polygon(new double[] {0, h + 1, -h - 1}, new double[] {-h - 1, h, h});
            case 3:
                return polygon(new double[] {0, h + 1, 0, -h - 1}, new double[] {-h - 1, 0, h + 1, 0});
            default:
                return polygon(new double[] {0, h + 1, -h - 1}, new double[] {h + 1, -h, -h});
        }
    }

    private static Shape polygon(double[] x, double[] y) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x[0], y[0]);
        for (int i = 1; i < x.length; i++) p.lineTo(x[i], y[i]);
        p.closePath();
        return p;
    }

    /** Number format independent of the default locale, e.g. {@code "0"} for years. */
    public static NumberFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }

    /** The domain axis of every plot: calendar years, integer ticks, no thousands separator. */
    public static NumberAxis yearAxis() {
        NumberAxis axis = new NumberAxis("Year");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        axis.setNumberFormatOverride(format("0"));
        axis.setAutoRangeIncludesZero(false);
        axis.setAutoRangeMinimumSize(2);   // a one-year run still gets a sensible axis
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        styleAxis(axis);
        return axis;
    }

    /** A linear value axis; {@code integer} for counts. */
    public static NumberAxis valueAxis(String label, boolean integer) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(integer ? NumberAxis.createIntegerTickUnits(Locale.ENGLISH)
                : NumberAxis.createStandardTickUnits(Locale.ENGLISH));
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.05);
        styleAxis(axis);
        return axis;
    }

    /** A value axis fixed to [0, 1] for shares, trust and exposure. */
    public static NumberAxis unitAxis(String label) {
        NumberAxis axis = valueAxis(label, false);
        axis.setRange(0, 1);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.2, format("0.0")));
        return axis;
    }

    public static void styleAxis(ValueAxis axis) {
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS_LINE);
        axis.setTickMarkPaint(AXIS_LINE);
    }

    public static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setRangeMinorGridlinePaint(MINOR_GRID);
        plot.setRangeMinorGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
    }

    /** Mean lines with their 95% bands; series {@code i} gets {@code colours.get(i)}. */
    public static DeviationRenderer bandRenderer(List<Color> colours) {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(BAND_ALPHA);
        for (int i = 0; i < colours.size(); i++) {
            r.setSeriesPaint(i, colours.get(i));
            r.setSeriesFillPaint(i, colours.get(i));
            r.setSeriesStroke(i, lineStroke(i));
        }
        r.setBaseToolTipGenerator(null);
        return r;
    }

    /** A chart with title, subtitles (one line each) and optionally a legend below the plot. */
    public static JFreeChart chart(String title, List<String> subtitles, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(10, 14, 10, 22));
        TextTitle t = chart.getTitle();
        t.setPaint(TEXT);
        t.setPadding(new RectangleInsets(4, 4, 2, 4));
        for (String s : subtitles) {
            if (s == null || s.isBlank()) continue;
            TextTitle sub = new TextTitle(s, SUBTITLE_FONT);
            sub.setPaint(SUBTLE_TEXT);
            sub.setPadding(new RectangleInsets(1, 4, 1, 4));
            chart.addSubtitle(sub);
        }
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(LEGEND_FONT);
            l.setItemPaint(TEXT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setHorizontalAlignment(HorizontalAlignment.CENTER);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
            l.setMargin(new RectangleInsets(8, 0, 0, 0));
        }
        return chart;
    }

    /**
     * A log axis with a labelled tick at each power of ten from {@code lower} to {@code upper} and minor gridlines
     * between. The range reaches a hair beyond the decades: LogAxis 1.0.19 drops a tick that sits exactly on a bound.
     */
    public static org.jfree.chart.axis.LogAxis decadeLogAxis(String label, double lower, double upper) {
        org.jfree.chart.axis.LogAxis axis = new org.jfree.chart.axis.LogAxis(label);
        axis.setRange(lower * 0.97, upper * 1.03);
        axis.setSmallestValue(lower * 0.5);
        axis.setAutoTickUnitSelection(false);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1, format("0"), 9));
        axis.setMinorTickMarksVisible(true);
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(lower) + 1e-9));
        axis.setNumberFormatOverride(format(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals)));
        styleAxis(axis);
        return axis;
    }
}
