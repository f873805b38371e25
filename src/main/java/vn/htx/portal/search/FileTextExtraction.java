package vn.htx.portal.search;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Extracts a file's text in a JVM of its own ({@link FileTextMain}), with a small heap
 * ({@link #HEAP}) and a time limit ({@link #TIME_LIMIT}), killed when it takes longer: a PDF bomb or
 * a DOCX with millions of words can exhaust that JVM, never the portal's. Callers run it off the
 * request thread, one at a time ({@code AttachmentTexts} in the documents module).
 */
@Component
public class FileTextExtraction {

    static final String HEAP = "-Xmx128m";
    static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    /** UTF-8 of {@link FileText#MAX_CHARS} characters is at most this many bytes. */
    private static final int MAX_OUTPUT_BYTES = FileText.MAX_CHARS * 4;

    private static final Logger log = LoggerFactory.getLogger(FileTextExtraction.class);

    /** The text of {@code file} ("pdf", "docx"), or empty: none, unreadable, or over a limit. */
    public Optional<String> extract(Path file, String extension) {
        if (!extension.equals("pdf") && !extension.equals("docx")) {
            return Optional.empty();
        }
        Process process = null;
        try {
            process = new ProcessBuilder(command(file, extension))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] output;
            try (InputStream out = process.getInputStream()) {
                output = readWithin(out, process);
            }
            if (!process.waitFor(TIME_LIMIT.toSeconds() + 10, TimeUnit.SECONDS)) {
                log.warn("Text extraction of a {} file took too long and was stopped", extension);
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                if (process.exitValue() != 3) {
                    log.warn("Text extraction of a {} file ended with code {}", extension, process.exitValue());
                }
                return Optional.empty();
            }
            String text = new String(output, StandardCharsets.UTF_8);
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            log.warn("Text extraction of a {} file could not run: {}", extension, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /** Reads the child's output up to its bound; a child past its time limit is killed, which ends the read. */
    private static byte[] readWithin(InputStream out, Process process) throws IOException {
        Thread killer = new Thread(() -> {
            try {
                if (!process.waitFor(TIME_LIMIT.toSeconds() + 5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException ignored) {
                // the read is over
            }
        });
        killer.setDaemon(true);
        killer.start();
        try {
            return out.readNBytes(MAX_OUTPUT_BYTES);
        } finally {
            killer.interrupt();
        }
    }

    /**
     * {@code java} of this runtime on this application's class path: the plain class path when run
     * from the build, or the executable jar through Spring Boot's launcher when run as a jar.
     */
    static List<String> command(Path file, String extension) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(
                java,
                HEAP,
                "-XX:+ExitOnOutOfMemoryError",
                "-Xss1m",
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true"));
        boolean executableJar = !classPath.contains(File.pathSeparator) && classPath.endsWith(".jar");
        if (executableJar) {
            command.addAll(List.of(
                    "-Dloader.main=" + FileTextMain.class.getName(),
                    "-cp",
                    classPath,
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-cp", classPath, FileTextMain.class.getName()));
        }
        command.addAll(List.of(file.toString(), extension, String.valueOf(TIME_LIMIT.toSeconds())));
        return command;
    }
}
