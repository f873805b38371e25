package vn.htx.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.htx.portal.support.PortalIntegrationTest;

/**
 * Several nodes coordinate indexing through Hibernate Search's outbox tables. The migrations create
 * them, so the portal starts with the coordination switched on and the schema validated, and never
 * needs Hibernate to alter the schema. Run on H2 by
 * {@link SearchOutboxSchemaIntegrationTests} and on PostgreSQL by
 * {@link SearchOutboxSchemaPostgresIntegrationTests}.
 */
@TestPropertySource(properties = "spring.jpa.properties.hibernate.search.coordination.strategy=outbox-polling")
abstract class SearchOutboxSchemaContract extends PortalIntegrationTest {

    @Test
    void theNodeRegistersItsAgentAndWorksOffTheOutbox() {
        // the demo content written at start-up went through the outbox; the agent processes it
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("select count(*) from hsearch_agent", Long.class))
                    .isPositive();
            assertThat(jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class))
                    .isZero();
        });
    }
}
