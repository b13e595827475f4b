package org.scosim.output.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.ViewBox;
import org.scosim.output.AtomicFiles;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a chart as {@code NAME.png} and {@code NAME.svg}. Each file is written under a {@code .part} name and renamed
 * into place, so a reader never sees a half-written plot.
 */
public final class ChartFiles {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 750;

    private ChartFiles() {
    }

    /** Both files of one chart; returns their paths, PNG first. */
    public static List<Path> write(JFreeChart chart, Path dir, String name) throws IOException {
        return List.of(writePng(chart, dir.resolve(name + ".png"), WIDTH, HEIGHT),
                writeSvg(chart, dir.resolve(name + ".svg"), WIDTH, HEIGHT, name));
    }

    public static Path writePng(JFreeChart chart, Path target, int width, int height) throws IOException {
        return PngEncoder.writeFile(chart.createBufferedImage(width, height), target);
    }

    /**
     * The chart as an {@code <svg>} element to place inside an HTML page: drawn at {@code width} x {@code height}
     * (choose about the size it is shown at, so its text keeps its point size), scaled by the page through its
     * viewBox, without namespace declarations (HTML needs none) so that the page names no other address.
     * {@code idPrefix} must differ between the charts of one page: their clip paths share the page's id space.
     */
    public static String svgElement(JFreeChart chart, int width, int height, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix.replaceAll("[^A-Za-z0-9_-]", "_") + "-");
        chart.draw(g, new Rectangle(0, 0, width, height));
        String svg = g.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
        g.dispose();
        return svg.replaceAll(" xmlns(:[a-z]+)?=\"[^\"]*\"", "");
    }

    /** {@code idPrefix} fixes the ids of clip paths and gradients, so that the same chart gives the same bytes. */
    public static Path writeSvg(JFreeChart chart, Path target, int width, int height, String idPrefix)
            throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix.replaceAll("[^A-Za-z0-9_-]", "_") + "-");
        chart.draw(g, new Rectangle(0, 0, width, height));
        String svg = g.getSVGElement();
        g.dispose();
        // A standalone UTF-8 document (SVGUtils.writeToSVG would add an SVG 1.1 DOCTYPE and no XML declaration).
        Path part = AtomicFiles.partOf(target);
        try {
            Files.writeString(part, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n",
                    StandardCharsets.UTF_8);
            AtomicFiles.commit(part, target);
        } finally {
            Files.deleteIfExists(part);
        }
        return target;
    }
}
