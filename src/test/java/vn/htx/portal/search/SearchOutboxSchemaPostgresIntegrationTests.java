package vn.htx.portal.search;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.htx.portal.support.EmbeddedPostgres;

/** {@link SearchOutboxSchemaContract} on a real PostgreSQL. */
class SearchOutboxSchemaPostgresIntegrationTests extends SearchOutboxSchemaContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry, "portal_search_outbox");
    }
}
