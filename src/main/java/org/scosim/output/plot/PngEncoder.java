package org.scosim.output.plot;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import org.scosim.output.AtomicFiles;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an image as PNG: 8 bits a channel, RGB when every pixel is opaque (a chart's white background) and RGBA
 * otherwise, every row unfiltered, compressed by the JDK's zlib at its default level. The JDK's own PNG writer
 * (ImageIO) tries each of PNG's five filters on every row, in Java code that is still cold when a run draws its
 * plots at the end: that choice took half its time (docs/performance.md, thirteenth round), and on charts, which
 * are mostly flat colour, unfiltered rows compress as well or better.
 */
public final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};

    private PngEncoder() {
    }

    /**
     * Writes {@code image} to {@code target} under a {@code .part} name and renames it into place, so a reader never
     * sees a half-written file; returns {@code target}.
     */
    public static Path writeFile(BufferedImage image, Path target) throws IOException {
        Path part = AtomicFiles.partOf(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part))) {
                write(image, out);
            }
            AtomicFiles.commit(part, target);
        } finally {
            Files.deleteIfExists(part);
        }
        return target;
    }

    static void write(BufferedImage image, OutputStream out) throws IOException {
        int w = image.getWidth(), h = image.getHeight();
        int[] packed = packedArgb(image), scratch = new int[w];
        boolean opaque = opaque(image, packed, scratch);
        int channels = opaque ? 3 : 4;
        DataOutputStream o = new DataOutputStream(out);
        o.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream hd = new DataOutputStream(header);
        hd.writeInt(w);
        hd.writeInt(h);
        hd.writeByte(8);                  // bits a channel
        hd.writeByte(opaque ? 2 : 6);     // colour type: truecolour, or truecolour with alpha
        hd.writeByte(0);                  // compression: deflate
        hd.writeByte(0);                  // filter method 0 (each row's filter byte, here always 0: none)
        hd.writeByte(0);                  // no interlace
        chunk(o, "IHDR", header.toByteArray());
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            ByteArrayOutputStream idat = new ByteArrayOutputStream(1 << 17);
            byte[] row = new byte[1 + channels * w], buffer = new byte[1 << 16];
            for (int y = 0; y < h; y++) {
                int[] line = rowOf(image, packed, scratch, y);
                int base = line == packed ? y * w : 0;
                for (int x = 0, p = 1; x < w; x++) {
                    int c = line[base + x];
                    row[p++] = (byte) (c >> 16);
                    row[p++] = (byte) (c >> 8);
                    row[p++] = (byte) c;
                    if (!opaque) row[p++] = (byte) (c >>> 24);
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) idat.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.finish();
            while (!deflater.finished()) idat.write(buffer, 0, deflater.deflate(buffer));
            chunk(o, "IDAT", idat.toByteArray());
        } finally {
            deflater.end();
        }
        chunk(o, "IEND", new byte[0]);
        o.flush();
    }

    /**
     * The pixels of an INT_ARGB or INT_RGB image (what JFreeChart and the window's snapshot draw into) whose rows lie
     * back to back in one array, read in place (an INT_RGB pixel's top byte is never read: the image is opaque); null
     * for any other image, which is read a row at a time through {@link BufferedImage#getRGB}.
     */
    private static int[] packedArgb(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB && image.getType() != BufferedImage.TYPE_INT_RGB) return null;
        var raster = image.getRaster();
        if (!(raster.getSampleModel() instanceof SinglePixelPackedSampleModel sm) || sm.getScanlineStride() != image.getWidth()
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
            return null;
        }
        return ((DataBufferInt) raster.getDataBuffer()).getData();
    }

    /** Row {@code y} as packed ARGB: the image's own array (the row starts at y x width), or {@code scratch} filled. */
    private static int[] rowOf(BufferedImage image, int[] packed, int[] scratch, int y) {
        if (packed != null) return packed;
        image.getRGB(0, y, scratch.length, 1, scratch, 0, scratch.length);
        return scratch;
    }

    private static boolean opaque(BufferedImage image, int[] packed, int[] scratch) {
        if (!image.getColorModel().hasAlpha()) return true;
        int w = image.getWidth();
        for (int y = 0; y < image.getHeight(); y++) {
            int[] line = rowOf(image, packed, scratch, y);
            int base = line == packed ? y * w : 0;
            for (int x = 0; x < w; x++) if (line[base + x] >>> 24 != 0xFF) return false;
        }
        return true;
    }

    private static void chunk(DataOutputStream o, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        o.writeInt(data.length);
        o.write(t);
        o.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        o.writeInt((int) crc.getValue());
    }
}
