package vn.htx.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starting the real application the way an operator does: first start, restart, and start-up failures. */
@ExtendWith(OutputCaptureExtension.class)
class StartupIntegrationTests {

    @Test
    void firstStartFillsAnEmptyDatabaseWithDemoContentAndARestartKeepsItAsItIs(
            @TempDir Path dataDir, CapturedOutput output) {
        long articles;
        try (ConfigurableApplicationContext portal = start(dataDir, "--portal.demo-content=true")) {
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            articles = count(jdbc, "article");
            assertThat(articles).isGreaterThanOrEqualTo(13);
            assertThat(count(jdbc, "legal_document"))
                    .as("the seed's five and the rest of the demo library")
                    .isEqualTo(27);
            assertThat(count(jdbc, "document_attachment")).as("demo PDFs").isEqualTo(2);
            assertThat(count(jdbc, "announcement")).isEqualTo(3);
            assertThat(jdbc.queryForObject("select legacy_total from stats_total", Long.class))
                    .isEqualTo(49_717_045L);
            jdbc.update("update stats_total set visits = 7");
        }
        assertThat(dataDir.resolve("db/portal.mv.db"))
                .as("H2 file under the data directory")
                .isRegularFile();

        try (ConfigurableApplicationContext portal = start(dataDir, "--portal.demo-content=true")) {
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, "article")).as("no second copy of the demo").isEqualTo(articles);
            assertThat(count(jdbc, "app_user")).as("no second administrator").isEqualTo(1);
            assertThat(output.getAll()).as("and no second password printed").containsOnlyOnce("User name: admin");
            assertThat(jdbc.queryForObject("select legacy_total + visits from stats_total", Long.class))
                    .isEqualTo(49_717_052L);
        }
    }

    @Test
    void demoContentCanBeTurnedOffAndTheAdminPasswordCanBeGiven(@TempDir Path dataDir, CapturedOutput output) {
        try (ConfigurableApplicationContext portal =
                start(dataDir, "--portal.demo-content=false", "--portal.admin-password=Mat-khau-quan-tri-dau-tien")) {
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, "category")).isZero();
            assertThat(count(jdbc, "article")).isZero();
            assertThat(count(jdbc, "legal_document")).isZero();
            assertThat(jdbc.queryForObject("select legacy_total from stats_total", Long.class))
                    .isZero();
            assertThat(jdbc.queryForObject("select site_name from site_settings", String.class))
                    .isEqualTo("Liên minh Hợp tác xã tỉnh");
            String hash =
                    jdbc.queryForObject("select password_hash from app_user where username = 'admin'", String.class);
            assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("Mat-khau-quan-tri-dau-tien");
            assertThat(output.getAll())
                    .doesNotContain("Mat-khau-quan-tri-dau-tien")
                    .doesNotContain("User name: admin");
        }
    }

    @Test
    void anUnreachableDatabaseStopsStartUpWithOneClearMessage(@TempDir Path dataDir, CapturedOutput output) {
        assertThatThrownBy(() -> start(
                        dataDir,
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/portal",
                        "--spring.datasource.username=portal",
                        "--spring.datasource.password=wrong",
                        "--spring.datasource.hikari.connection-timeout=1000"))
                .isInstanceOf(Exception.class);
        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("The portal could not connect to its database: Connection to 127.0.0.1:9 refused")
                .contains("Check SPRING_DATASOURCE_URL");
        assertThat(output.getAll().lines().filter(line -> line.startsWith("\tat ")))
                .as("no stack trace")
                .isEmpty();
    }

    @Test
    void aDatabaseThatCannotBeMigratedStopsStartUpWithOneClearMessage(@TempDir Path dataDir, CapturedOutput output)
            throws Exception {
        Files.createDirectories(dataDir.resolve("db"));
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:h2:file:" + dataDir.resolve("db/portal") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "sa",
                        "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table category (id int primary key, something_else text)");
        }
        assertThatThrownBy(() -> start(dataDir)).isInstanceOf(Exception.class);
        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("The portal could not migrate its database schema");
        assertThat(output.getAll().lines().filter(line -> line.startsWith("\tat ")))
                .as("no stack trace")
                .isEmpty();
    }

    @Test
    void anAdminPasswordThePolicyRefusesStopsStartUpBeforeAnythingIsWritten(
            @TempDir Path dataDir, CapturedOutput output) throws Exception {
        assertThatThrownBy(() -> start(dataDir, "--portal.admin-password=admin-cua-lien-minh-2026"))
                .isInstanceOf(Exception.class);
        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("PORTAL_ADMIN_PASSWORD")
                .contains("Mật khẩu không được chứa tên đăng nhập")
                .contains("dài ít nhất 10 ký tự")
                .doesNotContain("password.containsUsername")
                .doesNotContain("password.tooCommon")
                .doesNotContain("admin-cua-lien-minh-2026");
        assertThat(output.getAll().lines().filter(line -> line.startsWith("\tat ")))
                .as("no stack trace")
                .isEmpty();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:h2:file:" + dataDir.resolve("db/portal") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "sa",
                        "");
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select (select count(*) from article) + (select count(*) from "
                        + "app_user) + (select count(*) from legal_document)")) {
            rows.next();
            assertThat(rows.getLong(1)).as("no demo content, no account").isZero();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--portal.data-dir=" + dataDir;
        all[1] = "--server.port=0";
        System.arraycopy(args, 0, all, 2, args.length);
        return new SpringApplicationBuilder(PortalApplication.class).run(all);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
