package org.scosim.output.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Stamped dots against closed forms (a circle's area, the over operator, mirror symmetry) and against Java2D's own
 * antialiased fill of the same circles.
 */
class DotStampTest {

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 2.5, 5.0, 7.3})
    void everyMaskCoversTheCirclesAreaAndItsCentre(double r) {
        DotStamp s = DotStamp.of(r);
        for (int qy = 0; qy < DotStamp.STEPS; qy++) {
            for (int qx = 0; qx < DotStamp.STEPS; qx++) {
                double area = 0;
                for (int row = 0; row < s.size; row++) for (int col = 0; col < s.size; col++) area += s.coverage(qx, qy, col, row);
                assertEquals(Math.PI * r * r, area, 0.01 * Math.PI * r * r, "area at " + qx + "," + qy);
                // the pixel that holds the centre, (q + 0.5) / STEPS + r, is all inside once the radius reaches past it
                int c = (int) ((qx + 0.5) / DotStamp.STEPS + r), d = (int) ((qy + 0.5) / DotStamp.STEPS + r);
                if (r >= 1.5) assertEquals(1f, s.coverage(qx, qy, c, d), "centre at " + qx + "," + qy);
                assertEquals(0f, s.coverage(qx, qy, s.size - 1, s.size - 1), "the far corner");
            }
        }
    }

    @Test
    void dotsOverEachOtherBlendByTheOverOperator() {
        float[] alpha = new float[20 * 20];
        DotStamp s = DotStamp.of(2.5);
        s.stamp(alpha, 20, 20, 10.3, 9.6, 0.4f);
        assertEquals(0.4f, alpha[9 * 20 + 10], 1e-6f, "one dot: its opacity where it covers all");
        s.stamp(alpha, 20, 20, 10.3, 9.6, 0.4f);
        assertEquals(1 - 0.6 * 0.6, alpha[9 * 20 + 10], 1e-6, "two: 1 - (1 - a)^2");
        s.stamp(alpha, 20, 20, 10.3, 9.6, 1f);
        assertEquals(1f, alpha[9 * 20 + 10], 1e-6f, "an opaque dot covers all");
        assertEquals(0f, alpha[0], "far from the dots, nothing");
    }

    @Test
    void aDotAndItsMirrorImageCoverMirroredPixels() {
        int w = 20, h = 16;
        DotStamp s = DotStamp.of(2.5);
        float[] a = new float[w * h], b = new float[w * h];
        s.stamp(a, w, h, 10.3, 7.55, 0.5f);
        s.stamp(b, w, h, w - 10.3, 7.55, 0.5f);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) assertEquals(a[y * w + x], b[y * w + (w - 1 - x)], "pixel " + x + "," + y);
        }
    }

    @Test
    void dotsOverTheEdgeAreCutOffAndNumbersThatAreNotAreLeftOut() {
        int w = 10, h = 10;
        DotStamp s = DotStamp.of(2.5);
        float[] alpha = new float[w * h];
        s.stamp(alpha, w, h, 0.0, 5.0, 1f);      // half of it to the left of the raster
        s.stamp(alpha, w, h, 10.0, 10.0, 1f);    // a quarter in the bottom right corner
        s.stamp(alpha, w, h, -50, 5, 1f);
        s.stamp(alpha, w, h, 5, 1e9, 1f);
        s.stamp(alpha, w, h, Double.NaN, 5, 1f);
        double total = 0;
        for (float v : alpha) total += v;
        double circle = Math.PI * 2.5 * 2.5;
        assertEquals(circle / 2 + circle / 4, total, 0.03 * circle, "half a dot and a quarter");
    }

    @Test
    void stampedDotsAreJava2dsAntialiasedCirclesToWithinAnEdgePixel() {
        int w = 300, h = 200, n = 400;
        double r = 2.5;
        Random random = new Random(7);
        float[] alpha = new float[w * h];
        BufferedImage java2d = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = java2d.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setPaint(new Color(0, 114, 178, 110));
        DotStamp s = DotStamp.of(r);
        for (int i = 0; i < n; i++) {
            double x = 5 + random.nextDouble() * (w - 10), y = 5 + random.nextDouble() * (h - 10);
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            s.stamp(alpha, w, h, x, y, 110 / 255f);
        }
        g.dispose();
        double mass = 0, massJava2d = 0, diff = 0;
        int covered = 0, far = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double ours = alpha[y * w + x] * 255, theirs = java2d.getRGB(x, y) >>> 24;
                mass += ours;
                massJava2d += theirs;
                if (ours > 0 || theirs > 0) {
                    covered++;
                    diff += Math.abs(ours - theirs);
                    if (Math.abs(ours - theirs) > 40) far++;
                }
            }
        }
        // Java2D's fill covers about half a pixel less of each circle than its area (19.1 of 19.6 at radius 2.5,
        // measured); the stamps cover the area itself (above)
        assertEquals(massJava2d, mass, 0.04 * massJava2d, "the same ink in all, to within that");
        assertTrue(diff / covered < 4, "mean difference where a dot is, of 255: " + diff / covered);
        assertEquals(0, far, "no pixel far from Java2D's");
    }
}
