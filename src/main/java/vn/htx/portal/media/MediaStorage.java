package vn.htx.portal.media;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;

/**
 * Where media bytes live. The portal ships the file-system store under the data directory; this
 * interface is the seam for an object store when the portal runs on several nodes (deliberately an
 * interface with one implementation today: the issue that introduced media asked for it).
 */
public interface MediaStorage {

    /** Stores {@code content} under {@code key} completely or not at all: a reader never sees half a file. */
    void put(String key, InputStream content) throws IOException;

    Optional<Resource> get(String key);

    void delete(String key);

    /**
     * Keys of the stored files last written before {@code before}, under {@code prefix} ("" for
     * all), for sweeping files that no row refers to; half-written temporary files older than that
     * are removed on the way.
     */
    List<String> keysWrittenBefore(String prefix, Instant before) throws IOException;
}
