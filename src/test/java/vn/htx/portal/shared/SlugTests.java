package vn.htx.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Đẩy mạnh công tác thi đua | day-manh-cong-tac-thi-dua",
                "Khen thưởng - xử phạt | khen-thuong-xu-phat",
                "Hoạt động HTX | hoat-dong-htx",
                "ĐẠI HỘI ĐẠI BIỂU lần thứ VII | dai-hoi-dai-bieu-lan-thu-vii",
                "Luật Hợp tác xã năm 2023: những điểm mới | luat-hop-tac-xa-nam-2023-nhung-diem-moi",
                "4454/QĐ-BNN-VPĐP | 4454-qd-bnn-vpdp",
                "628- LMHTXVN/CSPT | 628-lmhtxvn-cspt",
                "  “Tiếng Việt” có dấu… ơ ư ă â ê ô | tieng-viet-co-dau-o-u-a-a-e-o",
                "Nguyễn Thị Ánh Tuyết, Ỷ Lan, Ỹ | nguyen-thi-anh-tuyet-y-lan-y"
            })
    void foldsVietnameseIntoAsciiWordsJoinedByHyphens(String title, String expected) {
        assertThat(Slug.of(title)).isEqualTo(expected);
    }

    @Test
    void textWithoutLettersOrDigitsGivesAnEmptySlug() {
        assertThat(Slug.of("—?!…")).isEmpty();
        assertThat(Slug.of("")).isEmpty();
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String title = "Hợp tác xã ".repeat(30);
        String slug = Slug.of(title);
        assertThat(slug.length()).isLessThanOrEqualTo(Slug.MAX_LENGTH);
        assertThat(slug).endsWith("-xa").doesNotEndWith("-");
    }

    @Test
    void uniqueAddsTheFirstFreeNumber() {
        Set<String> taken = Set.of("thong-bao", "thong-bao-2");
        assertThat(Slug.unique("Thông báo", "x", taken::contains)).isEqualTo("thong-bao-3");
        assertThat(Slug.unique("Thông báo mới", "x", taken::contains)).isEqualTo("thong-bao-moi");
        assertThat(Slug.unique("!!!", "bai-viet", taken::contains)).isEqualTo("bai-viet");
    }

    @Test
    void uniqueStaysWithinTheMaximumLength() {
        String title = "a".repeat(Slug.MAX_LENGTH);
        String slug = Slug.unique(title, "x", title::equals);
        assertThat(slug).hasSize(Slug.MAX_LENGTH).endsWith("-2").startsWith("aaa");
    }

    @Test
    void recognisesWellFormedSlugsOnly() {
        assertThat(Slug.isWellFormed("khen-thuong-xu-phat")).isTrue();
        assertThat(Slug.isWellFormed("../etc/passwd")).isFalse();
        assertThat(Slug.isWellFormed("Khen-Thuong")).isFalse();
        assertThat(Slug.isWellFormed("a--b")).isFalse();
        assertThat(Slug.isWellFormed("")).isFalse();
        assertThat(Slug.isWellFormed(null)).isFalse();
    }
}
