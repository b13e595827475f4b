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
 * slow for a browser to show. Translucent dots still darken where they overlap. Raster drawings (PNG) always draw
 * each dot.
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
        } else {
            g2.setPaint(paint);
            drawDots(g2, dataArea, plot, domainAxis, rangeAxis, dataset, series, item, last);
        }
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
        int x0 = (int) Math.floor(dataArea.getMinX()), y0 = (int) Math.floor(dataArea.getMinY());
        int w = (int) Math.ceil(dataArea.getMaxX()) - x0, h = (int) Math.ceil(dataArea.getMaxY()) - y0;
        if (w <= 0 || h <= 0) return;
        BufferedImage picture = new BufferedImage(w * RASTER_SCALE, h * RASTER_SCALE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D p = picture.createGraphics();
        try {
            p.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            p.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            p.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            p.scale(RASTER_SCALE, RASTER_SCALE);
            p.translate(-x0, -y0);
            p.setPaint(paint);
            drawDots(p, dataArea, plot, domainAxis, rangeAxis, dataset, series, first, last);
        } finally {
            p.dispose();
        }
        if (paint instanceof Color c) oneColour(picture, c);
        g2.setRenderingHint(SVGHints.KEY_IMAGE_HANDLING, SVGHints.VALUE_IMAGE_HANDLING_REFERENCE);
        g2.setRenderingHint(SVGHints.KEY_IMAGE_HREF, ChartFiles.pictureHref(g2.getSVGImages().size()));
        AffineTransform placed = new AffineTransform(1.0 / RASTER_SCALE, 0, 0, 1.0 / RASTER_SCALE, x0, y0);
        g2.drawImage(picture, placed, null);
    }

    /**
     * Dots of one colour over nothing are that colour wherever they cover, at the opacity of their overlaps; the
     * blending rounds the colour a little differently from pixel to pixel (thousands of colours where there is one).
     * Set back, the picture has at most 256 colours, one per opacity, and {@link PngEncoder} stores it with a
     * palette: a quarter of the bytes to compress.
     */
    private static void oneColour(BufferedImage picture, Color c) {
        int rgb = c.getRGB() & 0xFFFFFF;
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int a = pixels[i] & 0xFF000000;
            pixels[i] = a == 0 ? 0 : a | rgb;
        }
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
