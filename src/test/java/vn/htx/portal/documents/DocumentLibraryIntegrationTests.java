package vn.htx.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.htx.portal.documents.domain.DocumentFileTypeTests;
import vn.htx.portal.shared.VietnameseText;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.StaffFixtures;
import vn.htx.portal.users.Role;
import vn.htx.portal.users.UsersApi;

/** The document library over HTTP, on the demo library of 27 documents. */
class DocumentLibraryIntegrationTests extends PortalIntegrationTest {

    private static final RequestPostProcessor EDITOR = StaffFixtures.as(StaffFixtures.EDITOR, Role.EDITOR);

    @Autowired
    private UsersApi users;

    @BeforeEach
    void staff() {
        StaffFixtures.ensure(users, jdbc);
    }

    private Document list(String query) {
        HttpResponse<String> response = get("/van-ban" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private List<String> numbers(String query) {
        return list(query).select(".doc-table tbody td:first-child a").eachText();
    }

    private static String q(String words) {
        return "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private int found(String query) {
        String text = list(query).select("p[role=status]").text();
        return Integer.parseInt(text.replaceAll("[^0-9]", ""));
    }

    @Test
    void aNumberOrWordsWithOrWithoutDiacriticsFindTheDocument() {
        assertThat(numbers(q("4454"))).containsExactly("4454/QĐ-BNN-VPĐP");
        assertThat(numbers(q("4454/QĐ-BNN"))).first().isEqualTo("4454/QĐ-BNN-VPĐP");
        assertThat(numbers(q("4454/QD-BNN-VPDP"))).containsExactly("4454/QĐ-BNN-VPĐP");
        assertThat(numbers(q("628- LMHTXVN"))).containsExactly("628- LMHTXVN/CSPT");
        int folded = found(q("quyet dinh"));
        assertThat(folded).isGreaterThanOrEqualTo(10);
        assertThat(found(q("quyết định"))).isEqualTo(folded);
        assertThat(found(q("QUYẾT ĐỊNH"))).isEqualTo(folded);
        assertThat(list(q("quyet dinh"))
                        .select(".doc-table tbody td:nth-child(3)")
                        .eachText())
                .allSatisfy(summary ->
                        assertThat(VietnameseText.fold(summary).toLowerCase()).contains("quyet dinh"));
        assertThat(numbers(q("100% _ không có gì"))).isEmpty();
    }

    @Test
    void filtersCombineAndTheAddressSaysWhatIsFiltered() {
        assertThat(numbers("?type=quyet-dinh&year=2019")).containsExactly("1490/QĐ-BKHĐ", "212/QĐ-TTg", "12/QĐ-LMHTX");
        assertThat(numbers("?issuer=thu-tuong-chinh-phu"))
                .containsExactlyInAnyOrder("212/QĐ-TTg", "461/QĐ-TTg", "445/QĐ-TTg", "2261/QĐ-TTg");
        assertThat(numbers("?field=thi-dua-khen-thuong&status=het-hieu-luc"))
                .containsExactly("1520/QĐ-UBND", "14/KH-LMHTX");
        // with words, the best match comes first (the ranking itself is tested with the search)
        assertThat(numbers(q("quy che") + "&issuer=lien-minh-hop-tac-xa-tinh"))
                .containsExactlyInAnyOrder("88/QĐ-LMHTX", "21/QĐ-LMHTX");
        assertThat(numbers("?type=cong-van&issuer=lien-minh-hop-tac-xa-viet-nam&year=2019&status=con-hieu-luc"))
                .containsExactly("628- LMHTXVN/CSPT");
        int all = found("");
        assertThat(found("?status=con-hieu-luc") + found("?status=het-hieu-luc") + found("?status=chua-co-hieu-luc"))
                .isEqualTo(all);
        assertThat(found("?status=het-hieu-luc")).isEqualTo(10);

        Document filtered = list("?type=quyet-dinh&year=2019");
        assertThat(filtered.select("#type option[selected]").val()).isEqualTo("quyet-dinh");
        assertThat(filtered.select("#year option[selected]").val()).isEqualTo("2019");
        assertThat(filtered.select(".facets a").eachAttr("href")).contains("/van-ban?type=quyet-dinh&year=2020");
        assertThat(get("/van-ban?type=quyet-dinh&year=2019&page=2").statusCode())
                .isEqualTo(404);
        assertThat(list("?page=2").select(".pagination__current").text()).isEqualTo("2");
    }

    @Test
    void aDocumentPageShowsEveryFieldItsValidityFilesAndRelationsBothWays() {
        Document law = Jsoup.parse(get("/van-ban/23-2012-qh13").body());
        assertThat(law.select(".validity--large").text()).isEqualTo("Hết hiệu lực");
        assertThat(law.select(".fields").text())
                .contains(
                        "Luật",
                        "Quốc hội",
                        "20/11/2012",
                        "01/07/2013",
                        "01/07/2024",
                        "Nguyễn Sinh Hùng",
                        "Chính sách - Pháp luật, Kinh tế tập thể");
        assertThat(law.select(".relations a").eachText()).contains("03/2014/TT-BKHĐT", "76/HD-LMHTX", "1870/UBND-KTTH");

        Document replaced = Jsoup.parse(get("/van-ban/21-qd-lmhtx").body());
        assertThat(replaced.select(".relations li").text())
                .contains("Bị thay thế bởi")
                .contains("88/QĐ-LMHTX");
        Document replacing = Jsoup.parse(get("/van-ban/88-qd-lmhtx").body());
        assertThat(replacing.select(".relations li").text())
                .contains("Thay thế văn bản")
                .contains("21/QĐ-LMHTX");

        Document withPdf = Jsoup.parse(get("/van-ban/4454-qd-bnn-vpdp").body());
        assertThat(withPdf.select(".validity--large").text()).isEqualTo("Còn hiệu lực");
        assertThat(withPdf.select(".attachments li").text())
                .contains("4454-qd-bnn-vpdp.pdf")
                .contains("PDF");
        assertThat(withPdf.select("iframe.pdf-frame").attr("src")).matches("/van-ban/tep/\\d+/xem");
        assertThat(withPdf.select("iframe.pdf-frame").attr("title")).isNotBlank();
    }

    @Test
    void downloadsAreCountedAndServedWithTheRightHeaders() throws Exception {
        String href = Jsoup.parse(get("/van-ban/4454-qd-bnn-vpdp").body())
                .select(".attachments a")
                .attr("href");
        long before = jdbc.queryForObject(
                "select download_count from legal_document where slug = '4454-qd-bnn-vpdp'", Long.class);
        HttpResponse<String> file = get(href, "*/*");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("4454-qd-bnn-vpdp.pdf");
        assertThat(file.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(file.body()).startsWith("%PDF-");
        assertThat(jdbc.queryForObject(
                        "select download_count from legal_document where slug = '4454-qd-bnn-vpdp'", Long.class))
                .isEqualTo(before + 1);

        String inline = Jsoup.parse(get("/van-ban/4454-qd-bnn-vpdp").body())
                .select("iframe.pdf-frame")
                .attr("src");
        HttpResponse<String> view = get(inline, "*/*");
        assertThat(view.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline;");
        assertThat(jdbc.queryForObject(
                        "select download_count from legal_document where slug = '4454-qd-bnn-vpdp'", Long.class))
                .as("viewing in the page is not a download")
                .isEqualTo(before + 1);
    }

    @Test
    void onlyStoredFilesOfPublishedDocumentsCanBeFetched() {
        for (String path : List.of(
                "/van-ban/tep/999999/x.pdf",
                "/van-ban/tep/abc/x.pdf",
                "/van-ban/tep/..%2F..%2Fdb%2Fportal.mv.db/x",
                "/van-ban/tep/1/..%2F..%2F..%2Fetc%2Fpasswd",
                "/van-ban/tep/%2e%2e/%2e%2e/db/portal.mv.db",
                "/media/files/2020/11/abc.pdf",
                "/van-ban/../db/portal.mv.db")) {
            HttpResponse<String> response = get(path, "*/*");
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotStartWith("%PDF").doesNotContain("root:");
        }
    }

    @Test
    void theFeedListsTheNewestDocuments() throws Exception {
        String xml = get("/van-ban/rss.xml", "application/rss+xml").body();
        org.w3c.dom.Document rss = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(rss.getElementsByTagName("item").getLength()).isEqualTo(20);
        assertThat(rss.getElementsByTagName("item").item(0).getTextContent()).contains("4454/QĐ-BNN-VPĐP (24/11/2020)");
    }

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private Object flash(String name, RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getFlashMap().get(name);
    }

    private long issuer(String slug) {
        return jdbc.queryForObject("select id from document_term where kind = 'ISSUER' and slug = ?", Long.class, slug);
    }

    private MockHttpServletResponse create(String number, long issuer, String relations) throws Exception {
        return perform(post("/quan-tri/van-ban/moi")
                .with(csrf())
                .with(EDITOR)
                .param("number", number)
                .param("summary", "Văn bản thử nghiệm của bộ kiểm thử")
                .param("issueDate", "2031-05-04")
                .param("issuerId", String.valueOf(issuer))
                .param("related", relations));
    }

    @Test
    void theBackOfficeRefusesANumberTheSameIssuerAlreadyUsedAndChecksFilesByContent() throws Exception {
        long lmhtx = issuer("lien-minh-hop-tac-xa-tinh");
        long ubnd = issuer("uy-ban-nhan-dan-tinh");
        MockHttpServletResponse created = create("99/TN-LMHTX", lmhtx, "23/2012/QH13");
        assertThat(created.getStatus()).isEqualTo(302);
        String location = created.getRedirectedUrl();
        // never published: a draft, not "taken down"
        Document edit = Jsoup.parse(
                perform(MockMvcRequestBuilders.get(location).with(EDITOR)).getContentAsString(StandardCharsets.UTF_8));
        assertThat(edit.select("#document-status").text()).isEqualTo("Bản nháp");

        MockHttpServletResponse duplicate = create("99/TN-LMHTX", lmhtx, "");
        assertThat(duplicate.getStatus()).isEqualTo(200);
        Document form = Jsoup.parse(duplicate.getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select(".field__error").text())
                .contains("Văn bản số 99/TN-LMHTX của cơ quan ban hành này đã có trong thư viện.");
        assertThat(form.select("#summary").text()).isEqualTo("Văn bản thử nghiệm của bộ kiểm thử");
        assertThat(create("99/TN-LMHTX", ubnd, "").getStatus())
                .as("same number, another issuer")
                .isEqualTo(302);
        assertThat(Jsoup.parse(create("98/TN-LMHTX", lmhtx, "1/KHONG-CO").getContentAsString(StandardCharsets.UTF_8))
                        .select(".field__error")
                        .text())
                .contains("Không tìm thấy văn bản số 1/KHONG-CO");

        Object fake = flash(
                "problem",
                multipart(location + "/tep")
                        .file(new MockMultipartFile(
                                "file",
                                "quyet-dinh.pdf",
                                "application/pdf",
                                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(EDITOR));
        assertThat(fake).isEqualTo("documents.file.notAllowed");
        assertThat(flash(
                        "notice",
                        multipart(location + "/tep")
                                .file(new MockMultipartFile(
                                        "file",
                                        "phu-luc.docx",
                                        "application/octet-stream",
                                        DocumentFileTypeTests.zip("[Content_Types].xml", "word/document.xml")))
                                .with(csrf())
                                .with(EDITOR)))
                .isEqualTo("notice.saved");
        // removing the file asks first, naming it
        Document withFile = Jsoup.parse(
                perform(MockMvcRequestBuilders.get(location).with(EDITOR)).getContentAsString(StandardCharsets.UTF_8));
        assertThat(withFile.select("form[action$=/xoa]").attr("data-confirm"))
                .isEqualTo("Gỡ tệp \"phu-luc.docx\" khỏi văn bản? Tệp sẽ không còn trên trang công khai.");

        // Published, not yet in force (issued in 2031), and its file downloadable with the Word type.
        perform(post(location + "/cong-bo").with(csrf()).with(EDITOR).param("published", "true"));
        assertThat(numbers("?status=chua-co-hieu-luc")).contains("99/TN-LMHTX");
        Document page = Jsoup.parse(get("/van-ban/99-tn-lmhtx").body());
        assertThat(page.select(".validity--large").text()).isEqualTo("Chưa có hiệu lực");
        String file = page.select(".attachments a").attr("href");
        assertThat(get(file, "*/*").headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        // Unpublished: the page and its files disappear.
        perform(post(location + "/cong-bo").with(csrf()).with(EDITOR).param("published", "false"));
        assertThat(get("/van-ban/99-tn-lmhtx").statusCode()).isEqualTo(404);
        assertThat(get(file, "*/*").statusCode()).isEqualTo(404);
    }
}
