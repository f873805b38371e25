package vn.htx.portal.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.StaffFixtures;
import vn.htx.portal.users.Role;
import vn.htx.portal.users.UsersApi;

/**
 * Real sessions over HTTP: what an administrator changes about an account (role, status, password)
 * applies to that account's open sessions at their very next request.
 */
class StaffSessionIntegrationTests extends PortalIntegrationTest {

    private static final String PASSWORD = "Phien-lam-viec-an-toan-26";
    private static final AtomicLong NAMES = new AtomicLong();

    @Autowired
    private UsersApi users;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aChangedRoleAppliesToOpenSessionsAtOnceBothWays() throws Exception {
        long id = newAccount("vaitro", Role.EDITOR);
        String session = signIn(username(id), PASSWORD);
        assertThat(getAs(session, "/quan-tri/van-ban").statusCode()).isEqualTo(200);

        setRole(id, Role.AUTHOR, true);
        assertThat(getAs(session, "/quan-tri/van-ban").statusCode())
                .as("demoted")
                .isEqualTo(403);

        setRole(id, Role.ADMIN, true);
        assertThat(getAs(session, "/quan-tri/nguoi-dung").statusCode())
                .as("promoted")
                .isEqualTo(200);

        setRole(id, Role.EDITOR, true);
        assertThat(getAs(session, "/quan-tri/nguoi-dung").statusCode())
                .as("an administrator demoted keeps no admin right")
                .isEqualTo(403);
        assertThat(post(session, "/quan-tri/nguoi-dung/moi", "/quan-tri/van-ban", "username=chiem.quyen")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aDisabledAccountsSessionsEndAtTheirNextRequest() throws Exception {
        long id = newAccount("khoa", Role.EDITOR);
        String first = signIn(username(id), PASSWORD);
        String second = signIn(username(id), PASSWORD);
        assertThat(getAs(first, "/quan-tri/van-ban").statusCode()).isEqualTo(200);

        setRole(id, Role.EDITOR, false);
        for (String session : new String[] {first, second}) {
            HttpResponse<String> answer = getAs(session, "/quan-tri/van-ban");
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/dang-nhap");
        }
        assertThat(signInStatus(username(id), PASSWORD))
                .as("and it cannot sign in")
                .doesNotEndWith("/quan-tri");
    }

    @Test
    void aResetPasswordEndsEverySessionAndAnOwnChangeEndsTheOthers() throws Exception {
        long id = newAccount("matkhau", Role.AUTHOR);
        String first = signIn(username(id), PASSWORD);
        StaffFixtures.runAsAdmin(() -> users.resetPassword(id, "Mat-khau-do-quan-tri-dat"));
        assertThat(getAs(first, "/quan-tri").statusCode())
                .as("reset by an administrator")
                .isEqualTo(302);

        String mine = signIn(username(id), "Mat-khau-do-quan-tri-dat");
        String other = signIn(username(id), "Mat-khau-do-quan-tri-dat");
        HttpResponse<String> changed = post(
                mine,
                "/quan-tri/mat-khau",
                "/quan-tri/mat-khau",
                "currentPassword=Mat-khau-do-quan-tri-dat&newPassword=Mat-khau-tu-chon-moi-26"
                        + "&confirmPassword=Mat-khau-tu-chon-moi-26");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/quan-tri");
        assertThat(getAs(mine, "/quan-tri").statusCode())
                .as("the session that changed it")
                .isEqualTo(200);
        assertThat(getAs(other, "/quan-tri").statusCode()).as("another session").isEqualTo(302);
    }

    private long newAccount(String prefix, Role role) {
        String name = "phien." + prefix + "." + NAMES.incrementAndGet();
        long[] id = new long[1];
        StaffFixtures.runAsAdmin(() -> id[0] =
                users.create(name, "Phiên " + prefix, null, role, PASSWORD).id());
        return id[0];
    }

    private String username(long id) {
        String[] name = new String[1];
        StaffFixtures.runAsAdmin(() -> name[0] = users.byId(id).orElseThrow().username());
        return name[0];
    }

    private void setRole(long id, Role role, boolean enabled) {
        StaffFixtures.runAsAdmin(() -> {
            var user = users.byId(id).orElseThrow();
            users.update(id, user.displayName(), user.email(), role, enabled, user.version());
        });
    }

    /** Signs in through the form and returns the session cookie ("JSESSIONID=..."). */
    private String signIn(String username, String password) throws Exception {
        HttpResponse<String> login = submitLogin(username, password);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/quan-tri");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private String signInStatus(String username, String password) throws Exception {
        return submitLogin(username, password).headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> submitLogin(String username, String password) throws Exception {
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(url("/dang-nhap"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow();
        String session = cookie.substring(0, cookie.indexOf(';'));
        String token = Jsoup.parse(form.body()).select("input[name=_csrf]").val();
        return send(HttpRequest.newBuilder(URI.create(url("/dang-nhap")))
                .header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token)))
                .build());
    }

    private HttpResponse<String> getAs(String session, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", session)
                .GET()
                .build());
    }

    /** POSTs {@code form} with the CSRF token of the page at {@code tokenPage}, as the browser would. */
    private HttpResponse<String> post(String session, String path, String tokenPage, String form) throws Exception {
        String token = Jsoup.parse(getAs(session, tokenPage).body())
                .select("input[name=_csrf]")
                .val();
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token)))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
