package vn.htx.portal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files that are valid and small on disk but huge once read: what a careless or hostile editor can
 * attach. Each is written as a stream, so that making one costs the test no memory.
 */
public final class HostileFiles {

    private static final String WORDS =
            "Hợp tác xã nông nghiệp phát triển kinh tế tập thể bền vững thi đua khen thưởng liên minh tỉnh";

    private HostileFiles() {}

    /**
     * A DOCX whose body holds about {@code chars} characters of Vietnamese words in paragraphs, in an
     * order drawn at random (fixed seed) so that it compresses like real text, not like a bomb.
     */
    public static byte[] docxWithText(long chars) throws IOException {
        String[] words = WORDS.strip().split(" ");
        Random random = new Random(20261207);
        return docx(out -> {
            long written = 0;
            while (written < chars) {
                StringBuilder paragraph = new StringBuilder("<w:p><w:r><w:t>");
                for (int i = 0; i < 60; i++) {
                    String word = words[random.nextInt(words.length)];
                    paragraph.append(word).append(random.nextInt(1000)).append(' ');
                    written += word.length() + 4;
                }
                paragraph.append("</w:t></w:r></w:p>");
                out.write(paragraph.toString().getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** A DOCX whose body inflates to {@code bytes} of blank space (a zip bomb in a Word file). */
    public static byte[] docxBomb(long bytes) throws IOException {
        return docx(out -> {
            out.write("<w:p><w:r><w:t>Hợp tác xã".getBytes(StandardCharsets.UTF_8));
            writeRepeated(out, (byte) ' ', bytes);
            out.write("</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A ZIP archive with one entry that inflates to {@code bytes} zero bytes. */
    public static byte[] zipBomb(long bytes) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("ho-so/du-lieu.bin"));
            writeRepeated(zip, (byte) 0, bytes);
            zip.closeEntry();
        }
        return file.toByteArray();
    }

    /**
     * A one-page PDF whose content stream inflates to {@code bytes} of drawing operators: opening it
     * is instant, reading its text takes as long as the stream is.
     */
    public static byte[] pdfBomb(long bytes) throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate =
                new DeflaterOutputStream(stream, new Deflater(Deflater.BEST_SPEED), 64 * 1024)) {
            byte[] operator = "0 0 m 1 1 l S\n".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < bytes; written += operator.length) {
                deflate.write(operator);
            }
        }
        byte[] content = stream.toByteArray();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        long[] offsets = new long[5];
        write(pdf, "%PDF-1.4\n");
        offsets[1] = pdf.size();
        write(pdf, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        offsets[2] = pdf.size();
        write(pdf, "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        offsets[3] = pdf.size();
        write(pdf, "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n");
        offsets[4] = pdf.size();
        write(pdf, "4 0 obj << /Length " + content.length + " /Filter /FlateDecode >> stream\n");
        pdf.write(content);
        write(pdf, "\nendstream endobj\n");
        long xref = pdf.size();
        write(pdf, "xref\n0 5\n0000000000 65535 f \n");
        for (int i = 1; i <= 4; i++) {
            write(pdf, String.format("%010d 00000 n \n", offsets[i]));
        }
        write(pdf, "trailer << /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] docx(Body body) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            write(
                    zip,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                            + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\""
                            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            write(
                    zip,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
                            + ".org/wordprocessingml/2006/main\"><w:body>");
            body.write(zip);
            write(zip, "</w:body></w:document>");
            zip.closeEntry();
        }
        return file.toByteArray();
    }

    private static void writeRepeated(OutputStream out, byte value, long count) throws IOException {
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, value);
        for (long left = count; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
