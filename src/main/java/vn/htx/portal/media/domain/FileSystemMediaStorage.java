package vn.htx.portal.media.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.media.MediaStorage;

/**
 * Media files under {@code <data-dir>/media}. A file is written to a temporary name in the same
 * folder, forced to disk, then renamed into place, so a crash leaves either the whole file or none.
 * Keys are checked against one strict pattern: nothing outside the folder can ever be named.
 */
@Component
public class FileSystemMediaStorage implements MediaStorage {

    /** Images ({@code 2026/11/<hash>.jpg}), document files ({@code files/2026/11/<hash>.pdf}) and videos (.mp4). */
    public static final Pattern KEY = Pattern.compile("(\\d{4}/\\d{2}/[a-f0-9]{16,64}(-[a-z0-9]{1,16})?\\.(jpg|png))"
            + "|(files/\\d{4}/\\d{2}/[a-f0-9]{32,64}\\.(pdf|doc|docx|xls|xlsx|odt|ods|zip|mp4))");

    private final Path root;

    public FileSystemMediaStorage(PortalProperties properties) {
        this.root = properties.dataDir().resolve("media").toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            try (var out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                content.transferTo(Channels.newOutputStream(out));
                out.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<Resource> get(String key) {
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path file = resolve(key);
        return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> keysWrittenBefore(String prefix, Instant before) throws IOException {
        Path start = prefix.isEmpty() ? root : root.resolve(prefix).normalize();
        if (!start.startsWith(root) || !Files.isDirectory(start)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(start, 4)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (Files.getLastModifiedTime(file).toInstant().isAfter(before)) {
                    continue;
                }
                String name = file.getFileName().toString();
                if (name.startsWith(".upload-") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(file); // left by a crash half-way through a write
                    continue;
                }
                String key = root.relativize(file).toString().replace('\\', '/');
                if (KEY.matcher(key).matches()) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private Path resolve(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a media key: " + key);
        }
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("outside the media folder: " + key);
        }
        return file;
    }
}
