package vn.htx.portal.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.htx.portal.shared.VietnameseText;

/**
 * The text of an attached file, so that a word that appears only inside a PDF or a Word document
 * still finds its document. PDF by Apache PDFBox, DOCX by Apache POI. A file that cannot be read
 * (scanned image, password, damaged) has no text: the upload itself is not refused for that.
 */
public final class FileText {

    /** Enough for any legal document; a huge file's tail adds nothing a search needs. */
    public static final int MAX_CHARS = 500_000;

    private static final Logger log = LoggerFactory.getLogger(FileText.class);

    private FileText() {}

    /** The text of {@code bytes} of type {@code extension} ("pdf", "docx"), or null when there is none. */
    public static String extract(byte[] bytes, String extension) {
        try {
            String text = switch (extension) {
                case "pdf" -> pdf(bytes);
                case "docx" -> docx(bytes);
                default -> null;
            };
            if (text == null) {
                return null;
            }
            text = VietnameseText.normalizeSpaces(text);
            if (text.isEmpty()) {
                return null;
            }
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "No text could be extracted from a {} file of {} bytes: {}", extension, bytes.length, e.toString());
            return null;
        }
    }

    private static String pdf(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                return null;
            }
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docx(byte[] bytes) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
