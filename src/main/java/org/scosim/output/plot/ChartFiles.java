package org.scosim.output.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.ImageElement;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.ViewBox;
import org.scosim.output.AtomicFiles;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * Writes a chart as {@code NAME.png} and {@code NAME.svg}. Each file is written under a {@code .part} name and renamed
 * into place, so a reader never sees a half-written plot.
 */
public final class ChartFiles {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 750;
    /** The start of a picture's placeholder address in an SVG, before it is embedded. */
    private static final String PICTURE = "scosim-picture-";

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
        SVGGraphics2D g = drawn(chart, width, height, idPrefix);
        String svg = withPictures(g, g.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null));
        g.dispose();
        return svg.replaceAll(" xmlns(:[a-z]+)?=\"[^\"]*\"", "");
    }

    /** The chart drawn as SVG, its clip paths' and gradients' ids starting with {@code idPrefix}. */
    private static SVGGraphics2D drawn(JFreeChart chart, int width, int height, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix.replaceAll("[^A-Za-z0-9_-]", "_") + "-");
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g;
    }

    /** The placeholder address of the {@code n}th picture a renderer places in an SVG ({@link DotRenderer}). */
    static String pictureHref(int n) {
        return PICTURE + n;
    }

    /**
     * The SVG with each picture a renderer placed in it ({@link #pictureHref}) embedded as PNG, by {@link PngEncoder}:
     * JFreeSVG's own embedding runs the JDK's slower PNG writer and leaves out the space before the address, which
     * makes the file unreadable as XML.
     */
    static String withPictures(SVGGraphics2D g, String svg) {
        for (ImageElement picture : g.getSVGImages()) {
            if (!picture.getHref().startsWith(PICTURE) || !(picture.getImage() instanceof BufferedImage image)) continue;
            ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 16);
            try {
                PngEncoder.write(image, png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);   // into memory: does not happen
            }
            svg = svg.replace("xlink:href='" + picture.getHref() + "'",
                    "xlink:href='data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()) + "'");
        }
        return svg;
    }

    /** {@code idPrefix} fixes the ids of clip paths and gradients, so that the same chart gives the same bytes. */
    public static Path writeSvg(JFreeChart chart, Path target, int width, int height, String idPrefix)
            throws IOException {
        SVGGraphics2D g = drawn(chart, width, height, idPrefix);
        String svg = withPictures(g, g.getSVGElement());
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
