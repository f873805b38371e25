package vn.htx.portal.media.domain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
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
    /** The display rendition's most pixels: 1600 × 4000 (a tall poster becomes narrower instead). */
    static final long DISPLAY_MAX_PIXELS = 1600L * 4000;

    /**
     * Memory one decoded image may take, counted in bytes per pixel of its real format (a 16-bit
     * RGBA PNG takes 8): larger images are decoded subsampled (every 2nd, 3rd, … pixel), which the
     * JDK's readers do row by row, so memory follows the decoded size, not the file's.
     */
    static final long DECODE_BUDGET_BYTES = 32L * 1024 * 1024;

    /**
     * Images decoded at once on this node: decoding, scaling and encoding take the memory above
     * several times over, and a small server has one or two cores to do it with. Further uploads
     * wait their turn for {@link #WAIT_FOR_TURN}, then are refused with a "busy, try again" message.
     */
    static final Semaphore TURNS =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

    static final Duration WAIT_FOR_TURN = Duration.ofSeconds(60);

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
        try {
            if (!TURNS.tryAcquire(WAIT_FOR_TURN.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new MediaRejectedException("media.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaRejectedException("media.busy");
        }
        try {
            return render(bytes, format, maxPixels);
        } finally {
            TURNS.release();
        }
    }

    private static Renditions render(byte[] bytes, Format format, long maxPixels) {
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
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            long pixels = (long) width * height;
            if (width <= 0 || height <= 0) {
                throw new MediaRejectedException("media.corrupt");
            }
            // the source's pixels bound the time a decode takes (every row is inflated)
            if (pixels > maxPixels) {
                throw new MediaRejectedException("media.tooManyPixels", maxPixels / 1_000_000);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height, bytesPerPixel(reader));
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
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

    /**
     * Read every {@code n}th pixel of every {@code n}th row: the smallest step that keeps the image at
     * least as wide as the display rendition where possible, and within the decode budget always.
     */
    static int subsampling(int width, int height, int bytesPerPixel) {
        int step = Math.max(1, width / DISPLAY_WIDTH);
        while ((long) ceilDiv(width, step) * ceilDiv(height, step) * bytesPerPixel > DECODE_BUDGET_BYTES) {
            step++;
        }
        return step;
    }

    private static int ceilDiv(int value, int divisor) {
        return (value + divisor - 1) / divisor;
    }

    /** Bytes a decoded pixel of this image takes: its samples' bits together (16-bit RGBA: 8), at least 4. */
    private static int bytesPerPixel(ImageReader reader) throws IOException {
        int bits = 0;
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        if (raw != null) {
            for (int sample : raw.getSampleModel().getSampleSize()) {
                bits += sample;
            }
        }
        return Math.max(4, (bits + 7) / 8);
    }

    private static BufferedImage scaleToWidth(BufferedImage source, int maxWidth, boolean keepAlpha) {
        int width = Math.min(maxWidth, source.getWidth());
        int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
        if ((long) width * height > DISPLAY_MAX_PIXELS) {
            height = (int) Math.min(height, DISPLAY_MAX_PIXELS / DISPLAY_WIDTH);
            width = Math.max(1, (int) Math.round((double) source.getWidth() * height / source.getHeight()));
        }
        BufferedImage target =
                new BufferedImage(width, height, keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            if (!keepAlpha) {
                g.setColor(Color.WHITE);
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
