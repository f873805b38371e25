package vn.htx.portal.search;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SearchOutboxSchemaContract} on a fresh embedded H2 database of its own. */
class SearchOutboxSchemaIntegrationTests extends SearchOutboxSchemaContract {

    @DynamicPropertySource
    static void ownDatabaseAndIndex(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url",
                () ->
                        "jdbc:h2:mem:outbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add(
                "spring.jpa.properties.hibernate.search.backend.directory.root",
                () -> System.getProperty("java.io.tmpdir") + "/portal-outbox-index-"
                        + ProcessHandle.current().pid());
    }
}
