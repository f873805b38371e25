package vn.htx.portal.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.htx.portal.support.HostileFiles;

public class DocumentFileTypeTests {

    public static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                String[] nameAndContent = entry.split("=", 2);
                zip.putNextEntry(new ZipEntry(nameAndContent[0]));
                zip.write((nameAndContent.length > 1 ? nameAndContent[1] : "x").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
    };

    @Test
    void recognisesEachAcceptedTypeByContent() throws IOException {
        assertThat(DocumentFileType.accept("qd.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(DocumentFileType.PDF);
        assertThat(DocumentFileType.accept("cv.doc", OLE2)).isEqualTo(DocumentFileType.DOC);
        assertThat(DocumentFileType.accept("bang.xls", OLE2)).isEqualTo(DocumentFileType.XLS);
        assertThat(DocumentFileType.accept("cv.docx", zip("[Content_Types].xml", "word/document.xml")))
                .isEqualTo(DocumentFileType.DOCX);
        assertThat(DocumentFileType.accept("bang.XLSX", zip("[Content_Types].xml", "xl/workbook.xml")))
                .isEqualTo(DocumentFileType.XLSX);
        assertThat(DocumentFileType.accept(
                        "vb.odt", zip("mimetype=application/vnd.oasis.opendocument.text", "content.xml")))
                .isEqualTo(DocumentFileType.ODT);
        assertThat(DocumentFileType.accept("bang.ods", zip("mimetype=application/vnd.oasis.opendocument.spreadsheet")))
                .isEqualTo(DocumentFileType.ODS);
        assertThat(DocumentFileType.accept("ho-so.zip", zip("a.txt", "b.txt"))).isEqualTo(DocumentFileType.ZIP);
    }

    @Test
    void refusesFilesWhoseContentIsNotWhatTheirNameClaims() throws IOException {
        assertThat(DocumentFileType.accept(
                        "qd.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isNull();
        assertThat(DocumentFileType.accept("qd.pdf", zip("a.txt"))).isNull();
        assertThat(DocumentFileType.accept("cv.docx", zip("a.txt"))).isNull();
        assertThat(DocumentFileType.accept("virus.exe", "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1)))
                .isNull();
        assertThat(DocumentFileType.accept("cv.doc", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .isNull();
        assertThat(DocumentFileType.accept("anh.svg", "<svg/>".getBytes(StandardCharsets.UTF_8)))
                .isNull();
        assertThat(DocumentFileType.accept("hong.zip", new byte[] {'P', 'K', 3, 4, 9, 9}))
                .isNull();
    }

    @Test
    void aZipBombIsJudgedByItsDirectoryWithoutInflatingIt() throws Exception {
        // 4 GB of zeros in a few MB: judged from the central directory, nothing is inflated
        byte[] bomb = HostileFiles.zipBomb(4L * 1024 * 1024 * 1024);
        long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        assertThat(DocumentFileType.accept("ho-so.zip", bomb)).isEqualTo(DocumentFileType.ZIP);
        assertThat(DocumentFileType.accept("bom.docx", HostileFiles.docxBomb(100_000_000)))
                .isEqualTo(DocumentFileType.DOCX);
    }
}
