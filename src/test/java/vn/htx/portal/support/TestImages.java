package vn.htx.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Real image files made on the fly, for upload tests. */
public final class TestImages {

    private TestImages() {}

    /** A 1×1 lossless WebP (ImageIO cannot write WebP, so it is spelled out). */
    public static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    public static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x % height, 0x336699);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /**
     * A valid PNG of {@code width} × {@code height} pixels in 16-bit RGBA (8 bytes a pixel once
     * decoded), written by hand row by row so that making it takes no memory: a 6300 × 6300 one is a
     * few hundred KB on disk and 318 MB decoded in full.
     */
    public static byte[] png16Rgba(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(width)
                .putInt(height)
                .put((byte) 16)
                .put((byte) 6)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        chunk(png, "IHDR", header.array());
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (var deflate = new DeflaterOutputStream(compressed)) {
            byte[] row = new byte[1 + width * 8];
            for (int y = 0; y < height; y++) {
                // a diagonal line, so the picture is not blank
                int x = (int) ((long) y * width / height);
                Arrays.fill(row, (byte) 0);
                for (int b = 0; b < 8; b++) {
                    row[1 + x * 8 + b] = (byte) 0xC0;
                }
                deflate.write(row);
            }
        }
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        ByteBuffer length = ByteBuffer.allocate(4).putInt(data.length);
        png.write(length.array());
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        png.write(typeBytes);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
