package vn.htx.portal.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.StaffFixtures;

/**
 * Two people open the same edit form; the first saves, then the second saves the form they opened
 * before that. For every kind of item with an edit form: the second save is refused with the
 * Vietnamese message, keeps what the second person typed, and the first person's save stands.
 */
class StaleSaveIntegrationTests extends PortalIntegrationTest {

    /** Each kind: how the test makes an item of its own, its edit form, the field changed, where it is stored. */
    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of(
                        "announcement",
                        "/quan-tri/thong-bao/moi?title=Thông báo để sửa hai lần&body=<p>Nội dung.</p>",
                        "/quan-tri/thong-bao/%d",
                        "title",
                        "select title from announcement where id = %d"),
                Arguments.of(
                        "document",
                        "/quan-tri/van-ban/moi?number=77/TB-SUAHAILAN&summary=Văn bản để sửa hai lần&issueDate=2026-12-01",
                        "/quan-tri/van-ban/%d",
                        "summary",
                        "select summary from legal_document where id = %d"),
                Arguments.of(
                        "category",
                        "/quan-tri/chuyen-muc/moi?name=Chuyên mục để sửa hai lần&slug=chuyen-muc-sua-hai-lan&sortOrder=90",
                        "/quan-tri/chuyen-muc/%d",
                        "description",
                        "select description from category where id = %d"),
                Arguments.of(
                        "user",
                        "/quan-tri/nguoi-dung/moi?username=sua.hai.lan&displayName=Người để sửa hai lần&role=AUTHOR"
                                + "&password=Mat-khau-sua-hai-lan-26",
                        "/quan-tri/nguoi-dung/%d",
                        "displayName",
                        "select display_name from app_user where id = %d"),
                Arguments.of(
                        "settings",
                        null,
                        "/quan-tri/cai-dat",
                        "tagline",
                        "select site_tagline from site_settings where id = %d"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void theSecondOfTwoSavesOfTheSameVersionIsRefusedAndKeepsWhatWasTyped(
            String kind, String create, String path, String field, String valueQuery) throws Exception {
        long id = create == null ? 1 : created(create);
        String url = path.contains("%d") ? path.formatted(id) : path;
        String tagline = jdbc.queryForObject("select site_tagline from site_settings", String.class);
        try {
            Element form = openForm(url);

            MockHttpServletResponse first = perform(submit(url, form, field, "Bản lưu trước của " + kind));
            assertThat(first.getStatus())
                    .as(
                            "first save: %s",
                            Jsoup.parse(first.getContentAsString(StandardCharsets.UTF_8))
                                    .select(".field__error, .notice--problem")
                                    .eachText())
                    .isEqualTo(302);

            MockHttpServletResponse second = perform(submit(url, form, field, "Bản lưu sau của " + kind));
            assertThat(second.getStatus()).as("stale save").isEqualTo(200);
            assertThat(second.getContentAsString(StandardCharsets.UTF_8))
                    .contains("Người khác đã lưu nội dung này")
                    .contains("Bản lưu sau của " + kind);
            assertThat(jdbc.queryForObject(valueQuery.formatted(id), String.class))
                    .isEqualTo("Bản lưu trước của " + kind);
        } finally {
            // the site's settings are shared by every test of this context
            jdbc.update("update site_settings set site_tagline = ?", tagline);
        }
    }

    /** Creates an item through its "new" form ({@code create}: path and parameters) and returns its id. */
    private long created(String create) throws Exception {
        String[] parts = create.split("\\?", 2);
        MockHttpServletRequestBuilder request = post(parts[0]).with(csrf()).with(StaffFixtures.admin());
        for (String pair : parts[1].split("&")) {
            String[] nameValue = pair.split("=", 2);
            request.param(nameValue[0], nameValue[1]);
        }
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).as("created through " + parts[0]).isEqualTo(302);
        String location = response.getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Element openForm(String url) throws Exception {
        String page = perform(MockMvcRequestBuilders.get(url).with(StaffFixtures.admin()))
                .getContentAsString(StandardCharsets.UTF_8);
        Element form = Jsoup.parse(page).selectFirst("form:has(input[name=version])");
        assertThat(form).as("a form with a version on " + url).isNotNull();
        return form;
    }

    /** The form as a browser sends it, with {@code field} changed to {@code value}. */
    private MockHttpServletRequestBuilder submit(String url, Element form, String field, String value) {
        MockHttpServletRequestBuilder request = post(url).with(csrf()).with(StaffFixtures.admin());
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            if (name.equals("_csrf") || input.attr("type").equals("file")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                for (Element option : input.select("option[selected]")) {
                    request.param(name, option.attr("value"));
                }
            } else if (input.attr("type").equals("checkbox")
                    || input.attr("type").equals("radio")) {
                if (input.hasAttr("checked")) {
                    request.param(name, input.attr("value").isEmpty() ? "on" : input.attr("value"));
                }
            } else if (!name.equals(field)) {
                request.param(name, input.tagName().equals("textarea") ? input.wholeText() : input.attr("value"));
            }
        }
        return request.param(field, value);
    }

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
