package vn.htx.portal.support;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.htx.portal.users.Role;
import vn.htx.portal.users.UsersApi;

/**
 * Staff accounts for back-office tests, created once per application context through the real
 * {@link UsersApi}: an editor and an author in "Hoạt động HTX", an editor of another category and an
 * author assigned nowhere.
 */
public final class StaffFixtures {

    public static final String PASSWORD = "Thu-nghiem-bao-mat-2026";
    public static final String EDITOR = "bientap.htx";
    public static final String AUTHOR = "phongvien.htx";
    public static final String OTHER_EDITOR = "bientap.khac";
    public static final String UNASSIGNED_AUTHOR = "phongvien.tudo";
    public static final String CATEGORY = "hoat-dong-htx";

    private StaffFixtures() {}

    public static synchronized void ensure(UsersApi users, JdbcTemplate jdbc) {
        if (users.all().stream().anyMatch(u -> u.username().equals(EDITOR))) {
            return;
        }
        runAsAdmin(() -> {
            users.create(EDITOR, "Nguyễn Thị Biên Tập", "bientap@lienminhhtx.example", Role.EDITOR, PASSWORD);
            users.create(AUTHOR, "Trần Văn Phóng Viên", null, Role.AUTHOR, PASSWORD);
            users.create(OTHER_EDITOR, "Lê Văn Khác", null, Role.EDITOR, PASSWORD);
            users.create(UNASSIGNED_AUTHOR, "Phạm Thị Tự Do", null, Role.AUTHOR, PASSWORD);
        });
        long category = jdbc.queryForObject("select id from category where slug = ?", Long.class, CATEGORY);
        long other = jdbc.queryForObject("select id from category where slug = 'tin-tuc-su-kien'", Long.class);
        for (String username : List.of(EDITOR, AUTHOR)) {
            jdbc.update("insert into category_member (category_id, username) values (?, ?)", category, username);
        }
        jdbc.update("insert into category_member (category_id, username) values (?, ?)", other, OTHER_EDITOR);
    }

    public static RequestPostProcessor as(String username, Role role) {
        return SecurityMockMvcRequestPostProcessors.user(username).roles(role.name());
    }

    public static RequestPostProcessor admin() {
        return as("admin", Role.ADMIN);
    }

    public static void runAsAdmin(Runnable action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "admin", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
