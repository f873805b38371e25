package vn.htx.portal.documents.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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

    /** What {@code bytes} really are, or null when they are none of the accepted types. */
    public static DocumentFileType detect(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(bytes, new byte[] {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        })) {
            return DOC; // an OLE2 container: Word or Excel, told apart by the name (see accepts)
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return zipKind(bytes);
        }
        return null;
    }

    /** Whether a file named {@code fileName} may have content detected as {@code detected}. */
    public static DocumentFileType accept(String fileName, byte[] bytes) {
        DocumentFileType detected = detect(bytes);
        if (detected == null) {
            return null;
        }
        String extension = extensionOf(fileName);
        if (detected == DOC) {
            return extension.equals("xls") ? XLS : extension.equals("doc") ? DOC : null;
        }
        return extension.equals(detected.extension) ? detected : null;
    }

    public static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static DocumentFileType zipKind(byte[] bytes) {
        Set<String> names = new HashSet<>();
        String mimetype = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 10_000) {
                names.add(entry.getName());
                if (entry.getName().equals("mimetype")) {
                    mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
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
