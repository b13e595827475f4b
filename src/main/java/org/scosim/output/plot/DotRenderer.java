package org.scosim.output.plot;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGHints;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Filled dots of one size, one per item: a scatter plot of many points. Each dot is drawn as a circle, which an SVG
 * keeps as one {@code <ellipse>} element (JFreeChart's shape renderer hands it a path of four curves, 310 bytes a
 * dot). In a vector drawing (SVG) a series of more than {@link #RASTER_DOTS} dots is drawn as one picture of the
 * plot area at {@link #RASTER_SCALE} times its size, embedded in the SVG, while the axes, text and lines stay vector,
 * as matplotlib's {@code rasterized=True} does: 10,000 dots were 3.5 MB of SVG and as much again in a report, and
 * slow for a browser to show. Translucent dots still darken where they overlap. In a raster drawing in its own
 * pixels (a PNG) the dots are always such a picture, at one pixel a unit, laid over the plot area. The pictures'
 * dots of one colour are stamped ({@link DotStamp}): Java2D filling each dot took 2.2 s of CPU in a 10,000-point
 * sweep, whose plots are drawn three times (PNG, SVG, report); the stamps 0.1 s.
 */
public final class DotRenderer extends AbstractXYItemRenderer {
    /** More dots than this in one series go into a picture in vector drawings (about 300 KB of SVG as circles). */
    public static final int RASTER_DOTS = 2000;
    /** Pixels of the picture per unit of the drawing: twice, sharp on high-density screens and when zoomed in. */
    public static final int RASTER_SCALE = 2;

    private final double radius;

    /** Dots of {@code radius} units, filled with each series' paint (set it with {@code setSeriesPaint}). */
    public DotRenderer(double radius) {
        if (!(radius > 0)) throw new IllegalArgumentException("radius must be positive, got " + radius);
        this.radius = radius;
        setBaseToolTipGenerator(null);
    }

    /** Draws the whole series at its first item: as circles, or as one picture in a vector drawing of many. */
    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        if (item != state.getFirstItemIndex() || !getItemVisible(series, item)) return;
        int last = state.getLastItemIndex();
        Paint paint = lookupSeriesPaint(series);
        if (g2 instanceof SVGGraphics2D svg && last - item + 1 > RASTER_DOTS) {
            drawAsPicture(svg, paint, dataArea, plot, domainAxis, rangeAxis, dataset, series, item, last);
        } else if (!(g2 instanceof SVGGraphics2D) && paint instanceof Color c && g2.getTransform().isIdentity()) {
            // a raster drawing in its own pixels (a PNG): the dots stamped into a picture laid over the plot area
            Rectangle area = pictureArea(dataArea);
            if (area == null) return;
            g2.drawImage(stamped(c, 1, area, dataArea, plot, domainAxis, rangeAxis, dataset, series, item, last),
                    area.x, area.y, null);
        } else {
            g2.setPaint(paint);
            drawDots(g2, dataArea, plot, domainAxis, rangeAxis, dataset, series, item, last);
        }
    }

    /** The plot area widened to whole units, or null when it is empty. */
    private static Rectangle pictureArea(Rectangle2D dataArea) {
        int x0 = (int) Math.floor(dataArea.getMinX()), y0 = (int) Math.floor(dataArea.getMinY());
        int w = (int) Math.ceil(dataArea.getMaxX()) - x0, h = (int) Math.ceil(dataArea.getMaxY()) - y0;
        return w <= 0 || h <= 0 ? null : new Rectangle(x0, y0, w, h);
    }

    /**
     * The dots of colour {@code c} stamped ({@link DotStamp}) into a transparent picture of {@code area} at
     * {@code scale} pixels a unit: that colour wherever a dot covers, at the opacity of the dots over it.
     */
    private BufferedImage stamped(Color c, int scale, Rectangle area, Rectangle2D dataArea, XYPlot plot,
                                  ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int first,
                                  int last) {
        int w = area.width * scale, h = area.height * scale;
        float[] alpha = new float[w * h];
        DotStamp stamp = DotStamp.of(radius * scale);
        float opacity = c.getAlpha() / 255f;
        boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
        for (int i = first; i <= last; i++) {
            double x = dataset.getXValue(series, i), y = dataset.getYValue(series, i);
            if (Double.isNaN(x) || Double.isNaN(y)) continue;
            double tx = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
            double ty = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
            stamp.stamp(alpha, w, h, ((vertical ? tx : ty) - area.x) * scale, ((vertical ? ty : tx) - area.y) * scale, opacity);
        }
        BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        int rgb = c.getRGB() & 0xFFFFFF;
        for (int p = 0; p < pixels.length; p++) {
            int a = Math.round(alpha[p] * 255);
            pixels[p] = a == 0 ? 0 : a << 24 | rgb;
        }
        return picture;
    }

    private void drawDots(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, ValueAxis domainAxis,
                          ValueAxis rangeAxis, XYDataset dataset, int series, int first, int last) {
        boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
        Ellipse2D.Double dot = new Ellipse2D.Double(0, 0, 2 * radius, 2 * radius);
        for (int i = first; i <= last; i++) {
            double x = dataset.getXValue(series, i), y = dataset.getYValue(series, i);
            if (Double.isNaN(x) || Double.isNaN(y)) continue;
            double tx = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
            double ty = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
            dot.x = (vertical ? tx : ty) - radius;
            dot.y = (vertical ? ty : tx) - radius;
            g2.fill(dot);
        }
    }

    /**
     * The dots drawn into a transparent picture of the plot area (its bounds widened to whole units), placed over
     * the area. The picture's address is a placeholder that {@link ChartFiles} replaces with the picture's PNG.
     */
    private void drawAsPicture(SVGGraphics2D g2, Paint paint, Rectangle2D dataArea, XYPlot plot, ValueAxis domainAxis,
                               ValueAxis rangeAxis, XYDataset dataset, int series, int first, int last) {
        Rectangle area = pictureArea(dataArea);
        if (area == null) return;
        BufferedImage picture;
        if (paint instanceof Color c) {
            picture = stamped(c, RASTER_SCALE, area, dataArea, plot, domainAxis, rangeAxis, dataset, series, first, last);
        } else {   // a gradient, say: Java2D fills each dot
            picture = new BufferedImage(area.width * RASTER_SCALE, area.height * RASTER_SCALE, BufferedImage.TYPE_INT_ARGB);
            Graphics2D p = picture.createGraphics();
            try {
                p.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                p.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                p.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                p.scale(RASTER_SCALE, RASTER_SCALE);
                p.translate(-area.x, -area.y);
                p.setPaint(paint);
                drawDots(p, dataArea, plot, domainAxis, rangeAxis, dataset, series, first, last);
            } finally {
                p.dispose();
            }
        }
        g2.setRenderingHint(SVGHints.KEY_IMAGE_HANDLING, SVGHints.VALUE_IMAGE_HANDLING_REFERENCE);
        g2.setRenderingHint(SVGHints.KEY_IMAGE_HREF, ChartFiles.pictureHref(g2.getSVGImages().size()));
        AffineTransform placed = new AffineTransform(1.0 / RASTER_SCALE, 0, 0, 1.0 / RASTER_SCALE, area.x, area.y);
        g2.drawImage(picture, placed, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DotRenderer d && d.radius == radius && super.equals(o);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(radius);
    }
}
