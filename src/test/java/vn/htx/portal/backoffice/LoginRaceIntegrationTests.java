package vn.htx.portal.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.StaffFixtures;
import vn.htx.portal.users.Role;
import vn.htx.portal.users.UsersApi;
import vn.htx.portal.users.domain.LoginAttempts;

/**
 * Logins sent all at once, as an attacker's script does: the limits hold however many arrive
 * together. Client addresses come through the trusted proxy (X-Forwarded-For from 127.0.0.1).
 */
class LoginRaceIntegrationTests extends PortalIntegrationTest {

    private static final String PASSWORD = "Dang-nhap-song-song-2026";

    @Autowired
    private UsersApi users;

    @Autowired
    private LoginAttempts attempts;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    record Form(String session, String token) {}

    @Test
    void eightyParallelWrongLoginsForOneNameCheckAtMostFivePasswords() throws Exception {
        String name = "song.song.sai";
        StaffFixtures.runAsAdmin(() -> users.create(name, "Song song", null, Role.AUTHOR, PASSWORD));
        List<String> outcomes = parallelLogins(name, 80, -1);

        assertThat(outcomes).doesNotContain("/quan-tri");
        assertThat(checkedPasswords(name)).as("passwords checked").isEqualTo(5);
        assertThat(outcomes)
                .filteredOn(location -> location.endsWith("?khoa=1"))
                .hasSizeGreaterThanOrEqualTo(75);
        assertThat(signIn(name, PASSWORD, "198.51.100.200")).as("locked now").endsWith("?khoa=1");
    }

    @Test
    void theRightPasswordAmongFortyAtOnceIsTriedOnlyIfItIsAmongTheFiveAllowed() throws Exception {
        String name = "song.song.dung";
        StaffFixtures.runAsAdmin(() -> users.create(name, "Song song đúng", null, Role.AUTHOR, PASSWORD));
        List<String> outcomes = parallelLogins(name, 40, 39);

        long signedIn = outcomes.stream().filter(l -> l.endsWith("/quan-tri")).count();
        assertThat(signedIn + checkedPasswords(name))
                .as("passwords checked, the right one included when it was")
                .isLessThanOrEqualTo(5);
    }

    @Test
    void oneAddressTryingManyNamesIsRefusedWhileOthersStillSignIn() throws Exception {
        String attacker = "203.0.113.66";
        for (int i = 0; i < LoginAttempts.MAX_FAILURES_PER_ADDRESS; i++) {
            assertThat(signIn("doan.ten." + i, "sai-mat-khau-" + i, attacker)).endsWith("?loi=1");
        }
        assertThat(signIn("doan.ten.cuoi", "sai-mat-khau", attacker)).endsWith("?khoa-dia-chi=1");
        StaffFixtures.ensure(users, jdbc);
        assertThat(signIn(StaffFixtures.EDITOR, StaffFixtures.PASSWORD, attacker))
                .as("even the right password, from that address, for now")
                .endsWith("?khoa-dia-chi=1");
        assertThat(signIn(StaffFixtures.EDITOR, StaffFixtures.PASSWORD, "203.0.113.67"))
                .as("another address")
                .endsWith("/quan-tri");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'login.failed' and actor like 'doan.ten.%'",
                        Long.class))
                .as("failed logins are in the audit log")
                .isEqualTo(LoginAttempts.MAX_FAILURES_PER_ADDRESS);
    }

    @Test
    void countingRowsOfNamesAndAddressesNotSeenForADayAreSwept() {
        Timestamp old = Timestamp.from(Instant.now().minus(Duration.ofDays(2)));
        Timestamp recent = Timestamp.from(Instant.now().minus(Duration.ofMinutes(5)));
        jdbc.update(
                "insert into login_throttle (username, failures, last_failure_at) values ('cu.lam', 2, ?), ('moi.day', 2, ?)",
                old,
                recent);
        jdbc.update(
                "insert into login_address_throttle (client_address, failures, window_start) "
                        + "values ('192.0.2.1', 3, ?), ('192.0.2.2', 3, ?)",
                old,
                recent);
        attempts.sweep();
        assertThat(jdbc.queryForList(
                        "select username from login_throttle where username in ('cu.lam', 'moi.day')", String.class))
                .containsExactly("moi.day");
        assertThat(jdbc.queryForList(
                        "select client_address from login_address_throttle where client_address like '192.0.2.%'",
                        String.class))
                .containsExactly("192.0.2.2");
    }

    /** The number of passwords checked and found wrong for {@code name}: each is in the audit log. */
    private long checkedPasswords(String name) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where actor = ? and action in ('login.failed', 'login.locked')",
                Long.class,
                name);
    }

    /**
     * {@code count} logins for {@code name} sent together, each from its own address; the one at
     * {@code rightAt} (if any) has the right password. Returns where each was sent afterwards.
     */
    private List<String> parallelLogins(String name, int count, int rightAt) throws Exception {
        List<Form> forms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            forms.add(form());
        }
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String password = i == rightAt ? PASSWORD : "doan-thu-" + i;
            sent.add(http.sendAsync(
                    login(forms.get(i), name, password, "198.51.100." + (i + 1)),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : sent) {
            outcomes.add(answer.get().headers().firstValue("Location").orElse(""));
        }
        return outcomes;
    }

    private String signIn(String name, String password, String address) throws Exception {
        return http.send(login(form(), name, password, address), HttpResponse.BodyHandlers.ofString())
                .headers()
                .firstValue("Location")
                .orElse("");
    }

    private Form form() throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(url("/dang-nhap"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        return new Form(
                cookie.substring(0, cookie.indexOf(';')),
                Jsoup.parse(page.body()).select("input[name=_csrf]").val());
    }

    private HttpRequest login(Form form, String name, String password, String address) {
        String body = "username=" + encode(name) + "&password=" + encode(password) + "&_csrf=" + encode(form.token());
        return HttpRequest.newBuilder(URI.create(url("/dang-nhap")))
                .header("Cookie", form.session())
                .header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
