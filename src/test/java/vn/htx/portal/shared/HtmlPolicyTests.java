package vn.htx.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.htx.portal.support.XssCorpus;

class HtmlPolicyTests {

    @Test
    void noPayloadSurvivesTheAllowList() throws IOException {
        List<String> corpus = XssCorpus.payloads();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);
        for (String payload : corpus) {
            XssCorpus.assertHarmless(HtmlPolicy.sanitize(payload));
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
