package vn.htx.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.awaitility.Awaitility;
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
import vn.htx.portal.PortalProperties;
import vn.htx.portal.search.domain.IndexRebuild;
import vn.htx.portal.shared.VietnameseText;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.SearchIndexes;
import vn.htx.portal.support.StaffFixtures;
import vn.htx.portal.support.XssCorpus;
import vn.htx.portal.users.Role;
import vn.htx.portal.users.UsersApi;

/** {@code /tim-kiem}, the library's {@code q} filter and the index kept current by every change. */
class SearchIntegrationTests extends PortalIntegrationTest {

    private static final RequestPostProcessor EDITOR = StaffFixtures.as(StaffFixtures.EDITOR, Role.EDITOR);

    @Autowired
    private SearchApi search;

    @Autowired
    private IndexRebuild rebuild;

    @Autowired
    private UsersApi users;

    @Autowired
    private PortalProperties properties;

    @BeforeEach
    void settled() throws InterruptedException {
        StaffFixtures.ensure(users, jdbc);
        SearchIndexes.awaitNoRebuild(rebuild);
    }

    private List<String> urls(String query) {
        return search.search(SearchRequest.of(query, 1, 100)).page().items().stream()
                .map(SearchHit::url)
                .toList();
    }

    private static String q(String words) {
        return "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private Document page(String query) {
        HttpResponse<String> response = get("/tim-kiem" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void wordsFindTheSameItemsWithOrWithoutDiacriticsAndInAnyCase() {
        List<String> folded = urls("thi dua khen thuong");
        assertThat(folded).hasSizeGreaterThanOrEqualTo(3);
        assertThat(urls("thi đua khen thưởng")).containsExactlyInAnyOrderElementsOf(folded);
        assertThat(urls("THI ĐUA KHEN THƯỞNG")).containsExactlyInAnyOrderElementsOf(folded);

        List<String> twoWords = urls("THI ĐUA");
        assertThat(twoWords).containsAll(folded).hasSizeGreaterThan(folded.size());
        assertThat(urls("thi dua")).containsExactlyInAnyOrderElementsOf(twoWords);
        assertThat(urls("Thi Đua")).containsExactlyInAnyOrderElementsOf(twoWords);
    }

    @Test
    void anExactAccentMatchRanksAboveAFoldedOne() {
        String rice = "/bai-viet/hop-tac-xa-nong-nghiep-tan-tien-mo-rong-vung-lua-huu-co-len-120-ha";
        String law = "/bai-viet/luat-hop-tac-xa-nam-2023-co-hieu-luc-tu-ngay-01-7-2024-nhung-diem-moi-can-biet";
        // "lúa" (rice) and "lựa" (to choose) fold to the same letters: both find both texts.
        assertThat(urls("lúa")).containsExactly(rice, law);
        assertThat(urls("lựa")).containsExactly(law, rice);
        assertThat(urls("lua")).containsExactlyInAnyOrder(rice, law);

        List<String> tea = urls("chè");
        assertThat(tea.get(0)).startsWith("/bai-viet/san-pham-che-cua-hop-tac-xa-tan-huong");
        assertThat(tea).as("\"chế\" folds to the same letters").hasSizeGreaterThan(1);
    }

    @Test
    void wordsInQuotesMatchAsAPhrase() {
        assertThat(urls("\"hợp tác xã kiểu mới\"")).containsExactly("/van-ban/445-qd-ttg");
        assertThat(urls("\"kiểu mới hợp tác xã\"")).isEmpty();
        assertThat(urls("kiểu mới hợp tác xã")).contains("/van-ban/445-qd-ttg");
        assertThat(urls("\"tác hợp\"").size()).isLessThan(urls("tác hợp").size());
    }

    @Test
    void aDocumentNumberFindsItsDocumentFirstHoweverItIsTyped() {
        for (String typed :
                List.of("4454", "4454/QĐ-BNN", "4454/QD-BNN-VPDP", "4454/qđ-bnn-vpđp", " 4454/QĐ-BNN-VPĐP ")) {
            assertThat(urls(typed)).as(typed).first().isEqualTo("/van-ban/4454-qd-bnn-vpdp");
        }
    }

    @Test
    void wordsOnlyInsideAnAttachedPdfFindTheDocument() {
        assertThat(urls("phuc vu tra cuu"))
                .containsExactlyInAnyOrder("/van-ban/4454-qd-bnn-vpdp", "/van-ban/1520-qd-ubnd");

        Document library = Jsoup.parse(get("/van-ban" + q("phục vụ tra cứu")).body());
        assertThat(library.select(".doc-table tbody td:first-child a").eachText())
                .as("the library's q filter uses the same engine")
                .containsExactlyInAnyOrder("4454/QĐ-BNN-VPĐP", "1520/QĐ-UBND");
    }

    @Test
    void aWordInAnUploadedDocxFindsItsDocumentUntilTheFileIsRemoved() throws Exception {
        long issuer = jdbc.queryForObject(
                "select id from document_term where kind = 'ISSUER' and slug = 'lien-minh-hop-tac-xa-tinh'",
                Long.class);
        MockHttpServletResponse created = perform(post("/quan-tri/van-ban/moi")
                .with(csrf())
                .with(EDITOR)
                .param("number", "77/TK-LMHTX")
                .param("summary", "Tài liệu thử nghiệm tìm kiếm trong tệp đính kèm")
                .param("issueDate", "2026-11-02")
                .param("issuerId", String.valueOf(issuer)));
        String location = created.getRedirectedUrl();
        assertThat(location).startsWith("/quan-tri/van-ban/");
        perform(multipart(location + "/tep")
                .file(new MockMultipartFile(
                        "file",
                        "phu-luc.docx",
                        "application/octet-stream",
                        FileTextTests.docx("Phụ lục: mô hình nuôi cá rô đồng xen canh trong ruộng lúa")))
                .with(csrf())
                .with(EDITOR));
        assertThat(urls("cá rô đồng")).as("not published yet").isEmpty();

        perform(post(location + "/cong-bo").with(csrf()).with(EDITOR).param("published", "true"));
        // the file's text is read after the upload was answered, in a JVM of its own
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(urls("cá rô đồng")).containsExactly("/van-ban/77-tk-lmhtx"));
        assertThat(urls("ca ro dong xen canh")).containsExactly("/van-ban/77-tk-lmhtx");
        Document results = page(q("ca ro dong"));
        assertThat(results.select(".result__snippet mark").eachText()).contains("cá", "rô", "đồng");

        long attachment = jdbc.queryForObject(
                "select a.id from document_attachment a join legal_document d on d.id = a.document_id where d.slug = '77-tk-lmhtx'",
                Long.class);
        perform(post(location + "/tep/" + attachment + "/xoa").with(csrf()).with(EDITOR));
        assertThat(urls("cá rô đồng")).as("the file's text went with the file").isEmpty();
        assertThat(urls("77/TK-LMHTX")).containsExactly("/van-ban/77-tk-lmhtx");

        perform(post(location + "/cong-bo").with(csrf()).with(EDITOR).param("published", "false"));
        assertThat(urls("77/TK-LMHTX")).isEmpty();
    }

    private long category() {
        return jdbc.queryForObject("select id from category where slug = ?", Long.class, StaffFixtures.CATEGORY);
    }

    @Test
    void anUnpublishedArticleLeavesTheResultsAtOnceAndAScheduledOneWaitsForItsTime() throws Exception {
        MockHttpServletResponse saved = perform(post("/quan-tri/bai-viet/moi")
                .with(csrf())
                .with(EDITOR)
                .param("title", "Hợp tác xã Quyết Thắng nuôi ong lấy mật rừng")
                .param("lead", "Mô hình nuôi ong mới.")
                .param("body", "<p>Mỗi năm thu hoạch 12 tấn mật ong.</p>")
                .param("categoryId", String.valueOf(category()))
                .param("action", "publish"));
        String location = saved.getRedirectedUrl();
        assertThat(urls("nuôi ong lấy mật")).hasSize(1).first().asString().contains("nuoi-ong-lay-mat");
        assertThat(urls("12 tấn mật ong")).hasSize(1);

        perform(post(location + "/go-bai").with(csrf()).with(EDITOR));
        assertThat(urls("nuôi ong lấy mật")).isEmpty();

        String later = OffsetDateTime.now(properties.timeZone())
                .plusDays(2)
                .withSecond(0)
                .withNano(0)
                .toLocalDateTime()
                .toString();
        perform(post("/quan-tri/bai-viet/moi")
                .with(csrf())
                .with(EDITOR)
                .param("title", "Hợp tác xã Hòa Bình trồng nấm linh chi")
                .param("body", "<p>Bài hẹn giờ.</p>")
                .param("categoryId", String.valueOf(category()))
                .param("publishAt", later)
                .param("action", "publish"));
        assertThat(urls("nấm linh chi")).as("scheduled, not yet public").isEmpty();
    }

    @Test
    void snippetsMarkTheMatchedWordsEvenWhenTypedWithoutDiacritics() {
        Document results = page(q("khen thuong"));
        assertThat(results.select(".result")).isNotEmpty();
        assertThat(results.select(".result mark").eachText())
                .as("the page's own spelling is marked")
                .contains("thưởng")
                .allSatisfy(marked -> assertThat(
                                VietnameseText.fold(marked).toLowerCase().split(" "))
                        .isSubsetOf("khen", "thuong"));
        Document typed = page(q("khen thưởng"));
        assertThat(typed.select(".result mark").eachText()).contains("thưởng");
    }

    /** What a page holds that a payload could add: active elements and event-handler attributes. */
    private static List<String> activeParts(Document page) {
        List<String> parts = new ArrayList<>();
        page.select("script, iframe, object, embed, img, svg, math, video, audio, style, link, meta, base, form, input")
                .forEach(e -> parts.add(e.tagName()
                        + e.attributes().asList().stream()
                                .filter(a -> !a.getKey().equals("value"))
                                .map(a -> a.getKey() + "=" + a.getValue())
                                .toList()));
        page.getAllElements()
                .forEach(e -> e.attributes().forEach(a -> {
                    if (a.getKey().toLowerCase().startsWith("on")) {
                        parts.add(e.tagName() + " " + a.getKey());
                    }
                }));
        return parts;
    }

    @Test
    void theQueryIsAlwaysEscaped() throws Exception {
        List<String> harmless = activeParts(page(q("từ khóa vô hại")));
        List<String> payloads = new ArrayList<>(XssCorpus.payloads());
        payloads.add("\"><script>alert(1)</script> hợp tác xã");
        for (String payload : payloads) {
            String typed = payload.length() > 200 ? payload.substring(0, 200).strip() : payload.strip();
            if (typed.isEmpty()) {
                continue;
            }
            HttpResponse<String> response = get("/tim-kiem" + q(typed));
            assertThat(response.statusCode()).as(typed).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            assertThat(activeParts(page)).as(typed).isEqualTo(harmless);
            assertThat(page.select("#search-q").val()).as(typed).isEqualTo(typed);
        }
    }

    @Test
    void resultsFilterByKindAndYearSortByDateAndAPageBeyondTheLastIsNotFound() {
        Document all = page(q("hợp tác xã"));
        int total = Integer.parseInt(
                all.select("p[role=status]").text().replaceAll("\\D", "").replaceFirst("^$", "0"));
        assertThat(total).isGreaterThan(20);
        assertThat(all.select(".result")).hasSize(properties.pageSize());
        assertThat(all.select(".pagination a[rel=next]").attr("href")).contains("page=2");

        Document documents = page(q("hợp tác xã") + "&loai=van-ban");
        assertThat(documents.select(".result .badge").eachText()).isNotEmpty().containsOnly("Văn bản");
        String documentFacet = all.select(".facets a[href*=loai=van-ban]").text();
        assertThat(documentFacet).contains("Văn bản");
        Document announcements = page(q("hợp tác xã") + "&loai=thong-bao");
        assertThat(announcements.select(".result .badge").eachText())
                .isNotEmpty()
                .containsOnly("Thông báo");

        Document year = page(q("hợp tác xã") + "&nam=2019");
        assertThat(year.select(".result time").eachText())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d).endsWith("/2019"));

        Document newest = page(q("hợp tác xã") + "&sap-xep=moi-nhat");
        List<LocalDate> dates = newest.select(".result time").eachText().stream()
                .map(d -> LocalDate.parse(d, DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .toList();
        assertThat(dates).hasSize(properties.pageSize()).isSortedAccordingTo(Comparator.reverseOrder());

        int lastPage = (total + properties.pageSize() - 1) / properties.pageSize();
        assertThat(get("/tim-kiem" + q("hợp tác xã") + "&page=" + lastPage).statusCode())
                .isEqualTo(200);
        assertThat(get("/tim-kiem" + q("hợp tác xã") + "&page=" + (lastPage + 1))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/tim-kiem" + q("hợp tác xã") + "&page=0").statusCode()).isEqualTo(404);
        assertThat(page(q("từkhóakhôngcónơinào")).select(".result")).isEmpty();
    }

    @Test
    void anEmptyOrOverlongQueryGetsAClearMessageAndKeepsWhatWasTyped() {
        assertThat(page("").select("[role=alert]").text())
                .isEqualTo("Hãy nhập từ khóa cần tìm, có dấu hoặc không dấu đều được.");
        assertThat(page(q("   ")).select("[role=alert]").text()).startsWith("Hãy nhập từ khóa");

        String typed = "hợp tác xã ".repeat(20).strip();
        HttpResponse<String> response = get("/tim-kiem" + q(typed));
        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("[role=alert]").text())
                .isEqualTo("Từ khóa quá dài: tối đa 200 ký tự (bạn đã nhập " + typed.length()
                        + " ký tự). Hãy rút gọn rồi tìm lại.");
        assertThat(page.select("#search-q").val()).isEqualTo(typed);
        assertThat(page.select(".result")).isEmpty();
    }

    @Test
    void everyPublicPageHasASearchBoxInItsHeader() {
        for (String path : List.of(
                "/",
                "/van-ban",
                "/thong-bao",
                "/thong-ke",
                "/chuyen-muc/" + StaffFixtures.CATEGORY,
                "/van-ban/4454-qd-bnn-vpdp",
                "/tim-kiem")) {
            Document page = Jsoup.parse(get(path).body());
            assertThat(page.select("header form[role=search][action=/tim-kiem][method=get] input[type=search][name=q]"))
                    .as(path)
                    .hasSize(1);
            assertThat(page.select("header label[for=site-search-q]").text())
                    .as(path)
                    .isEqualTo("Tìm kiếm trên cổng thông tin");
        }
    }

    @Test
    void anAdministratorRebuildsTheIndexAndSeesItsProgress() throws Exception {
        assertThat(perform(post("/quan-tri/tim-kiem/xay-dung-lai").with(csrf()).with(EDITOR))
                        .getStatus())
                .isEqualTo(403);

        MockHttpServletResponse started =
                perform(post("/quan-tri/tim-kiem/xay-dung-lai").with(csrf()).with(StaffFixtures.admin()));
        assertThat(started.getStatus()).isEqualTo(302);
        String progress = await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> perform(MockMvcRequestBuilders.get("/quan-tri/tim-kiem/tien-do")
                                        .with(StaffFixtures.admin()))
                                .getContentAsString(StandardCharsets.UTF_8),
                        p -> !p.contains("\"running\":true"));
        assertThat(progress).contains("\"running\":false").contains("\"failed\":false");
        IndexRebuild.Progress done = rebuild.progress();
        assertThat(done.done()).isEqualTo(done.total()).isPositive();
        assertThat(rebuild.coverage())
                .allSatisfy(c -> assertThat(c.indexed()).as(c.entity()).isEqualTo(c.stored()));

        Document status = Jsoup.parse(
                perform(MockMvcRequestBuilders.get("/quan-tri/tim-kiem").with(StaffFixtures.admin()))
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(status.select("table tbody tr")).hasSize(3);
        assertThat(status.text()).contains("Lần xây dựng lại gần nhất");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'search.rebuild'", Long.class))
                .isPositive();
        assertThat(urls("4454")).first().isEqualTo("/van-ban/4454-qd-bnn-vpdp");
    }
}
