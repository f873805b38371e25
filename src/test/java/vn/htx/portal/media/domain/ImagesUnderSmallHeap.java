package vn.htx.portal.media.domain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Run in a JVM of its own with a small heap by {@link ImageMemoryIntegrationTests}: processes every image file
 * named on the command line, all at once, and prints each one's display size. Exits non-zero (or,
 * with -XX:+ExitOnOutOfMemoryError, dies) when an image cannot be handled in that heap.
 */
public final class ImagesUnderSmallHeap {

    private ImagesUnderSmallHeap() {}

    public static void main(String[] files) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(files.length);
        List<Future<String>> results = new ArrayList<>();
        for (String file : files) {
            results.add(pool.submit(() -> {
                ImageProcessor.Renditions r = ImageProcessor.process(Files.readAllBytes(Path.of(file)), 40_000_000);
                return r.width() + "x" + r.height();
            }));
        }
        for (Future<String> result : results) {
            System.out.println("rendered " + result.get());
        }
        pool.shutdown();
    }
}
