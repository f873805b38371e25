package vn.htx.portal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.StaffFixtures;

/** The back office's statistics: a date-range report, its CSV and Excel exports, and the audited legacy total. */
class AdminStatsIntegrationTests extends PortalIntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2024, 2, 27);
    private static final LocalDate TO = LocalDate.of(2024, 3, 2);

    private void history() {
        jdbc.update("delete from stats_day where stat_day between ? and ?", FROM, TO);
        jdbc.update("insert into stats_day (stat_day, visits, page_views, bot_views) values (?, 120, 300, 40)", FROM);
        jdbc.update(
                "insert into stats_day (stat_day, visits, page_views, bot_views) values (?, 80, 210, 5)",
                LocalDate.of(2024, 2, 29));
    }

    private MockHttpServletResponse admin(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(StaffFixtures.admin()))
                .andReturn()
                .getResponse();
    }

    @Test
    void theReportCoversEveryDayOfTheRangeAndExportsAsCsvAndExcel() throws Exception {
        history();
        Document page = Jsoup.parse(
                admin("/quan-tri/thong-ke?from=2024-02-27&to=2024-03-02").getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#bao-cao tbody tr")).hasSize(5);
        assertThat(page.select("#bao-cao tbody tr").first().text()).isEqualTo("27/02/2024 120 300 40");
        assertThat(page.text()).contains("Từ 27/02/2024 đến 02/03/2024: 200 lượt truy cập, 510 lượt xem trang.");

        MockHttpServletResponse csv = admin("/quan-tri/thong-ke/bao-cao.csv?from=2024-02-27&to=2024-03-02");
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("thong-ke-2024-02-27-2024-03-02.csv");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly(
                        "\uFEFFNgày,Lượt truy cập,Lượt xem trang,Lượt xem của máy (bot)",
                        "27/02/2024,120,300,40",
                        "28/02/2024,0,0,0",
                        "29/02/2024,80,210,5",
                        "01/03/2024,0,0,0",
                        "02/03/2024,0,0,0");

        MockHttpServletResponse xlsx = admin("/quan-tri/thong-ke/bao-cao.xlsx?from=2024-02-27&to=2024-03-02");
        assertThat(xlsx.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Lượt truy cập");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(FROM);
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(210);
        }
    }

    @Test
    void aReversedRangeSaysSoInVietnamese() throws Exception {
        Document page = Jsoup.parse(
                admin("/quan-tri/thong-ke?from=2024-03-02&to=2024-02-27").getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".notice--problem").text()).startsWith("Ngày bắt đầu phải trước ngày kết thúc");
        assertThat(page.select("#bao-cao tbody tr")).hasSize(30);
    }

    @Test
    void anAdminSetsTheLegacyTotalAndEveryChangeIsAudited() throws Exception {
        long before = jdbc.queryForObject("select legacy_total from stats_total", Long.class);
        try {
            mvc.perform(post("/quan-tri/thong-ke/tong-cu")
                    .with(csrf())
                    .with(StaffFixtures.admin())
                    .param("legacyTotal", "50.000.000"));
            assertThat(jdbc.queryForObject("select legacy_total from stats_total", Long.class))
                    .isEqualTo(50_000_000L);
            assertThat(jdbc.queryForObject(
                            "select summary from audit_event where action = 'stats.legacyTotal' order by id desc fetch first 1 rows only",
                            String.class))
                    .isEqualTo(before + " → 50000000");
            var invalid = mvc.perform(post("/quan-tri/thong-ke/tong-cu")
                            .with(csrf())
                            .with(StaffFixtures.admin())
                            .param("legacyTotal", "-5"))
                    .andReturn();
            assertThat(invalid.getFlashMap().get("problem")).isEqualTo("stats.legacy.invalid");
            assertThat(jdbc.queryForObject("select legacy_total from stats_total", Long.class))
                    .isEqualTo(50_000_000L);
        } finally {
            jdbc.update("update stats_total set legacy_total = ?", before);
        }
    }
}
