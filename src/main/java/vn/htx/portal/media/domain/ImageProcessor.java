package vn.htx.portal.media.domain;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.htx.portal.media.MediaRejectedException;

/**
 * Recognises an image by its first bytes, decodes it completely (a file that only looks like an
 * image is refused here), and re-encodes it at display sizes. Re-encoding also drops metadata such
 * as the GPS position a phone camera writes into its photos.
 */
public final class ImageProcessor {

    public static final int DISPLAY_WIDTH = 1600;
    public static final int THUMBNAIL_WIDTH = 480;

    public enum Format {
        JPEG("jpeg"),
        PNG("png"),
        GIF("gif"),
        WEBP("webp");

        final String readerName;

        Format(String readerName) {
            this.readerName = readerName;
        }

        /** Photos stay JPEG; images that may have transparency become PNG. */
        boolean keepsTransparency() {
            return this == PNG || this == GIF;
        }
    }

    /** The display and thumbnail renditions, in {@code extension} format. */
    public record Renditions(
            byte[] display, byte[] thumbnail, int width, int height, String extension, String contentType) {}

    private ImageProcessor() {}

    /** The format the bytes really are, whatever the file was called; {@code null} for anything else (SVG included). */
    public static Format sniff(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Format.JPEG;
        }
        if (bytes.length >= 8
                && (bytes[0] & 0xFF) == 0x89
                && bytes[1] == 'P'
                && bytes[2] == 'N'
                && bytes[3] == 'G'
                && bytes[4] == 0x0D
                && bytes[5] == 0x0A
                && bytes[6] == 0x1A
                && bytes[7] == 0x0A) {
            return Format.PNG;
        }
        if (bytes.length >= 6
                && bytes[0] == 'G'
                && bytes[1] == 'I'
                && bytes[2] == 'F'
                && bytes[3] == '8'
                && (bytes[4] == '7' || bytes[4] == '9')
                && bytes[5] == 'a') {
            return Format.GIF;
        }
        if (bytes.length >= 12
                && bytes[0] == 'R'
                && bytes[1] == 'I'
                && bytes[2] == 'F'
                && bytes[3] == 'F'
                && bytes[8] == 'W'
                && bytes[9] == 'E'
                && bytes[10] == 'B'
                && bytes[11] == 'P') {
            return Format.WEBP;
        }
        return null;
    }

    public static Renditions process(byte[] bytes, long maxPixels) {
        Format format = sniff(bytes);
        if (format == null) {
            throw new MediaRejectedException("media.notAnImage");
        }
        BufferedImage image = decode(bytes, format, maxPixels);
        boolean png = format.keepsTransparency();
        BufferedImage display = scaleToWidth(image, DISPLAY_WIDTH, png);
        BufferedImage thumbnail = scaleToWidth(image, THUMBNAIL_WIDTH, png);
        return new Renditions(
                encode(display, png),
                encode(thumbnail, png),
                display.getWidth(),
                display.getHeight(),
                png ? "png" : "jpg",
                png ? "image/png" : "image/jpeg");
    }

    private static BufferedImage decode(byte[] bytes, Format format, long maxPixels) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels <= 0) {
                throw new MediaRejectedException("media.corrupt");
            }
            if (pixels > maxPixels) {
                throw new MediaRejectedException("media.tooManyPixels", maxPixels / 1_000_000);
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw new MediaRejectedException("media.corrupt");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRejectedException rejected) {
                throw rejected;
            }
            throw new MediaRejectedException("media.corrupt");
        } finally {
            reader.dispose();
        }
    }

    private static BufferedImage scaleToWidth(BufferedImage source, int maxWidth, boolean keepAlpha) {
        int width = Math.min(maxWidth, source.getWidth());
        int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
        BufferedImage target =
                new BufferedImage(width, height, keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            if (!keepAlpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, boolean png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (png) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(output);
                ImageWriteParam params = writer.getDefaultWriteParam();
                params.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                params.setCompressionQuality(0.85f);
                writer.write(null, new IIOImage(image, null, null), params);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
