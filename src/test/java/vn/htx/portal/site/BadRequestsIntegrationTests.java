package vn.htx.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.RawHttp;
import vn.htx.portal.support.StaffFixtures;
import vn.htx.portal.users.UsersApi;

/** What careless or hostile clients send: malformed addresses, undecodable queries, oversized forms. */
@ExtendWith(OutputCaptureExtension.class)
class BadRequestsIntegrationTests extends PortalIntegrationTest {

    @Autowired
    private UsersApi users;

    @Test
    void malformedAddressesGetTheVietnamesePageWithTheSecurityHeaders() {
        for (String path : new String[] {"/bai-viet/%ff", "/%", "/" + "a".repeat(20_000)}) {
            RawHttp.Answer answer = RawHttp.send(port, "GET " + path + " HTTP/1.1");
            String shown = path.length() > 30 ? path.substring(0, 30) + "…" : path;
            assertThat(answer.status()).as(shown).isEqualTo(400);
            assertThat(answer.body())
                    .as(shown)
                    .contains("<html lang=\"vi\"")
                    .contains("Yêu cầu không hợp lệ")
                    .doesNotContain("HTTP Status")
                    .doesNotContain("Apache Tomcat");
            assertThat(answer.header("Content-Security-Policy")).as(shown).isNotEmpty();
            assertThat(answer.header("X-Content-Type-Options")).as(shown).containsExactly("nosniff");
            assertThat(answer.header("Permissions-Policy")).as(shown).isNotEmpty();
        }
    }

    @Test
    void aQueryThatIsNotUtf8GetsA400PageAndOneLogLineAtMost(CapturedOutput output) {
        int before = output.getAll().length();
        for (String path : new String[] {"/tim-kiem?q=%ff%fe", "/van-ban?q=%c3%28", "/chuyen-muc/tin-tuc?page=%ff"}) {
            RawHttp.Answer answer = RawHttp.send(port, "GET " + path + " HTTP/1.1");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path).contains("Yêu cầu không hợp lệ");
        }
        String logged = output.getAll().substring(before);
        assertThat(logged.lines()
                        .filter(line -> line.contains("Refused a request with parameters that are not valid UTF-8")))
                .hasSize(3);
        assertThat(logged.lines().filter(line -> line.startsWith("\tat ") || line.contains("Exception")))
                .as("no stack trace")
                .isEmpty();
    }

    @Test
    void anOverlongFieldInAMultipartFormAnswersTheFormWithTheTextKeptAndAHugeOneA413() throws Exception {
        StaffFixtures.ensure(users, jdbc);
        HttpClient http = HttpClient.newBuilder().build();
        String session = signIn(http);
        String form = http.send(
                        HttpRequest.newBuilder(URI.create(url("/quan-tri/bai-viet/moi")))
                                .header("Cookie", session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String token = Jsoup.parse(form).select("input[name=_csrf]").val();
        String category = String.valueOf(
                jdbc.queryForObject("select id from category where slug = ?", Long.class, StaffFixtures.CATEGORY));

        // 600,000 characters of Vietnamese text (about 1.8 MB): over the body's own limit of 500,000
        String overlong = "<p>" + "Hợp tác xã phát triển bền vững. ".repeat(18_750) + "</p>";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token);
        fields.put("title", "Bài rất dài vẫn giữ nguyên");
        fields.put("categoryId", category);
        fields.put("body", overlong);
        HttpResponse<String> answer = postMultipart(http, session, fields);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Nội dung quá dài");
        assertThat(Jsoup.parse(answer.body()).select("input[name=title]").val())
                .isEqualTo("Bài rất dài vẫn giữ nguyên");
        assertThat(Jsoup.parse(answer.body()).select("textarea[name=body]").text())
                .hasSize(overlong.length());

        fields.put("body", "<p>" + "x".repeat(5 * 1024 * 1024) + "</p>");
        HttpResponse<String> huge = postMultipart(http, session, fields);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("vượt quá giới hạn");
    }

    private String signIn(HttpClient http) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(url("/dang-nhap"))).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        String session = cookie.substring(0, cookie.indexOf(';'));
        String token = Jsoup.parse(page.body()).select("input[name=_csrf]").val();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(url("/dang-nhap")))
                        .header("Cookie", session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + StaffFixtures.EDITOR + "&password="
                                + URLEncoder.encode(StaffFixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                + token))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String signedIn = login.headers().firstValue("Set-Cookie").orElseThrow();
        return signedIn.substring(0, signedIn.indexOf(';'));
    }

    private HttpResponse<String> postMultipart(HttpClient http, String session, Map<String, String> fields)
            throws Exception {
        String boundary = "----ranh-gioi-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(field.getValue().getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(url("/quan-tri/bai-viet/moi")))
                        .header("Cookie", session)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
