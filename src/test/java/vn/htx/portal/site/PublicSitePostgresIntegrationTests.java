package vn.htx.portal.site;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.htx.portal.support.EmbeddedPostgres;

/** Every test of {@link PublicSiteIntegrationTests}, on a real PostgreSQL with the same migrations. */
class PublicSitePostgresIntegrationTests extends PublicSiteIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry, "portal_public_site");
    }
}
