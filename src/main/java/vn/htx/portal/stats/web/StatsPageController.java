package vn.htx.portal.stats.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.htx.portal.stats.StatsApi;
import vn.htx.portal.stats.domain.StatsReports;

/** {@code /thong-ke}: the public statistics page. */
@Controller
class StatsPageController {

    private final StatsApi stats;
    private final StatsReports reports;

    StatsPageController(StatsApi stats, StatsReports reports) {
        this.stats = stats;
        this.reports = reports;
    }

    @GetMapping("/thong-ke")
    String page(Model model) {
        LocalDate today = reports.today();
        model.addAttribute("figures", stats.snapshot());
        model.addAttribute("days", reports.days(today.minusDays(29), today));
        model.addAttribute("months", reports.lastMonths(12));
        model.addAttribute("mostRead7", reports.mostRead(7, 10));
        model.addAttribute("mostRead30", reports.mostRead(30, 10));
        model.addAttribute("browsers", reports.agents("BROWSER", 30));
        model.addAttribute("systems", reports.agents("OS", 30));
        model.addAttribute("devices", reports.agents("DEVICE", 30));
        return "stats/page";
    }
}
