package vn.htx.portal.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.htx.portal.shared.PortalChange;
import vn.htx.portal.support.PortalIntegrationTest;
import vn.htx.portal.support.StaffFixtures;

/** The audit log listens to the changes the modules raise, in the transaction that made them. */
class AuditTrailIntegrationTests extends PortalIntegrationTest {

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private UsersApi users;

    private record Renamed(String summary) implements PortalChange {
        @Override
        public String action() {
            return "test.rename";
        }

        @Override
        public String targetType() {
            return "test";
        }

        @Override
        public Object targetId() {
            return 7;
        }

        @Override
        public boolean visibleToVisitors() {
            return false;
        }
    }

    @BeforeEach
    void staff() {
        StaffFixtures.ensure(users, jdbc);
    }

    private List<Map<String, Object>> lines(String summary) {
        return jdbc.queryForList(
                "select action, target_type, target_id, actor from audit_event where summary = ?", summary);
    }

    @Test
    void aChangeIsWrittenWithItsTransactionAndLostWithIt() {
        transactions.executeWithoutResult(tx -> events.publishEvent(new Renamed("đổi tên, đã lưu")));
        assertThat(lines("đổi tên, đã lưu")).singleElement().satisfies(line -> {
            assertThat(line.get("ACTION")).isEqualTo("test.rename");
            assertThat(line.get("TARGET_TYPE")).isEqualTo("test");
            assertThat(line.get("TARGET_ID")).isEqualTo("7");
            assertThat(line.get("ACTOR")).isEqualTo("system");
        });

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    events.publishEvent(new Renamed("đổi tên, bị hủy"));
                    throw new IllegalStateException("the change failed after its event");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(lines("đổi tên, bị hủy")).as("rolled back with the change").isEmpty();
    }

    @Test
    void announcementsAndDocumentsAreAuditedUnderTheSignedInEditor() throws Exception {
        String title = "Thông báo lịch tiếp công dân tháng " + System.nanoTime();
        mvc.perform(post("/quan-tri/thong-bao/moi")
                .with(csrf())
                .with(StaffFixtures.as(StaffFixtures.EDITOR, Role.EDITOR))
                .param("title", title)
                .param("body", "<p>Sáng thứ Hai hằng tuần.</p>")
                .param("published", "true"));

        // taken down again at once: the other tests of this context count the public announcements
        long id = jdbc.queryForObject("select id from announcement where title = ?", Long.class, title);
        mvc.perform(post("/quan-tri/thong-bao/" + id)
                .with(csrf())
                .with(StaffFixtures.as(StaffFixtures.EDITOR, Role.EDITOR))
                .param("title", title)
                .param("body", "<p>Sáng thứ Hai hằng tuần.</p>")
                .param(
                        "version",
                        String.valueOf(
                                jdbc.queryForObject("select version from announcement where id = ?", Long.class, id))));
        assertThat(jdbc.queryForObject("select status from announcement where id = ?", String.class, id))
                .isEqualTo("UNPUBLISHED");

        assertThat(jdbc.queryForList(
                        "select action from audit_event where summary = ? and actor = ? order by id",
                        String.class,
                        title,
                        StaffFixtures.EDITOR))
                .containsExactly(
                        "announcement.create", "announcement.publish", "announcement.update", "announcement.unpublish");

        // a document of its own, published and taken down: the demo documents are other tests' data
        String number = "12/TB-NHATKY-" + System.nanoTime() % 100_000;
        String created = mvc.perform(post("/quan-tri/van-ban/moi")
                        .with(csrf())
                        .with(StaffFixtures.as(StaffFixtures.EDITOR, Role.EDITOR))
                        .param("number", number)
                        .param("summary", "Văn bản để thử nhật ký")
                        .param("issueDate", "2026-12-01"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long document = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        for (String published : List.of("true", "false")) {
            mvc.perform(post("/quan-tri/van-ban/" + document + "/cong-bo")
                    .param("published", published)
                    .with(csrf())
                    .with(StaffFixtures.as(StaffFixtures.EDITOR, Role.EDITOR)));
        }
        assertThat(jdbc.queryForList(
                        "select action from audit_event where target_type = 'document' and target_id = ?"
                                + " and summary = ? and actor = ? order by id",
                        String.class,
                        String.valueOf(document),
                        number,
                        StaffFixtures.EDITOR))
                .containsExactly("document.create", "document.publish", "document.unpublish");

        // the log names the kind in Vietnamese and links to the item's page, never "document 28"
        org.jsoup.nodes.Document log = org.jsoup.Jsoup.parse(
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/quan-tri/nhat-ky")
                                .with(StaffFixtures.admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        org.jsoup.nodes.Element line = log.selectFirst("td:has(a[href=/quan-tri/van-ban/" + document + "])");
        assertThat(line).isNotNull();
        assertThat(line.text()).startsWith("Văn bản: " + number).doesNotContain("document");
        assertThat(log.select("td:has(a[href=/quan-tri/thong-bao/" + id + "])")
                        .first()
                        .text())
                .isEqualTo("Thông báo: " + title);
    }

    @Test
    void accountChangesAreAuditedThroughTheirEventsToo() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'user.bootstrap' and actor = 'system'",
                        Long.class))
                .as("the first administrator, made at start-up")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'user.create' and target_id = ("
                                + "select cast(id as varchar) from app_user where username = ?)",
                        Long.class,
                        StaffFixtures.EDITOR))
                .isEqualTo(1);
    }
}
