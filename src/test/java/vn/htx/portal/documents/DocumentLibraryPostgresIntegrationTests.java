package vn.htx.portal.documents;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.htx.portal.support.EmbeddedPostgres;

/** Every test of {@link DocumentLibraryIntegrationTests}, on a real PostgreSQL. */
class DocumentLibraryPostgresIntegrationTests extends DocumentLibraryIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry, "portal_library");
    }
}
