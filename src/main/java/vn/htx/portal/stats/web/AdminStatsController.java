package vn.htx.portal.stats.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.htx.portal.stats.StatsApi;
import vn.htx.portal.stats.StatsReport;
import vn.htx.portal.stats.domain.LegacyTotal;
import vn.htx.portal.stats.domain.StatsReports;

/** {@code /quan-tri/thong-ke}: everything of the public page, a date-range report with exports, the legacy total. */
@Controller
@RequestMapping("/quan-tri/thong-ke")
class AdminStatsController {

    /** The message keys of the exported columns. */
    private static final List<String> COLUMNS =
            List.of("stats.day", "stats.visits", "stats.pageViews", "stats.botViews");

    private final StatsApi stats;
    private final StatsReports reports;
    private final LegacyTotal legacy;
    private final MessageSource messages;

    AdminStatsController(StatsApi stats, StatsReports reports, LegacyTotal legacy, MessageSource messages) {
        this.stats = stats;
        this.reports = reports;
        this.legacy = legacy;
        this.messages = messages;
    }

    private List<String> columns() {
        return COLUMNS.stream()
                .map(key -> messages.getMessage(key, null, LocaleContextHolder.getLocale()))
                .toList();
    }

    record Range(LocalDate from, LocalDate to, String problem) {}

    @GetMapping
    String page(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate to,
            Model model) {
        Range range = range(from, to);
        LocalDate today = reports.today();
        model.addAttribute("figures", stats.snapshot());
        model.addAttribute("days", reports.days(today.minusDays(29), today));
        model.addAttribute("months", reports.lastMonths(12));
        model.addAttribute("mostRead30", reports.mostRead(30, 10));
        model.addAttribute("referrers", reports.referrers(30, 20));
        model.addAttribute("browsers", reports.agents("BROWSER", 30));
        model.addAttribute("devices", reports.agents("DEVICE", 30));
        model.addAttribute("range", range);
        List<StatsReport.Day> report = reports.days(range.from(), range.to());
        model.addAttribute("report", report);
        model.addAttribute(
                "reportVisits",
                report.stream().mapToLong(StatsReport.Day::visits).sum());
        model.addAttribute(
                "reportViews",
                report.stream().mapToLong(StatsReport.Day::pageViews).sum());
        model.addAttribute("legacyTotal", legacy.current());
        return "admin/stats";
    }

    @GetMapping("/bao-cao.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate from,
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate to) {
        Range range = range(from, to);
        // A byte-order mark so that spreadsheet programs read the Vietnamese headings as UTF-8.
        StringBuilder csv =
                new StringBuilder("\uFEFF").append(String.join(",", columns())).append("\r\n");
        for (StatsReport.Day d : reports.days(range.from(), range.to())) {
            csv.append(d.day().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                    .append(',')
                    .append(d.visits())
                    .append(',')
                    .append(d.pageViews())
                    .append(',')
                    .append(d.botViews())
                    .append("\r\n");
        }
        return download(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8", name(range, "csv"));
    }

    @GetMapping("/bao-cao.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate from,
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate to)
            throws IOException {
        Range range = range(from, to);
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(messages.getMessage("stats.title", null, LocaleContextHolder.getLocale()));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle number = book.createCellStyle();
            number.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("#,##0"));
            Row header = sheet.createRow(0);
            List<String> columns = columns();
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            int r = 1;
            for (StatsReport.Day d : reports.days(range.from(), range.to())) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(d.day());
                row.getCell(0).setCellStyle(date);
                long[] values = {d.visits(), d.pageViews(), d.botViews()};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i + 1).setCellValue(values[i]);
                    row.getCell(i + 1).setCellStyle(number);
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, 22 * 256);
            }
            book.write(out);
            return download(
                    out.toByteArray(),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    name(range, "xlsx"));
        }
    }

    @PostMapping("/tong-cu")
    String setLegacyTotal(@RequestParam(defaultValue = "") String legacyTotal, RedirectAttributes redirect) {
        String digits =
                legacyTotal.replace(".", "").replace(",", "").replace(" ", "").strip();
        if (!digits.matches("\\d{1,15}")) {
            redirect.addFlashAttribute("problem", "stats.legacy.invalid");
            return "redirect:/quan-tri/thong-ke";
        }
        legacy.set(Long.parseLong(digits));
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/quan-tri/thong-ke";
    }

    private Range range(LocalDate from, LocalDate to) {
        LocalDate today = reports.today();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end)) {
            return new Range(end.minusDays(29), end, "stats.range.reversed");
        }
        if (start.plusDays(StatsReports.MAX_DAYS).isBefore(end)) {
            return new Range(end.minusDays(29), end, "stats.range.tooLong");
        }
        return new Range(start, end, null);
    }

    private static String name(Range range, String extension) {
        return "thong-ke-" + range.from() + "-" + range.to() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, String contentType, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
