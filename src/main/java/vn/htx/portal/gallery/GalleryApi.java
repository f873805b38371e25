package vn.htx.portal.gallery;

import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import vn.htx.portal.gallery.domain.GalleryReader;
import vn.htx.portal.media.MediaStorage;
import vn.htx.portal.shared.PageSlice;

/** What the rest of the portal reads of the galleries: published albums and videos only. */
@Service
public class GalleryApi {

    private final GalleryReader reader;
    private final MediaStorage storage;

    GalleryApi(GalleryReader reader, MediaStorage storage) {
        this.reader = reader;
        this.storage = storage;
    }

    public PageSlice<AlbumCard> albums(int page, int size) {
        return reader.albums(page, size);
    }

    public Optional<AlbumDetail> album(String slug) {
        return reader.album(slug);
    }

    public Optional<AlbumCard> newestAlbum() {
        return reader.albums(1, 1).items().stream().findFirst();
    }

    public PageSlice<VideoCard> videos(int page, int size) {
        return reader.videos(page, size);
    }

    public Optional<VideoCard> video(String slug) {
        return reader.video(slug);
    }

    public Optional<VideoCard> newestVideo() {
        return reader.videos(1, 1).items().stream().findFirst();
    }

    /** The MP4 file of a public video. */
    public Optional<Resource> videoFile(String slug) {
        return reader.publicVideoFile(slug).flatMap(storage::get);
    }
}
