package vn.htx.portal.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.media.domain.ImageProcessor;
import vn.htx.portal.media.domain.MediaFile;
import vn.htx.portal.media.domain.MediaFileRepository;
import vn.htx.portal.shared.Hashes;
import vn.htx.portal.shared.PeriodicWrites;

/** Accepting images from the back office. */
@Service
public class MediaApi {

    public static final String URL_PREFIX = "/media/";

    private final MediaStorage storage;
    private final MediaFileRepository files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PortalProperties properties;
    private final TransactionTemplate transactions;

    MediaApi(
            MediaStorage storage,
            MediaFileRepository files,
            ApplicationEventPublisher events,
            Clock clock,
            PortalProperties properties,
            TransactionTemplate transactions,
            PeriodicWrites periodic) {
        this.storage = storage;
        this.files = files;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.transactions = transactions;
        periodic.register(() -> sweepUnreferenced(clock.instant().minus(SWEEP_AGE)), SWEEP_EVERY);
    }

    /** A stored image without a row is removed once it is this old (an upload takes seconds). */
    static final Duration SWEEP_AGE = Duration.ofHours(1);

    static final Duration SWEEP_EVERY = Duration.ofHours(1);

    public long maxImageBytes() {
        return properties.media().maxImageSize().toBytes();
    }

    /**
     * {@link #storeImage} for a file uploaded through a form: refused before it is read when it is
     * over the limit, and a file that cannot be read is refused like any other bad upload.
     */
    public StoredImage storeUpload(MultipartFile file, String uploadedBy) {
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
     * {@link #storeUpload} for a back-office form: the address of the stored image, or null when no
     * file was sent or it was refused — then with the Vietnamese reason beside {@code field}.
     */
    public String storeUploadFor(MultipartFile file, String uploadedBy, Errors errors, String field) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return storeUpload(file, uploadedBy).url();
        } catch (MediaRejectedException e) {
            errors.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
            return null;
        }
    }

    /**
     * Checks, re-encodes and stores an image. The same picture uploaded twice is stored once, also
     * when both uploads arrive at the same moment. On any refusal or failure nothing is left behind
     * that no row refers to, and a file that a row refers to is never removed.
     *
     * @throws MediaRejectedException with the Vietnamese reason when the file is not accepted
     */
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
        Optional<MediaFile> existing = files.findFirstBySha256(sha256);
        if (existing.isPresent()) {
            return toStored(existing.get());
        }
        ZonedDateTime now = clock.instant().atZone(properties.timeZone());
        String folder = "%04d/%02d/".formatted(now.getYear(), now.getMonthValue());
        String name = sha256.substring(0, 32);
        String displayKey = folder + name + "." + renditions.extension();
        String thumbKey = folder + name + "-thumb." + renditions.extension();
        try {
            // content-addressed: a parallel upload of the same picture writes the same bytes here
            storage.put(displayKey, new ByteArrayInputStream(renditions.display()));
            storage.put(thumbKey, new ByteArrayInputStream(renditions.thumbnail()));
            MediaFile saved = transactions.execute(tx -> {
                MediaFile row = files.saveAndFlush(new MediaFile(
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
                events.publishEvent(new MediaUploaded(row.getId(), cleanName(originalName)));
                return row;
            });
            // a failed parallel upload of the same picture may have removed the files before this row
            // was committed (it saw no row yet): put them back, the row needs them
            if (storage.get(displayKey).isEmpty()) {
                storage.put(displayKey, new ByteArrayInputStream(renditions.display()));
            }
            if (storage.get(thumbKey).isEmpty()) {
                storage.put(thumbKey, new ByteArrayInputStream(renditions.thumbnail()));
            }
            return toStored(saved);
        } catch (DataIntegrityViolationException lostTheRace) {
            // the same picture, stored by an upload at the same moment: its row uses these very files
            return files.findFirstBySha256(sha256).map(MediaApi::toStored).orElseThrow(() -> lostTheRace);
        } catch (IOException | RuntimeException e) {
            deleteUnlessReferred(displayKey);
            deleteUnlessReferred(thumbKey);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Removes stored images that no row refers to and that are older than {@code before} (a write
     * in progress is younger): what a crash between writing a file and its row would leave.
     * Returns how many were removed.
     */
    public int sweepUnreferenced(Instant before) {
        int removed = 0;
        try {
            for (String key : storage.keysWrittenBefore("", before)) {
                if (!key.startsWith("files/") && deleteUnlessReferred(key)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    private boolean deleteUnlessReferred(String key) {
        if (Boolean.TRUE.equals(transactions.execute(tx -> files.refersTo(key)))) {
            return false;
        }
        storage.delete(key);
        return true;
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
