package vn.htx.portal.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Pictures of our own making for the demo content: a countryside scene (sky, sun, layered hills,
 * rows of a field, a river) drawn from a seed, so that every demo article, album photo and banner
 * has its own picture, the same on every start. Shapes only, no text: no font is needed.
 */
public final class DemoPictures {

    /** Sky, sun, far hills, near hills, field, field rows, water: one palette per time of day. */
    private static final int[][] PALETTES = {
        {0x8ec5ff, 0xfff1b8, 0xffd54f, 0x6b9b5e, 0x3f7d3a, 0x9ccc65, 0x558b2f, 0x4fa3d9},
        {0xffcc99, 0xffe0b2, 0xff8a50, 0x8d6e63, 0x5d4037, 0xc5e1a5, 0x7cb342, 0x5c9ecf},
        {0xb3e5fc, 0xe1f5fe, 0xfff59d, 0x4db6ac, 0x00796b, 0xdce775, 0xafb42b, 0x3f8fc5},
    };

    private DemoPictures() {}

    /** The text alternative of the picture drawn from {@code seed} ({@code demo/pictures.tsv}). */
    public static String altText(long seed) {
        var rows = vn.htx.portal.shared.DemoFiles.tsv("demo/pictures.tsv", 1);
        return rows.get((int) Math.floorMod(seed, PALETTES.length))[0];
    }

    /** A JPEG of {@code width} × {@code height} drawn from {@code seed}. */
    public static byte[] landscape(long seed, int width, int height) {
        Random random = new Random(seed);
        int[] palette = PALETTES[(int) Math.floorMod(seed, PALETTES.length)];
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int horizon = (int) (height * (0.42 + random.nextDouble() * 0.12));
            g.setPaint(new GradientPaint(0, 0, new Color(palette[0]), 0, horizon, new Color(palette[1])));
            g.fillRect(0, 0, width, horizon + 1);
            int sun = height / 7;
            g.setColor(new Color(palette[2]));
            g.fillOval((int) (width * (0.1 + random.nextDouble() * 0.7)), (int) (horizon * 0.2), sun, sun);
            hills(g, random, width, height, horizon - height / 8, new Color(palette[3]));
            hills(g, random, width, height, horizon, new Color(palette[4]));
            g.setColor(new Color(palette[5]));
            g.fillRect(0, horizon + height / 12, width, height);
            g.setColor(new Color(palette[6]));
            int rows = 6 + random.nextInt(5);
            for (int i = 0; i < rows; i++) {
                int y = horizon + height / 12 + (i + 1) * (height - horizon) / (rows + 2);
                g.fillRect(0, y, width, Math.max(2, height / 90 + i));
            }
            g.setColor(new Color(palette[7]));
            Path2D river = new Path2D.Double();
            double start = width * (0.3 + random.nextDouble() * 0.4);
            river.moveTo(start, horizon + height / 12.0);
            river.curveTo(
                    start - width * 0.2,
                    height * 0.75,
                    start + width * 0.25,
                    height * 0.85,
                    start - width * 0.1,
                    height);
            river.lineTo(start + width * 0.12, height);
            river.curveTo(
                    start + width * 0.35,
                    height * 0.85,
                    start,
                    height * 0.75,
                    start + width * 0.03,
                    horizon + height / 12.0);
            river.closePath();
            g.fill(river);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void hills(Graphics2D g, Random random, int width, int height, int base, Color color) {
        Path2D shape = new Path2D.Double();
        shape.moveTo(0, height);
        shape.lineTo(0, base);
        int bumps = 3 + random.nextInt(3);
        for (int i = 0; i < bumps; i++) {
            double x1 = width * (i + 0.5) / bumps;
            double x2 = width * (i + 1.0) / bumps;
            shape.quadTo(x1, base - height * (0.08 + random.nextDouble() * 0.15), x2, base);
        }
        shape.lineTo(width, height);
        shape.closePath();
        g.setColor(color);
        g.fill(shape);
    }
}
