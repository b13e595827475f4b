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
 * Writes an image as PNG: an index into a palette when it has at most 256 colours (a picture of dots in one colour,
 * {@link DotRenderer}: a quarter of the bytes to compress), else 8 bits a channel, RGB when every pixel is opaque (a
 * chart's white background) and RGBA otherwise; every row unfiltered, compressed by the JDK's zlib at its default
 * level. The JDK's own PNG writer
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
        Palette palette = Palette.of(image, packed, scratch);
        boolean opaque = palette != null ? palette.opaque() : opaque(image, packed, scratch);
        int channels = palette != null ? 1 : opaque ? 3 : 4;
        DataOutputStream o = new DataOutputStream(out);
        o.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream hd = new DataOutputStream(header);
        hd.writeInt(w);
        hd.writeInt(h);
        hd.writeByte(8);                  // bits a channel
        hd.writeByte(palette != null ? 3 : opaque ? 2 : 6);   // colour type: indexed, truecolour, truecolour with alpha
        hd.writeByte(0);                  // compression: deflate
        hd.writeByte(0);                  // filter method 0 (each row's filter byte, here always 0: none)
        hd.writeByte(0);                  // no interlace
        chunk(o, "IHDR", header.toByteArray());
        if (palette != null) {
            chunk(o, "PLTE", palette.rgb());
            if (!opaque) chunk(o, "tRNS", palette.alpha());
        }
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            ByteArrayOutputStream idat = new ByteArrayOutputStream(1 << 17);
            byte[] row = new byte[1 + channels * w], buffer = new byte[1 << 16];
            for (int y = 0; y < h; y++) {
                int[] line = rowOf(image, packed, scratch, y);
                int base = line == packed ? y * w : 0;
                if (palette != null) {
                    for (int x = 0; x < w; x++) row[1 + x] = palette.index(line[base + x]);
                } else for (int x = 0, p = 1; x < w; x++) {
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

    /** The distinct colours of an image, at most 256, in the order first met, each with its index. */
    private static final class Palette {
        private static final int MAX = 256;
        private static final int SLOTS = 1024;   // open addressing, at most a quarter full
        private final int[] keys = new int[SLOTS];
        private final short[] slots = new short[SLOTS];
        private final int[] colours = new int[MAX];
        private int size;
        private final int opaqueBits;   // 0xFF000000 for an image without alpha, whose pixels' top byte is not read
        private int lastColour;
        private int lastIndex = -1;   // the index of lastColour; -1 before the first pixel

        private Palette(boolean alpha) {
            opaqueBits = alpha ? 0 : 0xFF000000;
            java.util.Arrays.fill(slots, (short) -1);
        }

        /** The image's palette, or null when it has more than 256 colours. */
        static Palette of(BufferedImage image, int[] packed, int[] scratch) {
            Palette p = new Palette(image.getColorModel().hasAlpha());
            int w = image.getWidth();
            for (int y = 0; y < image.getHeight(); y++) {
                int[] line = rowOf(image, packed, scratch, y);
                int base = line == packed ? y * w : 0;
                for (int x = 0; x < w; x++) {
                    int c = line[base + x] | p.opaqueBits;
                    if ((c != p.lastColour || p.lastIndex < 0) && !p.add(c)) return null;
                }
            }
            return p;
        }

        /** Adds {@code c} if new; false when that would make more than 256 colours. */
        private boolean add(int c) {
            int s = slot(c);
            if (slots[s] < 0) {
                if (size == MAX) return false;
                keys[s] = c;
                slots[s] = (short) size;
                colours[size++] = c;
            }
            lastColour = c;
            lastIndex = slots[s];
            return true;
        }

        private int slot(int c) {
            int s = (c * 0x9E3779B9) >>> 22;
            while (slots[s] >= 0 && keys[s] != c) s = (s + 1) & (SLOTS - 1);
            return s;
        }

        /** The index of a pixel's colour, which the image has. */
        byte index(int pixel) {
            int c = pixel | opaqueBits;
            if (c != lastColour || lastIndex < 0) {
                lastColour = c;
                lastIndex = slots[slot(c)];
            }
            return (byte) lastIndex;
        }

        boolean opaque() {
            for (int i = 0; i < size; i++) if (colours[i] >>> 24 != 0xFF) return false;
            return true;
        }

        /** The PLTE chunk's data: red, green and blue of each colour. */
        byte[] rgb() {
            byte[] b = new byte[3 * size];
            for (int i = 0; i < size; i++) {
                b[3 * i] = (byte) (colours[i] >> 16);
                b[3 * i + 1] = (byte) (colours[i] >> 8);
                b[3 * i + 2] = (byte) colours[i];
            }
            return b;
        }

        /** The tRNS chunk's data: the alpha of each colour. */
        byte[] alpha() {
            byte[] b = new byte[size];
            for (int i = 0; i < size; i++) b[i] = (byte) (colours[i] >>> 24);
            return b;
        }
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
