package vn.htx.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.htx.portal.support.HostileFiles;

public class FileTextTests {

    @Test
    void readsTheTextOfAPdf() throws IOException {
        String text = FileText.extract(pdf("Phu luc: mau dieu le hop tac xa kieu moi"), "pdf");

        assertThat(text).contains("Phu luc: mau dieu le hop tac xa kieu moi");
    }

    @Test
    void readsVietnameseFromADocx() throws IOException {
        String text = FileText.extract(docx("Điều lệ mẫu của hợp tác xã nông nghiệp", "Chương II"), "docx");

        assertThat(text).contains("Điều lệ mẫu của hợp tác xã nông nghiệp").contains("Chương II");
    }

    @Test
    void aDamagedFileHasNoTextAndDoesNotFail() {
        assertThat(FileText.extract("%PDF-1.4 this is not really a pdf".getBytes(), "pdf"))
                .isNull();
        assertThat(FileText.extract(new byte[] {'P', 'K', 3, 4, 0, 0}, "docx")).isNull();
    }

    @Test
    void typesWithoutTextExtractionGiveNone() throws IOException {
        assertThat(FileText.extract(pdf("x"), "xlsx")).isNull();
    }

    @Test
    void aDocxWithMillionsOfCharactersGivesItsFirstHalfMillionOnly() throws IOException {
        byte[] docx = HostileFiles.docxWithText(20_000_000);
        String text = FileText.extract(docx, "docx");
        assertThat(docx.length).as("a big Word file").isGreaterThan(5_000_000);
        assertThat(text.length()).isLessThanOrEqualTo(FileText.MAX_CHARS).isGreaterThan(FileText.MAX_CHARS - 5_000);
    }

    @Test
    void aDocxThatInflatesAThousandfoldIsNotRead() throws IOException {
        byte[] bomb = HostileFiles.docxBomb(300L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(FileText.extract(bomb, "docx")).isNull();
    }

    @Test
    void aPdfWhoseContentNeverEndsStopsAtTheDeadline(@TempDir Path dir) throws IOException {
        Path bomb = dir.resolve("bom.pdf");
        Files.write(bomb, HostileFiles.pdfBomb(300L * 1024 * 1024));
        assertThat(Files.size(bomb)).isLessThan(8 * 1024 * 1024);
        assertThat(FileText.extract(bomb, "pdf", Duration.ofSeconds(2))).isNull();
    }

    static byte[] pdf(String line) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText(line);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
