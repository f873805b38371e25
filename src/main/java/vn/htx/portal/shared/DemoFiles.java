package vn.htx.portal.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The demo content lives in files under {@code classpath:demo/}, not in the code: tab-separated
 * rows, one item per line, {@code #} lines and blank lines skipped; or one item per HTML file with
 * {@code key: value} header lines, a {@code ---} line and the body ({@link #headed}).
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

    /** A demo file of the second kind: its name, its header lines and its HTML body. */
    public record Headed(String name, Map<String, String> headers, String body) {

        public String header(String key) {
            return headers.get(key);
        }

        static Headed parse(String name, String text) {
            String normalised = text.replace("\r\n", "\n");
            int separator = normalised.indexOf("\n---\n");
            if (separator < 0) {
                throw new IllegalArgumentException(name + " needs a '---' line between its header and body");
            }
            Map<String, String> headers = new HashMap<>();
            for (String line : normalised.substring(0, separator).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(
                            line.substring(0, colon).strip(),
                            line.substring(colon + 1).strip());
                }
            }
            return new Headed(name, headers, normalised.substring(separator + 5).strip());
        }
    }

    /** Every {@code *.html} file under {@code classpath:demo/<folder>/}, in the order of their names. */
    public static List<Headed> headed(String folder) {
        try {
            Resource[] found =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:demo/" + folder + "/*.html");
            List<Headed> files = new ArrayList<>();
            for (Resource resource : Arrays.stream(found)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList()) {
                files.add(Headed.parse(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
