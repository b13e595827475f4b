package org.scosim.output.plot;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Dots on a lattice: value (i, j) for i, j in 0..k-1, on axes from -0.5 to k - 0.5, so the centre of dot (i, j) lies
 * at (i + 0.5) / k of the data area across and up. The data area comes from JFreeChart's own rendering record.
 */
class DotRendererTest {
    private static final Color DOT = new Color(0, 114, 178, 110);
    private static final int SIZE = 1000;

    private static JFreeChart lattice(int k) {
        XYSeries s = new XYSeries("dots", false, true);
        for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) s.add(i, j);
        NumberAxis x = new NumberAxis("x"), y = new NumberAxis("y");
        x.setRange(-0.5, k - 0.5);
        y.setRange(-0.5, k - 0.5);
        DotRenderer r = new DotRenderer(2.5);
        r.setSeriesPaint(0, DOT);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), x, y, r);
        plot.setBackgroundPaint(Color.WHITE);   // nothing under the dots but white: no grid lines through them
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return new JFreeChart("t", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    }

    /** The SVG of the chart and the data area it was drawn in. */
    private record Drawn(String svg, Rectangle2D area) {
    }

    private static Drawn svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(SIZE, SIZE);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle(0, 0, SIZE, SIZE), info);
        return new Drawn(ChartFiles.withPictures(g, g.getSVGElement()), info.getPlotInfo().getDataArea());
    }

    private static double[] centre(Rectangle2D area, int i, int j, int k) {
        return new double[] {area.getMinX() + (i + 0.5) / k * area.getWidth(),
                area.getMaxY() - (j + 0.5) / k * area.getHeight()};
    }

    @Test
    void upToTheLimitEachDotIsOneCircleAtItsValue() {
        int k = 44;   // 1,936 dots
        assertTrue(k * k <= DotRenderer.RASTER_DOTS);
        Drawn d = svg(lattice(k));
        assertFalse(d.svg().contains("<image"));
        Matcher m = Pattern.compile("<ellipse cx='([-0-9.]+)' cy='([-0-9.]+)' rx='([0-9.]+)' ry='([0-9.]+)'").matcher(d.svg());
        List<double[]> dots = new ArrayList<>();
        while (m.find()) {
            assertEquals("2.5", m.group(3));
            assertEquals("2.5", m.group(4));
            dots.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        assertEquals(k * k, dots.size());
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double[] want = centre(d.area(), i, j, k), got = dots.get(i * k + j);   // in the series' order
                assertEquals(want[0], got[0], 0.006, "x of dot " + i + "," + j);
                assertEquals(want[1], got[1], 0.006, "y of dot " + i + "," + j);
            }
        }
    }

    @Test
    void beyondTheLimitTheDotsAreOnePictureOfTheirColourOverTheDataArea() throws IOException {
        int k = 50;   // 2,500 dots
        assertTrue(k * k > DotRenderer.RASTER_DOTS);
        Drawn d = svg(lattice(k));
        assertFalse(d.svg().contains("<ellipse"));
        Matcher m = Pattern.compile("<image xlink:href='data:image/png;base64,([A-Za-z0-9+/=]+)'[^>]*transform='matrix\\("
                + "([-0-9.]+),0,0,([-0-9.]+),([-0-9.]+),([-0-9.]+)\\)' x='0' y='0' width='([0-9]+)' height='([0-9]+)'").matcher(d.svg());
        assertTrue(m.find(), "one embedded picture");
        assertFalse(m.find(), "only one");
        m.find(0);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
        double scale = Double.parseDouble(m.group(2));
        assertEquals(1.0 / DotRenderer.RASTER_SCALE, scale);
        assertEquals(scale, Double.parseDouble(m.group(3)));
        double x0 = Double.parseDouble(m.group(4)), y0 = Double.parseDouble(m.group(5));
        assertEquals(Math.floor(d.area().getMinX()), x0);
        assertEquals(Math.floor(d.area().getMinY()), y0);
        assertEquals(Integer.parseInt(m.group(6)), picture.getWidth());
        assertEquals(Integer.parseInt(m.group(7)), picture.getHeight());
        assertEquals((Math.ceil(d.area().getMaxX()) - x0) / scale, picture.getWidth());
        assertEquals((Math.ceil(d.area().getMaxY()) - y0) / scale, picture.getHeight());

        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                int c = picture.getRGB(x, y);
                if (c >>> 24 != 0) assertEquals(DOT.getRGB() & 0xFFFFFF, c & 0xFFFFFF, "one colour, at " + x + "," + y);
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double[] c = centre(d.area(), i, j, k);
                int px = (int) ((c[0] - x0) / scale), py = (int) ((c[1] - y0) / scale);
                assertEquals(DOT.getAlpha(), picture.getRGB(px, py) >>> 24, "dot " + i + "," + j + " covers its centre");
                if (i + 1 < k) {
                    double[] next = centre(d.area(), i + 1, j, k);
                    int mx = (int) (((c[0] + next[0]) / 2 - x0) / scale);
                    assertEquals(0, picture.getRGB(mx, py) >>> 24, "nothing between dots " + i + "," + j + " and the next");
                }
            }
        }
    }

    @Test
    void aRasterDrawingDrawsEveryDotItself() {
        int k = 50;
        JFreeChart chart = lattice(k);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.createBufferedImage(SIZE, SIZE, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        // a dot's translucent blue over the white plot: 110/255 of the way from white
        int blended = (int) Math.round(255 - 110 / 255.0 * (255 - 178));
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double[] c = centre(area, i, j, k);
                int rgb = image.getRGB((int) c[0], (int) c[1]);
                assertEquals(blended, rgb & 0xFF, 1, "blue of dot " + i + "," + j);
                assertTrue((rgb >> 16 & 0xFF) < 200, "red of dot " + i + "," + j + " below white's");
            }
        }
    }
}
