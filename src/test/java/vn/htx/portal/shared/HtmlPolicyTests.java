package vn.htx.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class HtmlPolicyTests {

    /** Payloads from the usual XSS cheat sheets plus ways to hide or overlay content, one a line. */
    static List<String> payloads() throws IOException {
        return new ClassPathResource("xss-payloads.txt")
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
    }

    /** What must never appear in sanitised HTML, whatever went in. */
    static void assertHarmless(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        assertThat(
                        document.select(
                                "script, iframe, object, embed, style, link, meta, base, form, input, button, svg, math, "
                                        + "select, textarea, video, audio, source, details, marquee, frameset, applet, template, noscript"))
                .as(html)
                .isEmpty();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                String value = attribute.getValue().toLowerCase().replaceAll("\\s", "");
                assertThat(name)
                        .as(html)
                        .doesNotStartWith("on")
                        .isNotIn("style", "srcset", "background", "dynsrc", "lowsrc", "formaction", "srcdoc");
                assertThat(value)
                        .as(html)
                        .doesNotContain("javascript:")
                        .doesNotContain("vbscript:")
                        .doesNotStartWith("data:");
                if (name.equals("href") || name.equals("src")) {
                    assertThat(value).as(html).doesNotStartWith("//");
                }
            }
        }
        assertThat(document.select("a[target=_blank]:not([rel~=noopener])"))
                .as(html)
                .isEmpty();
    }

    @Test
    void noPayloadSurvivesTheAllowList() throws IOException {
        List<String> corpus = payloads();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);
        for (String payload : corpus) {
            assertHarmless(HtmlPolicy.sanitize(payload));
        }
    }

    @Test
    void whatEditorsNeedIsKept() {
        String html =
                "<h2>Tiêu đề</h2><p><strong>Đậm</strong> <em>nghiêng</em> <a href=\"https://chinhphu.vn\">liên kết</a>"
                        + " <a href=\"/bai-viet/abc\">nội bộ</a></p><ul><li>Một</li></ul><ol><li>Hai</li></ol>"
                        + "<blockquote><p>Trích dẫn</p></blockquote><img src=\"/media/2026/11/abcdef0123456789.jpg\" alt=\"Ảnh\">"
                        + "<table><thead><tr><th scope=\"col\">Cột</th></tr></thead><tbody><tr><td colspan=\"2\">Ô</td></tr></tbody></table>";
        Document kept = Jsoup.parseBodyFragment(HtmlPolicy.sanitize(html));
        assertThat(kept.select("h2").text()).isEqualTo("Tiêu đề");
        assertThat(kept.select("strong, em, ul li, ol li, blockquote, table th, td[colspan=2]"))
                .hasSize(7);
        assertThat(kept.select("a").eachAttr("href")).containsExactly("https://chinhphu.vn", "/bai-viet/abc");
        assertThat(kept.select("img").attr("src")).isEqualTo("/media/2026/11/abcdef0123456789.jpg");
        assertThat(kept.select("img").attr("alt")).isEqualTo("Ảnh");
    }
}
