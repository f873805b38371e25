package vn.htx.portal.content.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.htx.portal.content.domain.ArticleEditor;
import vn.htx.portal.users.StaffMember;
import vn.htx.portal.users.UsersApi;

/** {@code /quan-tri}: what waits for the signed-in staff member, and recent activity. */
@Controller
class DashboardController {

    private final ArticleEditor editor;
    private final UsersApi users;

    DashboardController(ArticleEditor editor, UsersApi users) {
        this.editor = editor;
        this.users = users;
    }

    @GetMapping("/quan-tri")
    String dashboard(Model model) {
        StaffMember me = users.requireCurrent();
        model.addAttribute("waiting", editor.waitingFor(me, 20));
        model.addAttribute("waitingKey", me.role().canPublish() ? "dashboard.pending" : "dashboard.returned");
        model.addAttribute("activity", users.recentActivity(me, 15));
        return "admin/dashboard";
    }
}
