package vn.htx.portal.shared;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.htx.portal.support.EmbeddedPostgres;

/** Every test of {@link DatabaseIntegrityIntegrationTests}, on a real PostgreSQL. */
class DatabaseIntegrityPostgresIntegrationTests extends DatabaseIntegrityIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry, "portal_database_integrity");
    }
}
