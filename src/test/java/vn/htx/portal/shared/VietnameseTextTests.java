package vn.htx.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTests {

    @Test
    void foldRemovesEveryToneAndVowelMarkAndMapsDToD() {
        assertThat(VietnameseText.fold("Đẩy mạnh thi đua khen thưởng")).isEqualTo("Day manh thi dua khen thuong");
        assertThat(VietnameseText.fold("ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳỷỹỵ đĐ"))
                .isEqualTo("aaaaa aaaaa eeeee ooooo ooooo uuuuu yyyy dD");
        assertThat(VietnameseText.fold(null)).isEmpty();
    }

    @Test
    void foldTreatsComposedAndDecomposedInputAlike() {
        String composed = "Hợp tác xã";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed))
                .isEqualTo(VietnameseText.fold(composed))
                .isEqualTo("Hop tac xa");
    }

    @Test
    void truncateCutsAtAWordAndEndsWithAnEllipsis() {
        String summary = "Quyết định ban hành Bộ tài liệu tập huấn những kiến thức cơ bản về xây dựng nông thôn mới";
        String cut = VietnameseText.truncate(summary, 70);
        assertThat(cut).hasSizeLessThanOrEqualTo(70).endsWith("…").startsWith("Quyết định ban hành Bộ tài liệu");
        assertThat(summary).startsWith(cut.substring(0, cut.length() - 1));
        assertThat(cut.charAt(cut.length() - 2)).isNotEqualTo(' ');
    }

    @Test
    void truncateLeavesShortTextAloneAndNormalisesSpaces() {
        assertThat(VietnameseText.truncate("Kỷ niệm ngày  Hợp tác xã\nQuốc tế", 70))
                .isEqualTo("Kỷ niệm ngày Hợp tác xã Quốc tế");
    }

    @Test
    void truncateDropsDanglingPunctuationBeforeTheEllipsis() {
        assertThat(VietnameseText.truncate("Một, hai, ba, bốn, năm, sáu", 12)).isEqualTo("Một, hai…");
    }

    @Test
    void truncateCutsAWordThatIsLongerThanTheLimit() {
        assertThat(VietnameseText.truncate("x".repeat(50), 10)).isEqualTo("xxxxxxxxx…");
        assertThatIllegalArgumentException().isThrownBy(() -> VietnameseText.truncate("abc", 1));
    }
}
