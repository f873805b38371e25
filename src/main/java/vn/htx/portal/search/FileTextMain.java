package vn.htx.portal.search;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The entry point of the small JVM that {@link FileTextExtraction} starts for one file: arguments
 * {@code FILE EXTENSION SECONDS}; prints the file's text (UTF-8) and exits 0, or exits 3 when the
 * file has none. Nothing of the portal is started.
 */
public final class FileTextMain {

    private FileTextMain() {}

    public static void main(String[] args) {
        String text = FileText.extract(Path.of(args[0]), args[1], Duration.ofSeconds(Long.parseLong(args[2])));
        if (text == null) {
            System.exit(3);
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.print(text);
        out.flush();
        System.exit(0);
    }
}
