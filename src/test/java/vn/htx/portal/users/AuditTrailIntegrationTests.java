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

        assertThat(jdbc.queryForList(
                        "select action from audit_event where summary = ? and actor = ? order by id",
                        String.class,
                        title,
                        StaffFixtures.EDITOR))
                .containsExactly("announcement.create", "announcement.publish");

        long document = jdbc.queryForObject(
                "select id from legal_document where status = 'PUBLISHED' order by id fetch first 1 rows only",
                Long.class);
        String number =
                jdbc.queryForObject("select doc_number from legal_document where id = ?", String.class, document);
        long before = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'document.unpublish' and target_id = ?",
                Long.class,
                String.valueOf(document));
        try {
            mvc.perform(post("/quan-tri/van-ban/" + document + "/cong-bo")
                    .param("published", "false")
                    .with(csrf())
                    .with(StaffFixtures.as(StaffFixtures.EDITOR, Role.EDITOR)));
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_event where action = 'document.unpublish' and target_id = ?"
                                    + " and summary = ?",
                            Long.class,
                            String.valueOf(document),
                            number))
                    .isEqualTo(before + 1);
        } finally {
            jdbc.update("update legal_document set status = 'PUBLISHED' where id = ?", document);
        }
    }
}
