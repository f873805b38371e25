package vn.htx.portal.announcements.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.announcements.AnnouncementsApi;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.Paging;

@Controller
class AnnouncementController {

    private final AnnouncementsApi announcements;
    private final int pageSize;

    AnnouncementController(AnnouncementsApi announcements, PortalProperties properties) {
        this.announcements = announcements;
        this.pageSize = properties.pageSize();
    }

    @GetMapping("/thong-bao")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("announcements", Paging.requireExisting(announcements.published(page, pageSize)));
        return "announcements/list";
    }

    @GetMapping("/thong-bao/{slug}")
    String show(@PathVariable String slug, Model model) {
        model.addAttribute(
                "announcement",
                announcements
                        .publishedAnnouncement(slug)
                        .orElseThrow(() -> new NotFoundException("announcement " + slug)));
        return "announcements/show";
    }
}
