package vn.htx.portal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.TestImages;

/** Storing pictures when the same one arrives several times at once, and what a crash leaves. */
class MediaRaceIntegrationTests extends PortalIntegrationTest {

    @Autowired
    private MediaApi media;

    @Autowired
    private PortalProperties properties;

    @Test
    void theSamePictureUploadedSixTimesAtOnceIsStoredOnceAndItsAddressAnswers() throws Exception {
        for (int trial = 0; trial < 5; trial++) {
            byte[] picture = TestImages.image("png", 300 + trial, 200);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            CountDownLatch ready = new CountDownLatch(1);
            List<Future<StoredImage>> uploads = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                uploads.add(pool.submit(() -> {
                    ready.await();
                    return media.storeImage(picture, "anh-" + System.nanoTime() + ".png", "admin");
                }));
            }
            ready.countDown();
            List<String> addresses = new ArrayList<>();
            for (Future<StoredImage> upload : uploads) {
                addresses.add(upload.get().url());
            }
            pool.shutdown();

            assertThat(addresses).as("trial %d", trial).containsOnly(addresses.get(0));
            assertThat(get(addresses.get(0), "image/*").statusCode())
                    .as("trial %d", trial)
                    .isEqualTo(200);
            StoredImage again = media.storeImage(picture, "lan-sau.png", "admin");
            assertThat(again.url()).isEqualTo(addresses.get(0));
            assertThat(get(again.thumbnailUrl(), "image/*").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void storedFilesWithoutARowAreSweptAndFilesWithARowAreKept() throws Exception {
        StoredImage kept = media.storeImage(TestImages.image("jpg", 320, 240), "giu-lai.jpg", "admin");
        Path root = properties.dataDir().resolve("media");
        Path orphan = root.resolve("2020/01/" + "ab".repeat(16) + ".jpg");
        Path halfWritten = root.resolve("2020/01/.upload-123.tmp");
        Files.createDirectories(orphan.getParent());
        Files.write(orphan, new byte[] {1, 2, 3});
        Files.write(halfWritten, new byte[] {1});
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(1)));
        Files.setLastModifiedTime(orphan, old);
        Files.setLastModifiedTime(halfWritten, old);
        Path keptFile = root.resolve(kept.url().substring(MediaApi.URL_PREFIX.length()));
        Files.setLastModifiedTime(keptFile, old);

        assertThat(media.sweepUnreferenced(Instant.now().minus(Duration.ofHours(1))))
                .isGreaterThanOrEqualTo(1);

        assertThat(orphan).doesNotExist();
        assertThat(halfWritten).doesNotExist();
        assertThat(keptFile).exists();
        assertThat(get(kept.url(), "image/*").statusCode()).isEqualTo(200);
    }
}
