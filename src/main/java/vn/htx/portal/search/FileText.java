package vn.htx.portal.search;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.htx.portal.shared.VietnameseText;

/**
 * The text of an attached file, so that a word that appears only inside a PDF or a Word document
 * still finds its document. Bounded in every way a hostile file could stretch it: output (at most
 * {@link #MAX_CHARS}, reading stops there), time (a deadline checked as text comes), memory (PDF
 * streams are decoded into temporary files, not the heap; a DOCX is read as a stream of XML events,
 * never as a whole document tree) and archive size (a DOCX's declared sizes and compression ratio
 * are checked before anything is inflated). A file that cannot be read (scanned image, password,
 * damaged, over a limit) has no text: the upload itself is not refused for that.
 *
 * <p>The portal runs this in a separate, small JVM ({@link FileTextExtraction}), so that even what
 * these bounds miss cannot take the portal's memory or time.
 */
public final class FileText {

    /** Enough for any legal document; a huge file's tail adds nothing a search needs. */
    public static final int MAX_CHARS = 500_000;

    /** A DOCX whose parts declare more than this, uncompressed, is not read. */
    static final long MAX_DOCX_BYTES = 200L * 1024 * 1024;

    /** Nor one that inflates more than this many times its compressed size (a zip bomb). */
    static final long MAX_RATIO = 200;

    private static final Logger log = LoggerFactory.getLogger(FileText.class);

    private FileText() {}

    /** Text extraction went past one of its bounds. */
    static final class Exceeded extends RuntimeException {
        Exceeded(String what) {
            super(what, null, false, false);
        }
    }

    /** The text of {@code bytes} of type {@code extension} ("pdf", "docx"), or null when there is none. */
    public static String extract(byte[] bytes, String extension) {
        try {
            Path file = Files.createTempFile("portal-text-", "." + extension);
            try {
                Files.write(file, bytes);
                return extract(file, extension, Duration.ofSeconds(60));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** The text of {@code file} of type {@code extension}, or null when there is none (or a bound was hit). */
    public static String extract(Path file, String extension, Duration timeLimit) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        BoundedText text = new BoundedText(deadline);
        try {
            switch (extension) {
                case "pdf" -> pdf(file, text);
                case "docx" -> docx(file, text);
                default -> {
                    return null;
                }
            }
        } catch (Exceeded full) {
            if (!full.getMessage().equals("characters")) {
                log.warn("Text extraction of a {} file stopped: {}", extension, full.getMessage());
                return null;
            }
            // enough text: keep what was read
        } catch (IOException | RuntimeException | XMLStreamException e) {
            log.warn("No text could be extracted from a {} file: {}", extension, e.toString());
            return null;
        }
        String clean = VietnameseText.normalizeSpaces(text.toString());
        if (clean.isEmpty()) {
            return null;
        }
        return clean.length() > MAX_CHARS ? clean.substring(0, MAX_CHARS) : clean;
    }

    private static void pdf(Path file, BoundedText text) throws IOException {
        try (PDDocument document =
                Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                return;
            }
            PDFTextStripper stripper = new PDFTextStripper() {
                private int operators;

                @Override
                protected void startPage(PDPage page) throws IOException {
                    text.checkTime();
                    super.startPage(page);
                }

                /** A page can be one endless content stream: the deadline is checked as it is read. */
                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    if (++operators % 1024 == 0) {
                        text.checkTime();
                    }
                    super.processOperator(operator, operands);
                }
            };
            stripper.writeText(document, text);
        }
    }

    private static void docx(Path file, BoundedText text) throws IOException, XMLStreamException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long declared = 0;
            long compressed = 0;
            int entries = 0;
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (++entries > 10_000) {
                    throw new Exceeded("entries");
                }
                declared += Math.max(0, entry.getSize());
                compressed += Math.max(0, entry.getCompressedSize());
            }
            if (declared > MAX_DOCX_BYTES || declared > Math.max(1, compressed) * MAX_RATIO) {
                throw new Exceeded("archive size " + declared);
            }
            ZipEntry body = zip.getEntry("word/document.xml");
            if (body == null) {
                return;
            }
            try (InputStream xml = new LimitedInput(zip.getInputStream(body), MAX_DOCX_BYTES)) {
                XMLInputFactory factory = XMLInputFactory.newFactory();
                factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
                factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
                XMLStreamReader reader = factory.createXMLStreamReader(xml, "UTF-8");
                boolean inText = false;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = reader.getLocalName();
                        inText = name.equals("t");
                        if (name.equals("tab")) {
                            text.write(" ");
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String name = reader.getLocalName();
                        inText = false;
                        if (name.equals("p")) {
                            text.write("\n");
                            text.checkTime();
                        }
                    } else if (inText && event == XMLStreamConstants.CHARACTERS) {
                        text.write(reader.getText());
                    }
                }
            }
        }
    }

    /** Collects text up to {@link #MAX_CHARS}, and stops the extraction when its time is up. */
    private static final class BoundedText extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final long deadline;

        BoundedText(long deadline) {
            this.deadline = deadline;
        }

        void checkTime() {
            if (System.nanoTime() > deadline) {
                throw new Exceeded("time");
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            int room = MAX_CHARS - text.length();
            text.append(chars, offset, Math.min(room, length));
            if (length >= room) {
                throw new Exceeded("characters");
            }
        }

        @Override
        public void write(String value) {
            write(value.toCharArray(), 0, value.length());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** An input that ends with an error after {@code limit} bytes, whatever the archive declared. */
    private static final class LimitedInput extends FilterInputStream {
        private long left;

        LimitedInput(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left-- <= 0) {
                throw new Exceeded("inflated size");
            }
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw new Exceeded("inflated size");
            }
            int read = super.read(buffer, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }
    }
}
