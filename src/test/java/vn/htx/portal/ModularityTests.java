package vn.htx.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }

    @Test
    void theLayoutIsTheOneTheArchitectureDescribes() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("shared", "site", "content", "announcements", "documents", "stats");
    }

    @Test
    void noModuleButSiteDependsOnSite() {
        modules.stream()
                .filter(module -> !module.getIdentifier().toString().equals("site"))
                .forEach(module -> assertThat(module.getDependencies(modules).stream()
                                .map(dependency -> dependency
                                        .getTargetModule()
                                        .getIdentifier()
                                        .toString()))
                        .as("dependencies of %s", module.getIdentifier())
                        .doesNotContain("site"));
    }
}
