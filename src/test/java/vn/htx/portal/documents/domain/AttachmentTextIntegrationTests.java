package vn.htx.portal.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.htx.portal.search.FileTextTests;
import vn.htx.portal.support.HostileFiles;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.StaffFixtures;

/** The text of attached files, read after the upload was answered, and what the editor is told. */
class AttachmentTextIntegrationTests extends PortalIntegrationTest {

    @Autowired
    private AttachmentTexts texts;

    @Test
    void aHostileFileIsStoredAtOnceWithoutTextAndTheEditorIsTold() throws Exception {
        String location = newDocument("41/BOM-TEP");
        var upload = mvc.perform(multipart(location + "/tep")
                        .file(new MockMultipartFile(
                                "file",
                                "bom.docx",
                                "application/octet-stream",
                                HostileFiles.docxBomb(300L * 1024 * 1024)))
                        .with(csrf())
                        .with(StaffFixtures.admin()))
                .andReturn()
                .getResponse();
        assertThat(upload.getStatus()).isEqualTo(302);
        assertThat(upload.getRedirectedUrl()).isEqualTo(location);
        await().atMost(Duration.ofSeconds(90)).until(() -> "NONE".equals(status("bom.docx")));
        String page = mvc.perform(MockMvcRequestBuilders.get(location).with(StaffFixtures.admin()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("không đọc được nội dung chữ");
    }

    @Test
    void aFileStillWaitingForItsTextWhenThePortalStoppedGetsItAtTheNextStart() throws Exception {
        String location = newDocument("42/CHO-DOC");
        mvc.perform(multipart(location + "/tep")
                .file(new MockMultipartFile(
                        "file",
                        "cho-doc.docx",
                        "application/octet-stream",
                        FileTextTests.docx("Biên bản họp về chăn nuôi bò sữa")))
                .with(csrf())
                .with(StaffFixtures.admin()));
        await().atMost(Duration.ofSeconds(90)).until(() -> "DONE".equals(status("cho-doc.docx")));
        // as if the portal had stopped between the upload and the extraction
        jdbc.update("update document_attachment set text_status = 'PENDING', text_content = null "
                + "where original_name = 'cho-doc.docx'");
        texts.resumeWaiting();
        await().atMost(Duration.ofSeconds(90)).until(() -> "DONE".equals(status("cho-doc.docx")));
        assertThat(jdbc.queryForObject(
                        "select text_content from document_attachment where original_name = 'cho-doc.docx'",
                        String.class))
                .contains("chăn nuôi bò sữa");
    }

    private String status(String name) {
        return jdbc.queryForObject(
                "select text_status from document_attachment where original_name = ?", String.class, name);
    }

    private String newDocument(String number) throws Exception {
        return mvc.perform(post("/quan-tri/van-ban/moi")
                        .with(csrf())
                        .with(StaffFixtures.admin())
                        .param("number", number)
                        .param("summary", "Văn bản thử đọc tệp đính kèm " + number)
                        .param("issueDate", "2026-12-01"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
