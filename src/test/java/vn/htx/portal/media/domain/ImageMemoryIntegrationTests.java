package vn.htx.portal.media.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.htx.portal.support.TestImages;

/**
 * The worst images a staff member can upload, processed four at once in a JVM whose heap is the
 * README's production heap (256 MB) less what the portal itself uses: 128 MB, with the production
 * flag that ends the JVM on OutOfMemoryError. A 16-bit RGBA PNG of 6300 × 6300 (318 MB decoded in
 * full) ended the portal before subsampled decoding.
 */
class ImageMemoryIntegrationTests {

    @Test
    void fourWorstCaseImagesAtOnceFitASmallHeap(@TempDir Path dir) throws Exception {
        Path deepPng = dir.resolve("rgba16-6300.png");
        Files.write(deepPng, TestImages.png16Rgba(6300, 6300));
        Path bigJpeg = dir.resolve("anh-40-trieu-diem.jpg");
        Files.write(bigJpeg, TestImages.image("jpg", 8000, 5000));
        assertThat(Files.size(deepPng)).isLessThan(1_000_000);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx128m",
                "-XX:+ExitOnOutOfMemoryError",
                // the production machine's size: one decode at a time (ImageProcessor.TURNS)
                "-XX:ActiveProcessorCount=2",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                ImagesUnderSmallHeap.class.getName()));
        command.addAll(List.of(deepPng.toString(), deepPng.toString(), bigJpeg.toString(), bigJpeg.toString()));
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("finished").isTrue();
        String output = Files.readString(log);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.startsWith("rendered ")))
                .containsExactly(
                        "rendered 1575x1575", "rendered 1575x1575", "rendered 1600x1000", "rendered 1600x1000");
    }

    @Test
    void subsamplingKeepsTheDecodedImageWithinItsBudget() {
        assertThat(ImageProcessor.subsampling(1200, 800, 4)).isEqualTo(1);
        assertThat(ImageProcessor.subsampling(4000, 3000, 3)).isEqualTo(2);
        int deep = ImageProcessor.subsampling(6300, 6300, 8);
        long decoded = (long) ((6300 + deep - 1) / deep) * ((6300 + deep - 1) / deep) * 8;
        assertThat(decoded).isLessThanOrEqualTo(ImageProcessor.DECODE_BUDGET_BYTES);
        assertThat((6300 + deep - 1) / deep)
                .as("not smaller than needed")
                .isGreaterThan(ImageProcessor.DISPLAY_WIDTH / 2);
    }
}
