package vn.htx.portal.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.media.domain.ImageProcessor;
import vn.htx.portal.media.domain.MediaFile;
import vn.htx.portal.media.domain.MediaFileRepository;
import vn.htx.portal.shared.Hashes;
import vn.htx.portal.users.AuditLog;

/** Accepting images from the back office. */
@Service
public class MediaApi {

    public static final String URL_PREFIX = "/media/";

    private final MediaStorage storage;
    private final MediaFileRepository files;
    private final AuditLog audit;
    private final Clock clock;
    private final PortalProperties properties;

    MediaApi(
            MediaStorage storage, MediaFileRepository files, AuditLog audit, Clock clock, PortalProperties properties) {
        this.storage = storage;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    public long maxImageBytes() {
        return properties.media().maxImageSize().toBytes();
    }

    /**
     * {@link #storeImage} for a file uploaded through a form: refused before it is read when it is
     * over the limit, and a file that cannot be read is refused like any other bad upload.
     */
    public StoredImage storeUpload(org.springframework.web.multipart.MultipartFile file, String uploadedBy) {
        if (file.getSize() > maxImageBytes()) {
            throw new MediaRejectedException(
                    "media.tooLarge", properties.media().maxImageSize().toMegabytes());
        }
        try {
            return storeImage(file.getBytes(), file.getOriginalFilename(), uploadedBy);
        } catch (IOException e) {
            throw new MediaRejectedException("media.readFailed");
        }
    }

    /**
     * Checks, re-encodes and stores an image. The same picture uploaded twice is stored once. On any
     * refusal or failure nothing is left behind: no file, no row.
     *
     * @throws MediaRejectedException with the Vietnamese reason when the file is not accepted
     */
    @Transactional
    public StoredImage storeImage(byte[] bytes, String originalName, String uploadedBy) {
        if (bytes.length == 0) {
            throw new MediaRejectedException("media.empty");
        }
        if (bytes.length > maxImageBytes()) {
            throw new MediaRejectedException(
                    "media.tooLarge", properties.media().maxImageSize().toMegabytes());
        }
        ImageProcessor.Renditions renditions =
                ImageProcessor.process(bytes, properties.media().maxImagePixels());
        String sha256 = Hashes.sha256Hex(bytes);
        MediaFile existing = files.findFirstBySha256(sha256).orElse(null);
        if (existing != null) {
            return toStored(existing);
        }
        ZonedDateTime now = clock.instant().atZone(properties.timeZone());
        String folder = "%04d/%02d/".formatted(now.getYear(), now.getMonthValue());
        String name = sha256.substring(0, 32);
        String displayKey = folder + name + "." + renditions.extension();
        String thumbKey = folder + name + "-thumb." + renditions.extension();
        try {
            storage.put(displayKey, new ByteArrayInputStream(renditions.display()));
            storage.put(thumbKey, new ByteArrayInputStream(renditions.thumbnail()));
            MediaFile saved = files.saveAndFlush(new MediaFile(
                    displayKey,
                    thumbKey,
                    cleanName(originalName),
                    renditions.contentType(),
                    renditions.width(),
                    renditions.height(),
                    bytes.length,
                    sha256,
                    uploadedBy,
                    clock.instant()));
            audit.record("media.upload", "media", saved.getId(), cleanName(originalName));
            return toStored(saved);
        } catch (IOException | RuntimeException e) {
            storage.delete(displayKey);
            storage.delete(thumbKey);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    private static StoredImage toStored(MediaFile file) {
        return new StoredImage(
                file.getId(),
                URL_PREFIX + file.getStorageKey(),
                URL_PREFIX + file.getThumbKey(),
                file.getWidth(),
                file.getHeight());
    }

    private static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return base.length() > 300 ? base.substring(0, 300) : base;
    }
}
