package vn.htx.portal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.htx.portal.support.PortalIntegrationTest;

/** The public statistics page reads the history tables; unpublished articles never appear in it. */
class StatsPageIntegrationTests extends PortalIntegrationTest {

    @Test
    void thePageShowsFiguresHistoryMostReadAndFamilies() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate lastYear = today.minusMonths(11).withDayOfMonth(3);
        jdbc.update("delete from stats_day where stat_day = ?", lastYear);
        jdbc.update(
                "insert into stats_day (stat_day, visits, page_views, bot_views) values (?, 1234, 5678, 9)", lastYear);
        jdbc.update(
                "insert into stats_article_day (stat_day, article_slug, views) values (?, 'ke-hoach-tap-huan-nghiep-vu-ke-toan-hop-tac-xa-nam-2027-ban-nhap', 999999)",
                today);
        jdbc.update(
                "insert into stats_article_day (stat_day, article_slug, views) values (?, 'hop-tac-xa-nong-nghiep-tan-tien-mo-rong-vung-lua-huu-co-len-120-ha', 777777)",
                today.minusDays(20));
        jdbc.update(
                "insert into stats_agent_day (stat_day, kind, name, views) values (?, 'BROWSER', 'Cốc Cốc', 4321)",
                today.minusDays(1));
        jdbc.update(
                "delete from stats_agent_day where stat_day = ? and kind = 'DEVICE' and name = 'TABLET'",
                today.minusDays(2));
        jdbc.update(
                "insert into stats_agent_day (stat_day, kind, name, views) values (?, 'DEVICE', 'TABLET', 6543)",
                today.minusDays(2));

        Document page = Jsoup.parse(get("/thong-ke").body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(page.select(".stats-figures dt").eachText())
                .containsExactly("Đang truy cập", "Hôm nay", "Hôm qua", "Tháng này", "Tất cả", "Lượt xem trang");
        assertThat(page.select("#ngay tbody tr")).hasSize(30);
        assertThat(page.select("#ngay tbody tr th").last().text())
                .isEqualTo(
                        String.format("%02d/%02d/%d", today.getDayOfMonth(), today.getMonthValue(), today.getYear()));
        assertThat(page.select("#thang tbody tr")).hasSize(12);
        assertThat(page.select("#thang tbody tr").first().text())
                .contains("1.234")
                .contains("5.678");
        assertThat(page.select("#doc-nhieu-30").text())
                .contains("Hợp tác xã nông nghiệp Tân Tiến mở rộng vùng lúa hữu cơ lên 120 ha");
        assertThat(page.select("#doc-nhieu-7").text()).doesNotContain("Tân Tiến");
        assertThat(page.text())
                .as("a draft never shows up, however often it was read")
                .doesNotContain("bản nháp");
        assertThat(page.select("#trinh-duyet").text()).contains("Cốc Cốc", "4.321");
        // names that are not brands are stored as codes and shown in Vietnamese
        assertThat(page.select("#thiet-bi").text()).contains("Máy tính bảng").doesNotContain("TABLET");
        assertThat(page.select("script[src]").eachAttr("src"))
                .anySatisfy(src -> assertThat(src).contains("/webjars/uplot/"));
    }
}
