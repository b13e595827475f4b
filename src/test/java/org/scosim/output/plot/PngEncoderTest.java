package org.scosim.output.plot;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.*;

/** PNGs decoded by the JDK's own PNG reader give back every pixel; the chunks are framed and checksummed. */
class PngEncoderTest {
    /**
     * @param type     the image's BufferedImage type
     * @param alpha    how the pixels' alpha is drawn: opaque, or a mix of 0, 128 and 255
     * @param sub      whether the image is a part of a larger one (its raster starts inside the larger one's array)
     * @param colours  how many distinct colours the image has, every one of them used; 0: any (thousands)
     * @param colour   the colour type the header must give: 2 (RGB), 3 (a palette) or 6 (RGBA)
     */
    @ParameterizedTest(name = "type {0}, {1}, subimage {2}, {3} colours: colour type {4}")
    @CsvSource({
            "2, opaque, false, 0, 2",     // TYPE_INT_ARGB, what charts are drawn into, read in place
            "2, mixed, false, 0, 6",
            "2, mixed, true, 0, 6",       // read through getRGB
            "1, opaque, false, 0, 2",     // TYPE_INT_RGB
            "5, opaque, false, 0, 2",     // TYPE_3BYTE_BGR
            "6, mixed, false, 0, 6",      // TYPE_4BYTE_ABGR
            "2, mixed, false, 1, 3",      // one colour: a picture nothing was drawn into
            "2, mixed, false, 200, 3",    // translucent colours: a palette with its alpha (tRNS)
            "2, mixed, true, 256, 3",     // as many as a palette holds
            "2, mixed, false, 257, 6",    // one more
            "2, opaque, false, 256, 3",   // a palette without alpha
            "2, opaque, false, 257, 2",
            "1, opaque, false, 100, 3",   // TYPE_INT_RGB, whose pixels' top byte is 0 in its array: still opaque
            "6, mixed, false, 150, 3"})
    void everyPixelComesBack(int type, String alpha, boolean sub, int colours, int colour) throws IOException {
        Random r = new Random(type * 31L + (sub ? 7 : 0) + colours);
        int w = 97, h = 61;
        int[] palette = new int[colours];
        for (int i = 0; i < colours; i++) {
            // distinct: the index in the low bits, a random rest; alpha as for any pixel
            int a = alpha.equals("opaque") ? 255 : new int[]{0, 128, 255}[i % 3];
            palette[i] = a << 24 | (r.nextInt(1 << 14) << 10 | i) & 0xFFFFFF;
        }
        BufferedImage whole = new BufferedImage(w + 9, h + 5, type);
        for (int y = 0; y < whole.getHeight(); y++) {
            for (int x = 0; x < whole.getWidth(); x++) {
                if (colours > 0) {
                    // the image's own part (inside a larger one) holds every colour in its first pixels
                    int i = sub ? (y - 3) * w + (x - 5) : y * whole.getWidth() + x;
                    boolean inside = !sub || x >= 5 && x < 5 + w && y >= 3 && y < 3 + h;
                    whole.setRGB(x, y, palette[inside && i >= 0 && i < colours ? i : r.nextInt(colours)]);
                    continue;
                }
                int a = alpha.equals("opaque") ? 255 : new int[]{0, 128, 255}[r.nextInt(3)];
                // runs of one colour as on a chart, and noise between them
                int rgb = (x / 13 + y / 7) % 3 == 0 ? 0xFFFFFF : r.nextInt(1 << 24);
                whole.setRGB(x, y, a << 24 | rgb);
            }
        }
        BufferedImage image = sub ? whole.getSubimage(5, 3, w, h) : whole;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out);
        byte[] png = out.toByteArray();

        List<String> types = checkedChunks(png);
        assertEquals(colour != 3 ? List.of("IHDR", "IDAT", "IEND") : alpha.equals("opaque")
                ? List.of("IHDR", "PLTE", "IDAT", "IEND") : List.of("IHDR", "PLTE", "tRNS", "IDAT", "IEND"), types);
        assertEquals(colour, png[8 + 8 + 9], "colour type in the header");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(image.getWidth(), back.getWidth());
        assertEquals(image.getHeight(), back.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int want = image.getRGB(x, y), got = back.getRGB(x, y);
                // a fully transparent pixel's colour is not kept by every image type (premultiplied, or none)
                if (want >>> 24 == 0) assertEquals(0, got >>> 24, "alpha at " + x + "," + y);
                else assertEquals(Integer.toHexString(want), Integer.toHexString(got), "pixel " + x + "," + y);
            }
        }
    }

    /** The chunks' types in order, each one's length within the file and its CRC-32 (over type and data) right. */
    private static List<String> checkedChunks(byte[] png) {
        assertArrayEquals(new byte[]{(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'}, java.util.Arrays.copyOf(png, 8));
        ByteBuffer b = ByteBuffer.wrap(png, 8, png.length - 8);
        List<String> types = new ArrayList<>();
        while (b.hasRemaining()) {
            int length = b.getInt();
            assertTrue(length >= 0 && length + 8 <= b.remaining(), "chunk length " + length);
            byte[] typeAndData = new byte[4 + length];
            b.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            String type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
            assertEquals((int) crc.getValue(), b.getInt(), "CRC of " + type);
            types.add(type);
        }
        return types;
    }
}
