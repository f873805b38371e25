package vn.htx.portal.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.StaffFixtures;
import vn.htx.portal.users.Role;
import vn.htx.portal.users.UsersApi;

/** Who may reach which back-office route, CSRF on every state change, login, lock-out and cookies. */
class BackOfficeSecurityIntegrationTests extends PortalIntegrationTest {

    /** Who may use each area of the back office; every mapped route must fall in one of them. */
    private static final Map<String, Set<Role>> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("/quan-tri/nguoi-dung", Set.of(Role.ADMIN));
        AREAS.put("/quan-tri/nhat-ky", Set.of(Role.ADMIN));
        AREAS.put("/quan-tri/chuyen-muc", Set.of(Role.ADMIN));
        AREAS.put("/quan-tri/cai-dat", Set.of(Role.ADMIN));
        AREAS.put("/quan-tri/thong-ke", Set.of(Role.ADMIN));
        AREAS.put("/quan-tri/tim-kiem", Set.of(Role.ADMIN));
        AREAS.put("/quan-tri/thong-bao", Set.of(Role.ADMIN, Role.EDITOR));
        AREAS.put("/quan-tri/van-ban", Set.of(Role.ADMIN, Role.EDITOR));
        AREAS.put("/quan-tri/menu", Set.of(Role.ADMIN));
        AREAS.put("/quan-tri/banner", Set.of(Role.ADMIN));
        AREAS.put("/quan-tri/trang", Set.of(Role.ADMIN, Role.EDITOR));
        AREAS.put("/quan-tri/to-chuc", Set.of(Role.ADMIN, Role.EDITOR));
        AREAS.put("/quan-tri/thu-vien-anh", Set.of(Role.ADMIN, Role.EDITOR));
        AREAS.put("/quan-tri/video", Set.of(Role.ADMIN, Role.EDITOR));
        AREAS.put("/quan-tri/bai-viet", Set.of(Role.ADMIN, Role.EDITOR, Role.AUTHOR));
        AREAS.put("/quan-tri/media", Set.of(Role.ADMIN, Role.EDITOR, Role.AUTHOR));
        AREAS.put("/quan-tri/mat-khau", Set.of(Role.ADMIN, Role.EDITOR, Role.AUTHOR));
        AREAS.put("/quan-tri", Set.of(Role.ADMIN, Role.EDITOR, Role.AUTHOR));
    }

    private static final Map<Role, RequestPostProcessor> STAFF = Map.of(
            Role.ADMIN, StaffFixtures.admin(),
            Role.EDITOR, StaffFixtures.as(StaffFixtures.EDITOR, Role.EDITOR),
            Role.AUTHOR, StaffFixtures.as(StaffFixtures.AUTHOR, Role.AUTHOR));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private UsersApi users;

    @BeforeEach
    void staff() {
        StaffFixtures.ensure(users, jdbc);
    }

    record Route(RequestMethod method, String pattern) {}

    private List<Route> routes(Predicate<Route> filter) {
        Set<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method :
                        methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    Route route = new Route(method, pattern);
                    if (filter.test(route) && seen.add(method + " " + pattern)) {
                        routes.add(route);
                    }
                }
            }
        }
        return routes;
    }

    /**
     * Routes with an {id} act on items made for this test alone: the matrix posts every action
     * (publish, unpublish, return, restore …) and must not change the demo content other tests read.
     */
    private String concrete(String pattern) {
        String id;
        if (pattern.startsWith("/quan-tri/bai-viet")) {
            id = String.valueOf(matrixItem(
                    "article",
                    "slug",
                    "ma-tran-quyen-bai-viet",
                    () -> jdbc.update(
                            "insert into article (category_id, title, slug, body, status, published_at, created_at, updated_at)"
                                    + " select id, 'Bài cho ma trận quyền', 'ma-tran-quyen-bai-viet', '<p>x</p>', 'PUBLISHED',"
                                    + " timestamp '2001-01-01 00:00:00', current_timestamp, current_timestamp from category where slug = ?",
                            StaffFixtures.CATEGORY)));
        } else if (pattern.startsWith("/quan-tri/chuyen-muc")) {
            id = String.valueOf(matrixItem(
                    "category",
                    "slug",
                    "ma-tran-quyen",
                    () -> jdbc.update("insert into category (name, slug, sort_order, show_in_menu, created_at)"
                            + " values ('Ma trận quyền', 'ma-tran-quyen', 999, false, current_timestamp)")));
        } else if (pattern.startsWith("/quan-tri/van-ban")) {
            id = String.valueOf(
                    matrixItem(
                            "legal_document",
                            "slug",
                            "ma-tran-quyen",
                            () -> jdbc.update(
                                    "insert into legal_document (doc_number, slug, summary, issue_date, status, created_at, updated_at)"
                                            + " values ('MT/2001', 'ma-tran-quyen', 'Ma trận quyền', date '2001-01-01', 'DRAFT', current_timestamp, current_timestamp)")));
        } else if (pattern.startsWith("/quan-tri/thong-bao")) {
            id = String.valueOf(
                    matrixItem(
                            "announcement",
                            "slug",
                            "ma-tran-quyen",
                            () -> jdbc.update(
                                    "insert into announcement (title, slug, body, pinned, status, created_at, updated_at)"
                                            + " values ('Ma trận quyền', 'ma-tran-quyen', '<p>x</p>', false, 'DRAFT', current_timestamp, current_timestamp)")));
        } else if (pattern.startsWith("/quan-tri/trang")) {
            id = String.valueOf(matrixItem(
                    "site_page",
                    "path",
                    "ma-tran-quyen",
                    () -> jdbc.update("insert into site_page (slug, path, title, body, status, created_at, updated_at)"
                            + " values ('ma-tran-quyen', 'ma-tran-quyen', 'Ma trận quyền', '<p>x</p>', 'DRAFT',"
                            + " current_timestamp, current_timestamp)")));
        } else if (pattern.startsWith("/quan-tri/menu")) {
            id = String.valueOf(matrixItem(
                    "menu_item",
                    "label",
                    "Ma trận quyền",
                    () -> jdbc.update("insert into menu_item (menu, label, target, address, sort_order, visible)"
                            + " values ('FOOTER', 'Ma trận quyền', 'PATH', '/ma-tran-quyen', 9999, false)")));
        } else if (pattern.startsWith("/quan-tri/banner/lien-ket")) {
            id = String.valueOf(matrixItem(
                    "web_link",
                    "name",
                    "Ma trận quyền",
                    () -> jdbc.update("insert into web_link (name, url, sort_order)"
                            + " values ('Ma trận quyền', 'https://ma-tran.example/', 9999)")));
        } else if (pattern.startsWith("/quan-tri/banner")) {
            id = String.valueOf(matrixItem(
                    "banner",
                    "alt_text",
                    "Ma trận quyền",
                    () -> jdbc.update("insert into banner (placement, image_url, alt_text, show_until, sort_order)"
                            + " values ('HOME', '/media/none.png', 'Ma trận quyền', date '2001-01-01', 9999)")));
        } else if (pattern.startsWith("/quan-tri/to-chuc")) {
            long unit = matrixItem(
                    "org_unit",
                    "name",
                    "Ma trận quyền",
                    () -> jdbc.update(
                            "insert into org_unit (name, kind, sort_order) values ('Ma trận quyền', 'OTHER', 9999)"));
            id = String.valueOf(
                    pattern.startsWith("/quan-tri/to-chuc/nguoi")
                            ? matrixItem(
                                    "org_person",
                                    "full_name",
                                    "Ma trận quyền",
                                    () -> jdbc.update(
                                            "insert into org_person (unit_id, full_name, position, sort_order) values (?, 'Ma trận quyền', 'Thử', 9999)",
                                            unit))
                            : unit);
        } else if (pattern.startsWith("/quan-tri/thu-vien-anh")) {
            id = String.valueOf(
                    matrixItem(
                            "album",
                            "slug",
                            "ma-tran-quyen",
                            () -> jdbc.update(
                                    "insert into album (slug, title, status, created_at, updated_at)"
                                            + " values ('ma-tran-quyen', 'Ma trận quyền', 'DRAFT', current_timestamp, current_timestamp)")));
        } else if (pattern.startsWith("/quan-tri/video")) {
            id = String.valueOf(matrixItem(
                    "video",
                    "slug",
                    "ma-tran-quyen",
                    () -> jdbc.update(
                            "insert into video (slug, title, file_key, file_size, status, created_at, updated_at)"
                                    + " values ('ma-tran-quyen', 'Ma trận quyền', 'files/videos/none.mp4', 0, 'DRAFT',"
                                    + " current_timestamp, current_timestamp)")));
        } else {
            id = String.valueOf(jdbc.queryForObject(
                    "select id from app_user where username = ?", Long.class, StaffFixtures.UNASSIGNED_AUTHOR));
        }
        return pattern.replace("{id}", id)
                .replace("{revision}", "1")
                .replace("{attachmentId}", "0")
                .replace("{photoId}", "0");
    }

    private long matrixItem(String table, String column, String value, Runnable create) {
        String select = "select id from " + table + " where " + column + " = ?";
        if (jdbc.queryForList(select, Long.class, value).isEmpty()) {
            create.run();
        }
        return jdbc.queryForObject(select, Long.class, value);
    }

    private MockHttpServletRequestBuilder request(Route route) {
        String path = concrete(route.pattern());
        return route.method() == RequestMethod.GET ? MockMvcRequestBuilders.get(path) : post(path);
    }

    @Test
    void everyBackOfficeRouteLetsInExactlyTheRolesOfItsArea() throws Exception {
        List<Route> backOffice = routes(r -> r.pattern().startsWith("/quan-tri"));
        assertThat(backOffice).hasSizeGreaterThanOrEqualTo(25);
        for (Route route : backOffice) {
            Set<Role> allowed = AREAS.entrySet().stream()
                    .filter(area -> route.pattern().equals(area.getKey())
                            || route.pattern().startsWith(area.getKey() + "/"))
                    .findFirst()
                    .map(Map.Entry::getValue)
                    .orElseThrow(() -> new AssertionError("route in no area of the access table: " + route));

            MockHttpServletResponse anonymous =
                    mvc.perform(request(route).with(csrf())).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as("anonymous %s", route).isEqualTo(302);
            assertThat(anonymous.getRedirectedUrl()).as("anonymous %s", route).endsWith("/dang-nhap");

            for (Role role : Role.values()) {
                MockHttpServletResponse response = mvc.perform(
                                request(route).with(csrf()).with(STAFF.get(role)))
                        .andReturn()
                        .getResponse();
                if (allowed.contains(role)) {
                    assertThat(response.getStatus()).as("%s %s", role, route).isNotIn(401, 403);
                    assertThat(String.valueOf(response.getRedirectedUrl()))
                            .as("%s %s", role, route)
                            .doesNotEndWith("/dang-nhap");
                } else {
                    assertThat(response.getStatus()).as("%s %s", role, route).isEqualTo(403);
                }
            }
        }
    }

    @Test
    void everyStateChangingRouteRefusesARequestWithoutCsrfToken() throws Exception {
        List<Route> changing = routes(r -> r.method() != RequestMethod.GET
                && r.method() != RequestMethod.HEAD
                && r.method() != RequestMethod.OPTIONS);
        changing.add(new Route(RequestMethod.POST, "/dang-nhap"));
        changing.add(new Route(RequestMethod.POST, "/dang-xuat"));
        assertThat(changing).hasSizeGreaterThanOrEqualTo(15);
        for (Route route : changing) {
            MockHttpServletResponse response = mvc.perform(request(route).with(StaffFixtures.admin()))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as("no token: %s", route).isEqualTo(403);
            MockHttpServletResponse wrong = mvc.perform(
                            request(route).with(csrf().useInvalidToken()).with(StaffFixtures.admin()))
                    .andReturn()
                    .getResponse();
            assertThat(wrong.getStatus()).as("wrong token: %s", route).isEqualTo(403);
        }
        MvcResult upload = mvc.perform(multipart("/quan-tri/media")
                        .file("file", new byte[] {1})
                        .with(StaffFixtures.admin()))
                .andReturn();
        assertThat(upload.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void staffSignInAndLandOnTheDashboard() throws Exception {
        MvcResult result = mvc.perform(
                        formLogin("/dang-nhap").user(StaffFixtures.AUTHOR).password(StaffFixtures.PASSWORD))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/quan-tri");
        MvcResult wrong = mvc.perform(
                        formLogin("/dang-nhap").user(StaffFixtures.AUTHOR).password("sai-mat-khau-roi"))
                .andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/dang-nhap?loi=1");
    }

    @Test
    void fiveFailuresLockANameForFifteenMinutesWhetherOrNotItExists() throws Exception {
        for (String name : List.of(StaffFixtures.UNASSIGNED_AUTHOR, "khong-ton-tai-" + System.nanoTime())) {
            for (int i = 1; i <= 4; i++) {
                assertThat(mvc.perform(formLogin("/dang-nhap").user(name).password("sai-" + i))
                                .andReturn()
                                .getResponse()
                                .getRedirectedUrl())
                        .as("failure %d of %s", i, name)
                        .isEqualTo("/dang-nhap?loi=1");
            }
            assertThat(mvc.perform(formLogin("/dang-nhap").user(name).password("sai-5"))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl())
                    .as("fifth failure of %s", name)
                    .isEqualTo("/dang-nhap?khoa=1");
            assertThat(mvc.perform(formLogin("/dang-nhap").user(name).password(StaffFixtures.PASSWORD))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl())
                    .as("right password while locked: %s", name)
                    .isEqualTo("/dang-nhap?khoa=1");
        }
        jdbc.update(
                "update login_throttle set locked_until = ? where username = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1),
                StaffFixtures.UNASSIGNED_AUTHOR);
        assertThat(mvc.perform(formLogin("/dang-nhap")
                                .user(StaffFixtures.UNASSIGNED_AUTHOR)
                                .password(StaffFixtures.PASSWORD))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("after the lock has run out")
                .isEqualTo("/quan-tri");
    }

    @Test
    void theLoginPageSaysWhyInVietnameseAndKeepsTheTypedName() throws Exception {
        String locked = mvc.perform(MockMvcRequestBuilders.get("/dang-nhap?khoa=1"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(locked).contains("tạm thời bị khóa").contains("15 phút");
        String failed = mvc.perform(MockMvcRequestBuilders.get("/dang-nhap?loi=1"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(failed).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        var session = new MockHttpSession();
        mvc.perform(post("/dang-nhap")
                        .param("username", "ten-da-go")
                        .param("password", "x")
                        .with(csrf())
                        .session(session))
                .andReturn();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/dang-nhap?loi=1").session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("value=\"ten-da-go\"");
    }

    @Test
    void theSessionIdChangesAtLoginAndCookiesAreHttpOnlyAndSameSite() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(url("/dang-nhap"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        String before = cookie.substring(0, cookie.indexOf(';'));
        String token = Jsoup.parse(form.body()).select("input[name=_csrf]").val();
        String body = "username=" + StaffFixtures.EDITOR + "&password=" + StaffFixtures.PASSWORD + "&_csrf=" + token;
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(url("/dang-nhap")))
                        .header("Cookie", before)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/quan-tri");
        String after = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(after.substring(0, after.indexOf(';')))
                .startsWith("JSESSIONID=")
                .isNotEqualTo(before);
        HttpResponse<String> dashboard = http.send(
                HttpRequest.newBuilder(URI.create(url("/quan-tri")))
                        .header("Cookie", after.substring(0, after.indexOf(';')))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Nguyễn Thị Biên Tập").contains("Đăng xuất");
        assertThat(dashboard.headers().firstValue("Cache-Control").orElseThrow())
                .isEqualTo("no-store");
    }

    @Test
    void passwordsFollowThePolicy() throws Exception {
        for (String weak : List.of("ngan-qua", "matkhau123", "Mật Khẩu 123", "1234567890", "abc-moi.nguoidung-xyz")) {
            String page = mvc.perform(post("/quan-tri/nguoi-dung/moi")
                            .with(csrf())
                            .with(StaffFixtures.admin())
                            .param("username", "moi.nguoidung")
                            .param("displayName", "Người mới")
                            .param("role", "AUTHOR")
                            .param("password", weak))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page)
                    .as(weak)
                    .containsAnyOf("ít nhất 10 ký tự", "mật khẩu phổ biến", "không được chứa tên đăng nhập");
            assertThat(page).as("the form keeps what was typed").contains("value=\"Người mới\"");
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user where username like 'moi.%'", Long.class))
                .isZero();
    }
}
