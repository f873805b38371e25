package vn.htx.portal.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo content lives in files under {@code classpath:demo/}, not in the code: tab-separated
 * rows, one item per line, {@code #} lines and blank lines skipped.
 */
public final class DemoFiles {

    private DemoFiles() {}

    /** The rows of a tab-separated file, each with exactly {@code columns} cells, stripped ("" for a missing one). */
    public static List<String[]> tsv(String path, int columns) {
        try {
            String text = new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(Arrays.stream(Arrays.copyOf(line.split("\t", -1), columns))
                            .map(cell -> cell == null ? "" : cell.strip())
                            .toArray(String[]::new));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
