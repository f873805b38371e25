package vn.htx.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.RecordedStatements;
import vn.htx.portal.support.StaffFixtures;
import vn.htx.portal.users.Role;
import vn.htx.portal.users.UsersApi;

/** The alliance's pages, menus and organisation: written in the back office, seen by visitors. */
class SiteStructureIntegrationTests extends PortalIntegrationTest {

    private static final RequestPostProcessor EDITOR = StaffFixtures.as(StaffFixtures.EDITOR, Role.EDITOR);
    private static final RequestPostProcessor AUTHOR = StaffFixtures.as(StaffFixtures.AUTHOR, Role.AUTHOR);
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    private UsersApi users;

    @BeforeEach
    void staff() {
        StaffFixtures.ensure(users, jdbc);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder pageForm(String path, String title, String slug, Long parentId, String body) {
        MockHttpServletRequestBuilder form = post(path)
                .with(EDITOR)
                .with(csrf())
                .param("title", title)
                .param("slug", slug)
                .param("summary", "")
                .param("body", body)
                .param("block", "NONE")
                .param("sortOrder", "10");
        return parentId == null ? form : form.param("parentId", parentId.toString());
    }

    /** Creates a page through the back office and returns its id. */
    private long createPage(String title, String slug, Long parentId, boolean publish) throws Exception {
        MockHttpServletResponse saved =
                perform(pageForm("/quan-tri/trang/moi", title, slug, parentId, "<p>" + title + "</p>")
                        .param("action", publish ? "publish" : "save"));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        return Long.parseLong(saved.getRedirectedUrl().substring("/quan-tri/trang/".length()));
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    private String unique(String base) {
        return base + "-" + UNIQUE.incrementAndGet();
    }

    @Test
    void aPageInTheTreeIsPublicAtTheAddressItsAncestorsMakeWithBreadcrumbAndSiblings() throws Exception {
        String top = unique("gioi-thieu-thu");
        long parent = createPage("Giới thiệu thử", top, null, true);
        long history = createPage("Lịch sử hình thành", "lich-su", parent, true);
        createPage("Chức năng, nhiệm vụ", "chuc-nang", parent, true);
        createPage("Bản nháp chưa công khai", "ban-nhap", parent, false);

        HttpResponse<String> response = get("/" + top + "/lich-su");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Lịch sử hình thành");
        assertThat(page.select("nav.breadcrumb a").eachText())
                .containsExactly("Trang chủ", "Giới thiệu thử", "Lịch sử hình thành");
        assertThat(page.select("nav.breadcrumb a[aria-current=page]").attr("href"))
                .isEqualTo("/" + top + "/lich-su");
        assertThat(page.select(".section-nav__list a").eachText())
                .containsExactly("Chức năng, nhiệm vụ", "Lịch sử hình thành");
        assertThat(page.select(".section-nav__list a[aria-current=page]").text())
                .isEqualTo("Lịch sử hình thành");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Lịch sử hình thành");
        assertThat(page.select(".share a").eachAttr("href"))
                .anySatisfy(href -> assertThat(href).startsWith("https://www.facebook.com/sharer/sharer.php?u="));

        // the draft sibling is neither listed nor reachable by its address
        assertThat(get("/" + top + "/ban-nhap").statusCode()).isEqualTo(404);
        assertThat(get("/sitemap.xml").body()).contains("/" + top + "/lich-su").doesNotContain("/" + top + "/ban-nhap");

        // hiding the parent hides the whole branch, by direct link and in the sitemap
        perform(pageForm("/quan-tri/trang/" + parent, "Giới thiệu thử", top, null, "<p>Giới thiệu thử</p>")
                .param("action", "unpublish")
                .param("version", Long.toString(version("site_page", parent))));
        assertThat(get("/" + top).statusCode()).isEqualTo(404);
        assertThat(get("/" + top + "/lich-su").statusCode()).isEqualTo(404);
        assertThat(get("/sitemap.xml").body()).doesNotContain("/" + top + "/");
        assertThat(jdbc.queryForObject("select status from site_page where id = ?", String.class, history))
                .isEqualTo("PUBLISHED");
    }

    @Test
    void theBodyIsCleanedTheSlugChecksAndEveryTextSaveKeepsARevisionThatCanBeRestored() throws Exception {
        String slug = unique("trang-sach");
        long id = createPage("Trang sạch", slug, null, true);
        MockHttpServletResponse saved = perform(pageForm(
                        "/quan-tri/trang/" + id,
                        "Trang sạch đã sửa",
                        slug,
                        null,
                        "<p onclick=\"alert(1)\">Chữ</p><script>alert(2)</script><img src=\"javascript:alert(3)\">")
                .param("action", "save")
                .param("version", Long.toString(version("site_page", id))));
        assertThat(saved.getStatus()).isEqualTo(302);
        String body = jdbc.queryForObject("select body from site_page where id = ?", String.class, id);
        assertThat(body).contains("Chữ").doesNotContain("onclick", "script", "javascript");
        assertThat(get("/" + slug).body()).contains("Trang sạch đã sửa");

        // taken and reserved addresses are refused with a message beside the field, nothing saved
        for (String refused : List.of(slug, "van-ban", "quan-tri", "assets")) {
            MockHttpServletResponse again = perform(pageForm("/quan-tri/trang/moi", "Trùng", refused, null, "<p>x</p>")
                    .param("action", "publish"));
            assertThat(again.getStatus()).isEqualTo(200);
            assertThat(Jsoup.parse(again.getContentAsString())
                            .select(".field--error .field__error")
                            .text())
                    .as(refused)
                    .isNotBlank();
        }

        // a parent inside the page itself is refused
        long child = createPage("Con", "con", id, true);
        MockHttpServletResponse loop = perform(pageForm("/quan-tri/trang/" + id, "Trang sạch đã sửa", slug, child, body)
                .param("action", "save")
                .param("version", Long.toString(version("site_page", id))));
        assertThat(loop.getStatus()).isEqualTo(200);
        assertThat(loop.getContentAsString()).contains("trong chính nó");

        List<Integer> revisions = jdbc.queryForList(
                "select revision_no from site_page_revision where page_id = ? order by revision_no", Integer.class, id);
        assertThat(revisions).containsExactly(1, 2);
        MockHttpServletResponse restored = perform(post("/quan-tri/trang/" + id + "/phien-ban/1/khoi-phuc")
                .with(EDITOR)
                .with(csrf())
                .param("version", Long.toString(version("site_page", id))));
        assertThat(restored.getStatus()).isEqualTo(302);
        assertThat(get("/" + slug).body()).contains("<h1 class=\"page-title\">Trang sạch</h1>");
        assertThat(jdbc.queryForObject("select count(*) from site_page_revision where page_id = ?", Integer.class, id))
                .isEqualTo(3);

        // moving a page moves the pages under it
        long newParent = createPage("Cha mới", unique("cha-moi"), null, true);
        String newParentPath = jdbc.queryForObject("select path from site_page where id = ?", String.class, newParent);
        perform(pageForm("/quan-tri/trang/" + id, "Trang sạch", slug, newParent, body)
                .param("action", "save")
                .param("version", Long.toString(version("site_page", id))));
        assertThat(jdbc.queryForObject("select path from site_page where id = ?", String.class, child))
                .isEqualTo(newParentPath + "/" + slug + "/con");
        assertThat(get("/" + newParentPath + "/" + slug + "/con").statusCode()).isEqualTo(200);
        assertThat(get("/" + slug + "/con").statusCode()).isEqualTo(404);
    }

    @Test
    void editorsPreviewAHiddenPageAsVisitorsWillSeeItAndAuthorsCannotEditPages() throws Exception {
        String slug = unique("trang-xem-truoc");
        long id = createPage("Trang xem trước", slug, null, false);
        assertThat(get("/" + slug).statusCode()).isEqualTo(404);
        MockHttpServletResponse preview = perform(MockMvcRequestBuilders.get("/quan-tri/trang/" + id + "/xem-truoc")
                .with(EDITOR));
        assertThat(preview.getStatus()).isEqualTo(200);
        Document shown = Jsoup.parse(preview.getContentAsString());
        assertThat(shown.select("h1").text()).isEqualTo("Trang xem trước");
        assertThat(shown.select("header.site-header .brand__name").text()).isNotBlank();
        assertThat(shown.select("meta[name=robots]").attr("content")).isEqualTo("noindex");

        assertThat(perform(MockMvcRequestBuilders.get("/quan-tri/trang").with(AUTHOR))
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(pageForm("/quan-tri/trang/moi", "Của phóng viên", "", null, "<p>x</p>")
                                .with(AUTHOR))
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(MockMvcRequestBuilders.get("/quan-tri/menu").with(EDITOR))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void menuEditingAddsPagesLinksAndSubItemsReordersAndHidesAndTheSiteFollows() throws Exception {
        String slug = unique("trang-menu");
        long page = createPage("Trang trên menu", slug, null, true);
        long pageItem = addItem("MAIN", "Trang trên menu", "PAGE", "pageId", Long.toString(page), null);
        long external = addItem("MAIN", "Cổng tỉnh", "EXTERNAL", "address", "https://tinh.example.vn/", null);
        long sub = addItem("MAIN", "Mục con", "PATH", "address", "/van-ban?type=quyet-dinh", pageItem);

        Document home = Jsoup.parse(get("/").body());
        Element pageLink = home.selectFirst("#main-menu > li > a[href=/" + slug + "]");
        assertThat(pageLink).isNotNull();
        assertThat(pageLink.parent().select(".main-nav__sub a").eachText()).containsExactly("Mục con");
        Element externalLink = home.selectFirst("#main-menu a[href=https://tinh.example.vn/]");
        assertThat(externalLink.attr("rel")).contains("noopener", "noreferrer");
        assertThat(externalLink.attr("target")).isEqualTo("_blank");

        // the page's own item is marked current on the page
        assertThat(Jsoup.parse(get("/" + slug).body())
                        .select("#main-menu a[aria-current=page]")
                        .attr("href"))
                .isEqualTo("/" + slug);

        // move the external link up: it now comes before the page's item
        List<String> before = topLevelHrefs();
        assertThat(before.indexOf("https://tinh.example.vn/")).isGreaterThan(before.indexOf("/" + slug));
        perform(post("/quan-tri/menu/" + external + "/di-chuyen")
                .with(StaffFixtures.admin())
                .with(csrf())
                .param("direction", "-1")
                .param("version", Long.toString(version("menu_item", external))));
        List<String> after = topLevelHrefs();
        assertThat(after.indexOf("https://tinh.example.vn/")).isLessThan(after.indexOf("/" + slug));

        // hide the sub-item: gone from the site, still in the editor
        perform(post("/quan-tri/menu/" + sub + "/hien-thi")
                .with(StaffFixtures.admin())
                .with(csrf())
                .param("visible", "false")
                .param("version", Long.toString(version("menu_item", sub))));
        assertThat(Jsoup.parse(get("/").body()).select("#main-menu a:containsOwn(Mục con)"))
                .isEmpty();
        assertThat(perform(MockMvcRequestBuilders.get("/quan-tri/menu").with(StaffFixtures.admin()))
                        .getContentAsString())
                .contains("Mục con");

        // a dangerous or malformed address is refused beside its field
        for (String[] bad : new String[][] {{"EXTERNAL", "javascript:alert(1)"}, {"PATH", "//evil.example/"}}) {
            MockHttpServletResponse refused = perform(post("/quan-tri/menu/moi")
                    .with(StaffFixtures.admin())
                    .with(csrf())
                    .param("menu", "MAIN")
                    .param("label", "Xấu")
                    .param("target", bad[0])
                    .param("address", bad[1])
                    .param("visible", "true"));
            assertThat(refused.getStatus()).isEqualTo(200);
            assertThat(Jsoup.parse(refused.getContentAsString())
                            .select(".field__error")
                            .text())
                    .isNotBlank();
        }
        assertThat(jdbc.queryForObject("select count(*) from menu_item where label = 'Xấu'", Integer.class))
                .isZero();

        // a page hidden later takes its item (and the item's sub-items) off the menu
        perform(pageForm("/quan-tri/trang/" + page, "Trang trên menu", slug, null, "<p>x</p>")
                .param("action", "unpublish")
                .param("version", Long.toString(version("site_page", page))));
        assertThat(topLevelHrefs()).doesNotContain("/" + slug);
    }

    @Test
    void draggingPutsTheFooterInTheOrderGivenAndAListThatIsNotExactlyTheMenuIsRefused() throws Exception {
        List<Long> ids = jdbc.queryForList(
                "select id from menu_item where menu = 'FOOTER' and parent_id is null order by sort_order, id",
                Long.class);
        assertThat(ids).hasSizeGreaterThan(2);
        List<Long> reversed = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        MockHttpServletRequestBuilder reorder = post("/quan-tri/menu/sap-xep")
                .with(StaffFixtures.admin())
                .with(csrf())
                .param("menu", "FOOTER");
        reversed.forEach(id -> reorder.param("ids", id.toString()));
        assertThat(perform(reorder).getStatus()).isEqualTo(204);
        assertThat(jdbc.queryForList(
                        "select id from menu_item where menu = 'FOOTER' and parent_id is null order by sort_order, id",
                        Long.class))
                .isEqualTo(reversed);

        // one item twice and another missing: refused, nothing moved
        MockHttpServletRequestBuilder broken = post("/quan-tri/menu/sap-xep")
                .with(StaffFixtures.admin())
                .with(csrf())
                .param("menu", "FOOTER");
        for (int i = 0; i < reversed.size(); i++) {
            broken.param("ids", reversed.get(i == 1 ? 0 : i).toString());
        }
        assertThat(perform(broken).getStatus()).isEqualTo(409);
        List<Long> after = jdbc.queryForList(
                "select id from menu_item where menu = 'FOOTER' and parent_id is null order by sort_order, id",
                Long.class);
        assertThat(after).isEqualTo(reversed);

        // put back as it was, for the other tests that read the footer
        MockHttpServletRequestBuilder back = post("/quan-tri/menu/sap-xep")
                .with(StaffFixtures.admin())
                .with(csrf())
                .param("menu", "FOOTER");
        ids.forEach(id -> back.param("ids", id.toString()));
        assertThat(perform(back).getStatus()).isEqualTo(204);
    }

    @Test
    void aCategoryAddedLaterIsNotSilentlyAddedToTheMenu() throws Exception {
        String slug = unique("chuyen-muc-moi");
        MockHttpServletResponse saved = perform(post("/quan-tri/chuyen-muc/moi")
                .with(StaffFixtures.admin())
                .with(csrf())
                .param("name", "Chuyên mục mới " + slug)
                .param("slug", slug)
                .param("description", "")
                .param("sortOrder", "1")
                .param("showInMenu", "true"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(topLevelHrefs()).doesNotContain("/chuyen-muc/" + slug);
    }

    @Test
    void theOrganisationChartAndLeadersComeFromUnitsAndPeople() throws Exception {
        String unitName = unique("Ban Thử nghiệm");
        perform(post("/quan-tri/to-chuc/don-vi/moi")
                .with(EDITOR)
                .with(csrf())
                .param("name", unitName)
                .param("kind", "BOARD")
                .param("functions", "Việc thứ nhất\nViệc thứ hai")
                .param("phone", "0200 1 234 567")
                .param("sortOrder", "999"));
        long unit = jdbc.queryForObject("select id from org_unit where name = ?", Long.class, unitName);
        String person = unique("Nguyễn Thử");
        perform(post("/quan-tri/to-chuc/nguoi/moi")
                .with(EDITOR)
                .with(csrf())
                .param("unitId", Long.toString(unit))
                .param("fullName", person)
                .param("position", "Trưởng ban")
                .param("biography", "Đoạn một.\n\nĐoạn hai.")
                .param("leader", "true")
                .param("sortOrder", "999"));

        Document chart = Jsoup.parse(get("/gioi-thieu/co-cau-to-chuc").body());
        Element card = chart.selectFirst(".org-unit:has(.org-unit__name:containsOwn(" + unitName + "))");
        assertThat(card).isNotNull();
        assertThat(card.select(".org-unit__people").text()).contains(person, "Trưởng ban");
        assertThat(card.select(".org-unit__functions li").eachText()).containsExactly("Việc thứ nhất", "Việc thứ hai");

        Document leaders = Jsoup.parse(get("/gioi-thieu/lanh-dao").body());
        Element leader = leaders.selectFirst(".leader:has(.leader__name:containsOwn(" + person + "))");
        assertThat(leader.select(".leader__text > p").eachText()).contains("Đoạn một.", "Đoạn hai.");

        // a unit with people is not deleted
        Object problem = mvc.perform(post("/quan-tri/to-chuc/don-vi/" + unit + "/xoa")
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn()
                .getFlashMap()
                .get("problem");
        assertThat(problem).isEqualTo("organisation.unit.notEmpty");
        assertThat(jdbc.queryForObject("select count(*) from org_unit where id = ?", Integer.class, unit))
                .isEqualTo(1);
    }

    @Test
    void aPublicPageTakesABoundedNumberOfStatementsWhateverTheSizeOfTheOrganisation() throws Exception {
        long few = statementsFor("/gioi-thieu/co-cau-to-chuc");
        for (int i = 0; i < 12; i++) {
            perform(post("/quan-tri/to-chuc/don-vi/moi")
                    .with(EDITOR)
                    .with(csrf())
                    .param("name", unique("Đơn vị đếm"))
                    .param("kind", "OTHER")
                    .param("sortOrder", "9999"));
        }
        long many = statementsFor("/gioi-thieu/co-cau-to-chuc");
        // the frame (settings, menus with their categories and pages, banners, links, new documents,
        // announcements) and the page (itself, its section, units, people): none per unit
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(14);
        assertThat(statementsFor("/gioi-thieu/lich-su")).isLessThanOrEqualTo(14);
    }

    private long statementsFor(String path) {
        RecordedStatements.clear();
        assertThat(get(path).statusCode()).isEqualTo(200);
        return RecordedStatements.sentByRequestThreads();
    }

    private long addItem(String menu, String label, String target, String field, String value, Long parent)
            throws Exception {
        MockHttpServletRequestBuilder form = post("/quan-tri/menu/moi")
                .with(StaffFixtures.admin())
                .with(csrf())
                .param("menu", menu)
                .param("label", label)
                .param("target", target)
                .param(field, value)
                .param("visible", "true");
        if (parent != null) {
            form.param("parentId", parent.toString());
        }
        MockHttpServletResponse saved = perform(form);
        assertThat(saved.getStatus())
                .as(new String(saved.getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo(302);
        return jdbc.queryForObject(
                "select max(id) from menu_item where label = ? and menu = ?", Long.class, label, menu);
    }

    private List<String> topLevelHrefs() {
        return Jsoup.parse(get("/").body()).select("#main-menu > li > a").eachAttr("href");
    }
}
