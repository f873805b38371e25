package vn.htx.portal.search.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.htx.portal.search.domain.IndexRebuild;

/** {@code /quan-tri/tim-kiem}: what the search index holds, and rebuilding it (administrators). */
@Controller
@RequestMapping("/quan-tri/tim-kiem")
@PreAuthorize("hasRole('ADMIN')")
class AdminSearchController {

    private final IndexRebuild rebuild;

    AdminSearchController(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @GetMapping
    String status(Model model) {
        model.addAttribute("coverage", rebuild.coverage());
        model.addAttribute("progress", rebuild.progress());
        return "admin/search";
    }

    /** Polled by the page while a rebuild runs. */
    @GetMapping("/tien-do")
    @ResponseBody
    IndexRebuild.Progress progress() {
        return rebuild.progress();
    }

    @PostMapping("/xay-dung-lai")
    String start(RedirectAttributes redirect) {
        if (rebuild.start()) {
            redirect.addFlashAttribute("notice", "admin.search.started");
        } else {
            redirect.addFlashAttribute("notice", "admin.search.alreadyRunning");
        }
        return "redirect:/quan-tri/tim-kiem";
    }
}
