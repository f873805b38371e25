package vn.htx.portal.documents.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The file types a document may have attached, recognised by content, not by name: PDF by its
 * header; DOC and XLS as OLE2 containers; DOCX, XLSX, ODT and ODS by what their ZIP container
 * holds; anything else that is a ZIP archive as ZIP. A name that claims another type than the
 * content is refused.
 */
public enum DocumentFileType {
    PDF("pdf", "application/pdf"),
    DOC("doc", "application/msword"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLS("xls", "application/vnd.ms-excel"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ODT("odt", "application/vnd.oasis.opendocument.text"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ZIP("zip", "application/zip");

    public final String extension;
    public final String contentType;

    DocumentFileType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** Entries a ZIP container may list to be inspected at all. */
    static final int MAX_ENTRIES = 20_000;

    /**
     * What {@code file} really is, or null when it is none of the accepted types. A ZIP container is
     * judged by its central directory alone (names, and the few bytes of an ODF "mimetype" entry):
     * nothing else in it is inflated here, however it is compressed.
     */
    public static DocumentFileType detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(head, new byte[] {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        })) {
            return DOC; // an OLE2 container: Word or Excel, told apart by the name (see accept)
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            return zipKind(file);
        }
        return null;
    }

    /** Whether a file named {@code fileName} may have content detected as {@code detected}. */
    public static DocumentFileType accept(String fileName, Path file) throws IOException {
        DocumentFileType detected = detect(file);
        if (detected == null) {
            return null;
        }
        String extension = extensionOf(fileName);
        if (detected == DOC) {
            return extension.equals("xls") ? XLS : extension.equals("doc") ? DOC : null;
        }
        return extension.equals(detected.extension) ? detected : null;
    }

    /** {@link #accept(String, Path)} for content in memory (tests, small demo files). */
    public static DocumentFileType accept(String fileName, byte[] bytes) {
        try {
            Path file = Files.createTempFile("portal-type-", ".bin");
            try {
                Files.write(file, bytes);
                return accept(fileName, file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static DocumentFileType zipKind(Path file) {
        Set<String> names = new HashSet<>();
        String mimetype = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                return null;
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                names.add(entry.getName());
                if (entry.getName().equals("mimetype") && entry.getSize() >= 0 && entry.getSize() <= 100) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        mimetype = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (names.isEmpty()) {
            return null;
        }
        if ("application/vnd.oasis.opendocument.text".equals(mimetype)) {
            return ODT;
        }
        if ("application/vnd.oasis.opendocument.spreadsheet".equals(mimetype)) {
            return ODS;
        }
        if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
            return DOCX;
        }
        if (names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml")) {
            return XLSX;
        }
        return ZIP;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
