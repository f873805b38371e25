package vn.htx.portal.gallery.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.gallery.domain.Album;
import vn.htx.portal.gallery.domain.AlbumPhoto;
import vn.htx.portal.gallery.domain.AlbumPhotoRepository;
import vn.htx.portal.gallery.domain.AlbumRepository;
import vn.htx.portal.media.DemoPictures;
import vn.htx.portal.media.MediaApi;
import vn.htx.portal.media.StoredImage;
import vn.htx.portal.shared.DemoFiles;
import vn.htx.portal.shared.Slug;

/** A demo album ({@code demo/albums.tsv}) of pictures of our own making ({@link DemoPictures}). */
@Component
@ConditionalOnProperty(name = "portal.demo-content", havingValue = "true", matchIfMissing = true)
class GalleryDemoData implements ApplicationRunner {

    private static final long FIRST_SEED = 100;

    private final AlbumRepository albums;
    private final AlbumPhotoRepository photos;
    private final MediaApi media;
    private final Clock clock;

    GalleryDemoData(AlbumRepository albums, AlbumPhotoRepository photos, MediaApi media, Clock clock) {
        this.albums = albums;
        this.photos = photos;
        this.media = media;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (albums.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        long seed = FIRST_SEED;
        for (String[] row : DemoFiles.tsv("demo/albums.tsv", 4)) {
            Album album = new Album(Slug.of(row[0]), now);
            album.describe(row[0], row[2], LocalDate.parse(row[1]), now);
            album.publish(true, now);
            albums.saveAndFlush(album);
            int order = 0;
            for (String caption : row[3].split("\\|")) {
                StoredImage image =
                        media.storeImage(DemoPictures.landscape(seed, 1200, 800), "anh-" + seed + ".jpg", "demo");
                AlbumPhoto photo = new AlbumPhoto(
                        album.getId(),
                        image.url(),
                        image.thumbnailUrl(),
                        image.width(),
                        image.height(),
                        caption,
                        order += 10);
                photo.describe(caption, caption, order);
                photos.save(photo);
                seed++;
            }
        }
    }
}
