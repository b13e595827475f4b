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
     * @param type    the image's BufferedImage type
     * @param alpha   how the pixels' alpha is drawn: opaque, or a mix of 0, 128 and 255
     * @param sub     whether the image is a part of a larger one (its raster starts inside the larger one's array)
     * @param colour  the colour type the header must give: 2 (RGB) or 6 (RGBA)
     */
    @ParameterizedTest(name = "type {0}, {1}, subimage {2}: colour type {3}")
    @CsvSource({
            "2, opaque, false, 2",     // TYPE_INT_ARGB, what charts are drawn into, read in place
            "2, mixed, false, 6",
            "2, mixed, true, 6",       // read through getRGB
            "1, opaque, false, 2",     // TYPE_INT_RGB
            "5, opaque, false, 2",     // TYPE_3BYTE_BGR
            "6, mixed, false, 6"})     // TYPE_4BYTE_ABGR
    void everyPixelComesBack(int type, String alpha, boolean sub, int colour) throws IOException {
        Random r = new Random(type * 31L + (sub ? 7 : 0));
        int w = 97, h = 61;
        BufferedImage whole = new BufferedImage(w + 9, h + 5, type);
        for (int y = 0; y < whole.getHeight(); y++) {
            for (int x = 0; x < whole.getWidth(); x++) {
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
        assertEquals(List.of("IHDR", "IDAT", "IEND"), types);
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
