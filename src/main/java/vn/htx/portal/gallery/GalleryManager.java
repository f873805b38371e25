package vn.htx.portal.gallery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.gallery.domain.Album;
import vn.htx.portal.gallery.domain.AlbumPhoto;
import vn.htx.portal.gallery.domain.AlbumPhotoRepository;
import vn.htx.portal.gallery.domain.AlbumRepository;
import vn.htx.portal.gallery.domain.GalleryReader;
import vn.htx.portal.gallery.domain.Video;
import vn.htx.portal.gallery.domain.VideoRepository;
import vn.htx.portal.media.MediaApi;
import vn.htx.portal.media.MediaRejectedException;
import vn.htx.portal.media.MediaStorage;
import vn.htx.portal.media.StoredImage;
import vn.htx.portal.shared.Blank;
import vn.htx.portal.shared.ConcurrentEditException;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.PageSlice;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.Slug;

/** Keeping the photo albums and videos: editors and administrators. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
public class GalleryManager {

    /** MP4 brands browsers play (ISO base media: the "ftyp" box's major brand). */
    private static final Set<String> MP4_BRANDS =
            Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "MSNV", "mmp4");

    public record EditableAlbum(
            long id,
            String slug,
            String title,
            String description,
            LocalDate takenOn,
            boolean published,
            Instant updatedAt,
            long version,
            List<PhotoView> photos) {}

    public record EditableVideo(
            long id,
            String slug,
            String title,
            String description,
            LocalDate recordedOn,
            String posterUrl,
            long fileSize,
            boolean published,
            Instant updatedAt,
            long version) {}

    private final AlbumRepository albums;
    private final AlbumPhotoRepository photos;
    private final VideoRepository videos;
    private final GalleryReader reader;
    private final MediaApi media;
    private final MediaStorage storage;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PortalProperties.Gallery limits;
    private final java.time.ZoneId zone;

    GalleryManager(
            AlbumRepository albums,
            AlbumPhotoRepository photos,
            VideoRepository videos,
            GalleryReader reader,
            MediaApi media,
            MediaStorage storage,
            ApplicationEventPublisher events,
            Clock clock,
            PortalProperties properties) {
        this.albums = albums;
        this.photos = photos;
        this.videos = videos;
        this.reader = reader;
        this.media = media;
        this.storage = storage;
        this.events = events;
        this.clock = clock;
        this.limits = properties.gallery();
        this.zone = properties.timeZone();
    }

    @Transactional(readOnly = true)
    public PageSlice<EditableAlbum> albums(int page, int size) {
        return PageSlice.of(
                albums.findAllByOrderByUpdatedAtDescIdDesc(Paging.request(page, size)), a -> toEditable(a, List.of()));
    }

    @Transactional(readOnly = true)
    public EditableAlbum album(long id) {
        Album a = loadAlbum(id);
        return toEditable(a, reader.detail(a).photos());
    }

    /** The album as the public will see it once published, whatever its status now. */
    @Transactional(readOnly = true)
    public AlbumDetail preview(long id) {
        return reader.detail(loadAlbum(id));
    }

    public long saveAlbum(Long id, String title, String description, LocalDate takenOn, boolean publish, Long basedOn) {
        Instant now = clock.instant();
        Album album;
        if (id == null) {
            album = new Album(Slug.unique(title, "album", albums::existsBySlug), now);
        } else {
            album = loadAlbum(id);
            ConcurrentEditException.requireVersion(album.getVersion(), basedOn, "album " + id);
        }
        boolean wasPublic = album.isPublic();
        album.describe(title.strip(), Blank.toNull(description), takenOn, now);
        boolean changed = album.publish(publish, now);
        albums.saveAndFlush(album);
        events.publishEvent(new GalleryChanged(
                GalleryChanged.Kind.ALBUM_SAVED, album.getId(), album.getTitle(), wasPublic || publish));
        if (changed) {
            events.publishEvent(new GalleryChanged(
                    publish ? GalleryChanged.Kind.ALBUM_PUBLISHED : GalleryChanged.Kind.ALBUM_UNPUBLISHED,
                    album.getId(),
                    album.getTitle(),
                    true));
        }
        return album.getId();
    }

    /**
     * Adds photos at the end of the album, each through the portal's image pipeline (checked by
     * content, bounded in size and pixels, re-encoded). A refused file refuses the whole upload:
     * the photos of this upload that were stored stay only in the media store (swept if unused).
     */
    public int addPhotos(long albumId, List<MultipartFile> files, String uploadedBy) {
        Album album = loadAlbum(albumId);
        List<MultipartFile> sent = files.stream().filter(f -> !f.isEmpty()).toList();
        if (sent.isEmpty()) {
            throw new GalleryException("photos", "gallery.photos.none");
        }
        if (sent.size() > limits.maxPhotosPerUpload()) {
            throw new GalleryException("photos", "gallery.photos.tooMany", limits.maxPhotosPerUpload());
        }
        int order = photos.findByAlbumIdOrderBySortOrderAscIdAsc(albumId).stream()
                .mapToInt(AlbumPhoto::getSortOrder)
                .max()
                .orElse(0);
        int n = (int) photos.countByAlbumId(albumId);
        for (MultipartFile file : sent) {
            StoredImage image;
            try {
                image = media.storeUpload(file, uploadedBy);
            } catch (MediaRejectedException e) {
                throw new GalleryException("photos", e.messageKey(), e.arguments());
            }
            order += 10;
            n++;
            photos.save(new AlbumPhoto(
                    albumId,
                    image.url(),
                    image.thumbnailUrl(),
                    image.width(),
                    image.height(),
                    album.getTitle() + " – " + n,
                    order));
        }
        album.touch(clock.instant());
        albums.saveAndFlush(album);
        events.publishEvent(new GalleryChanged(
                GalleryChanged.Kind.ALBUM_PHOTOS_CHANGED, albumId, album.getTitle(), album.isPublic()));
        return sent.size();
    }

    public void describePhoto(long albumId, long photoId, String caption, String altText, int sortOrder) {
        AlbumPhoto photo = photos.findById(photoId)
                .filter(p -> p.getAlbumId() == albumId)
                .orElseThrow(() -> new NotFoundException("photo " + photoId));
        if (Blank.toNull(altText) == null) {
            throw new GalleryException("altText", "gallery.photo.altRequired");
        }
        photo.describe(Blank.toNull(caption), altText.strip(), sortOrder);
        photos.saveAndFlush(photo);
        Album album = loadAlbum(albumId);
        events.publishEvent(new GalleryChanged(
                GalleryChanged.Kind.ALBUM_PHOTOS_CHANGED, albumId, album.getTitle(), album.isPublic()));
    }

    public void removePhoto(long albumId, long photoId) {
        AlbumPhoto photo = photos.findById(photoId)
                .filter(p -> p.getAlbumId() == albumId)
                .orElseThrow(() -> new NotFoundException("photo " + photoId));
        photos.delete(photo);
        photos.flush();
        Album album = loadAlbum(albumId);
        events.publishEvent(new GalleryChanged(
                GalleryChanged.Kind.ALBUM_PHOTOS_CHANGED, albumId, album.getTitle(), album.isPublic()));
    }

    @Transactional(readOnly = true)
    public PageSlice<EditableVideo> videos(int page, int size) {
        return PageSlice.of(
                videos.findAllByOrderByUpdatedAtDescIdDesc(Paging.request(page, size)), GalleryManager::toEditable);
    }

    @Transactional(readOnly = true)
    public EditableVideo video(long id) {
        return toEditable(loadVideo(id));
    }

    /**
     * Creates ({@code id} null, a file required) or saves over a video; a new file replaces the old
     * one, which is removed once the change is committed.
     */
    public long saveVideo(
            Long id,
            String title,
            String description,
            LocalDate recordedOn,
            String posterUrl,
            MultipartFile file,
            boolean publish,
            Long basedOn) {
        Instant now = clock.instant();
        Video video;
        if (id == null) {
            if (file == null || file.isEmpty()) {
                throw new GalleryException("file", "gallery.video.required");
            }
            video = null;
        } else {
            video = loadVideo(id);
            ConcurrentEditException.requireVersion(video.getVersion(), basedOn, "video " + id);
        }
        if (file != null && !file.isEmpty()) {
            String key = storeVideo(file);
            if (video == null) {
                video = new Video(Slug.unique(title, "video", videos::existsBySlug), key, file.getSize(), now);
            } else {
                String old = video.getFileKey();
                video.replaceFile(key, file.getSize());
                afterCommit(() -> storage.delete(old));
            }
        }
        boolean wasPublic = video.isPublic();
        video.describe(title.strip(), Blank.toNull(description), recordedOn, Blank.toNull(posterUrl), now);
        boolean changed = video.publish(publish, now);
        videos.saveAndFlush(video);
        events.publishEvent(new GalleryChanged(
                GalleryChanged.Kind.VIDEO_SAVED, video.getId(), video.getTitle(), wasPublic || publish));
        if (changed) {
            events.publishEvent(new GalleryChanged(
                    publish ? GalleryChanged.Kind.VIDEO_PUBLISHED : GalleryChanged.Kind.VIDEO_UNPUBLISHED,
                    video.getId(),
                    video.getTitle(),
                    true));
        }
        return video.getId();
    }

    /** Checks an MP4 by its first bytes (an ISO "ftyp" box of a brand browsers play) and stores it whole. */
    private String storeVideo(MultipartFile file) {
        if (file.getSize() > limits.maxVideoSize().toBytes()) {
            throw new GalleryException(
                    "file", "gallery.video.tooLarge", limits.maxVideoSize().toMegabytes());
        }
        try (InputStream head = file.getInputStream()) {
            byte[] start = head.readNBytes(12);
            String box = start.length == 12 ? new String(start, 4, 4, StandardCharsets.ISO_8859_1) : "";
            String brand = start.length == 12 ? new String(start, 8, 4, StandardCharsets.ISO_8859_1) : "";
            if (!box.equals("ftyp") || !MP4_BRANDS.contains(brand)) {
                throw new GalleryException("file", "gallery.video.notMp4");
            }
        } catch (IOException e) {
            throw new GalleryException("file", "media.readFailed");
        }
        java.time.ZonedDateTime now = clock.instant().atZone(zone);
        String key = "files/%04d/%02d/%s.mp4"
                .formatted(
                        now.getYear(),
                        now.getMonthValue(),
                        UUID.randomUUID().toString().replace("-", ""));
        try (InputStream content = file.getInputStream()) {
            storage.put(key, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        }
    }

    private Album loadAlbum(long id) {
        return albums.findById(id).orElseThrow(() -> new NotFoundException("album " + id));
    }

    private Video loadVideo(long id) {
        return videos.findById(id).orElseThrow(() -> new NotFoundException("video " + id));
    }

    private static EditableAlbum toEditable(Album a, List<PhotoView> photos) {
        return new EditableAlbum(
                a.getId(),
                a.getSlug(),
                a.getTitle(),
                a.getDescription(),
                a.getTakenOn(),
                a.isPublic(),
                a.getUpdatedAt(),
                a.getVersion(),
                photos);
    }

    private static EditableVideo toEditable(Video v) {
        return new EditableVideo(
                v.getId(),
                v.getSlug(),
                v.getTitle(),
                v.getDescription(),
                v.getRecordedOn(),
                v.getPosterUrl(),
                v.getFileSize(),
                v.isPublic(),
                v.getUpdatedAt(),
                v.getVersion());
    }
}
