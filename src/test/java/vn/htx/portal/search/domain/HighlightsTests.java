package vn.htx.portal.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.htx.portal.shared.VietnameseText;

class HighlightsTests {

    @Test
    void theTableFoldsLikeTheNormaliser() {
        String text = "Đẩy mạnh công tác THI ĐUA khen thưởng, tạo động lực — Hợp tác xã Ấp Bắc ỹ ữ ự ộ 2026";
        assertThat(Highlights.fold(text)).isEqualTo(VietnameseText.fold(text).toLowerCase(Locale.ROOT));
        assertThat(Highlights.fold("Quỹ hỗ trợ")).isEqualTo("quy ho tro");
    }

    @Test
    void matchedWordsAreMarkedAsWrittenAndEverythingIsEscaped() {
        Set<String> words = Highlights.foldedWords("khen thuong");
        String marked = Highlights.mark("Khen thưởng <b>cho</b> hợp tác xã", words);
        assertThat(Highlights.toHtml(marked))
                .isEqualTo("<mark>Khen</mark> <mark>thưởng</mark> &lt;b&gt;cho&lt;/b&gt; hợp tác xã");
    }

    @Test
    void aSnippetIsCutAroundTheFirstMatchAtSpaces() {
        String text = "mở đầu ".repeat(100) + "nuôi cá rô đồng xen canh " + "kết thúc ".repeat(100);
        String snippet = Highlights.markAround(text, Highlights.foldedWords("ca ro dong"), 120);
        assertThat(snippet).startsWith("… ").endsWith(" …").contains("\uE000cá\uE001 \uE000rô\uE001 \uE000đồng\uE001");
        assertThat(snippet.replace("\uE000", "").replace("\uE001", "").length()).isLessThanOrEqualTo(124);
        assertThat(Highlights.markAround("không có gì", Highlights.foldedWords("ca"), 120))
                .isEqualTo("không có gì");
    }
}
