package vn.htx.portal.gallery.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.gallery.AlbumCard;
import vn.htx.portal.gallery.AlbumDetail;
import vn.htx.portal.gallery.GalleryStatus;
import vn.htx.portal.gallery.PhotoView;
import vn.htx.portal.gallery.VideoCard;
import vn.htx.portal.shared.PageSlice;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.Slug;

/** Albums and videos as visitors see them: only published ones, lists in three statements at most. */
@Component
@Transactional(readOnly = true)
public class GalleryReader {

    private final AlbumRepository albums;
    private final AlbumPhotoRepository photos;
    private final VideoRepository videos;

    GalleryReader(AlbumRepository albums, AlbumPhotoRepository photos, VideoRepository videos) {
        this.albums = albums;
        this.photos = photos;
        this.videos = videos;
    }

    public PageSlice<AlbumCard> albums(int page, int size) {
        Page<Album> found =
                albums.findByStatusOrderByPublishedAtDescIdDesc(GalleryStatus.PUBLISHED, Paging.request(page, size));
        List<Long> ids = found.getContent().stream().map(Album::getId).toList();
        Map<Long, AlbumPhoto> covers = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            for (AlbumPhoto p : photos.firstPhotos(ids)) {
                covers.merge(p.getAlbumId(), p, (a, b) -> a.getId() < b.getId() ? a : b);
            }
            for (Object[] row : photos.countsOf(ids)) {
                counts.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        return PageSlice.of(found, a -> {
            AlbumPhoto cover = covers.get(a.getId());
            return new AlbumCard(
                    a.getId(),
                    a.getSlug(),
                    a.getTitle(),
                    a.getTakenOn(),
                    a.getPublishedAt(),
                    cover == null ? null : cover.getThumbUrl(),
                    cover == null ? null : cover.getAltText(),
                    counts.getOrDefault(a.getId(), 0));
        });
    }

    public Optional<AlbumDetail> album(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return albums.findBySlug(slug).filter(Album::isPublic).map(this::detail);
    }

    /** Any album with its photos, for its editors' preview. */
    public AlbumDetail detail(Album a) {
        List<PhotoView> list = photos.findByAlbumIdOrderBySortOrderAscIdAsc(a.getId()).stream()
                .map(GalleryReader::view)
                .toList();
        return new AlbumDetail(
                a.getId(), a.getSlug(), a.getTitle(), a.getDescription(), a.getTakenOn(), a.getPublishedAt(), list);
    }

    public PageSlice<VideoCard> videos(int page, int size) {
        return PageSlice.of(
                videos.findByStatusOrderByPublishedAtDescIdDesc(GalleryStatus.PUBLISHED, Paging.request(page, size)),
                GalleryReader::card);
    }

    public Optional<VideoCard> video(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return videos.findBySlug(slug).filter(Video::isPublic).map(GalleryReader::card);
    }

    /** The storage key of a public video's file. */
    public Optional<String> publicVideoFile(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return videos.findBySlug(slug).filter(Video::isPublic).map(Video::getFileKey);
    }

    static PhotoView view(AlbumPhoto p) {
        return new PhotoView(
                p.getId(),
                p.getImageUrl(),
                p.getThumbUrl(),
                p.getWidth(),
                p.getHeight(),
                p.getCaption(),
                p.getAltText(),
                p.getSortOrder());
    }

    public static VideoCard card(Video v) {
        return new VideoCard(
                v.getId(),
                v.getSlug(),
                v.getTitle(),
                v.getDescription(),
                v.getRecordedOn(),
                v.getPublishedAt(),
                v.getPosterUrl(),
                v.getFileSize());
    }
}
