package vn.htx.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * What package visibility cannot say, the build checks: entities and repositories stay inside their
 * module, the domain does not know the web, and pages are given view records, not entities.
 */
class ArchitectureTests {

    private static final String ROOT = "vn.htx.portal.";

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.htx.portal");

    private static final DescribedPredicate<JavaClass> ENTITIES =
            DescribedPredicate.describe("entities", c -> c.isAnnotatedWith(Entity.class));

    private static final DescribedPredicate<JavaClass> REPOSITORIES =
            DescribedPredicate.describe("repositories", c -> c.isInterface() && c.isAssignableTo(Repository.class));

    /** The module of a class: the first package below {@code vn.htx.portal}. */
    static String module(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return "";
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirModule() {
        return new ArchCondition<>("be used only inside their module") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                for (Dependency dependency : target.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    if (!module(origin).equals(module(target))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    @Test
    void entitiesStayInsideTheirModule() {
        classes().that(ENTITIES).should(beUsedOnlyInsideTheirModule()).check(PORTAL);
    }

    @Test
    void repositoriesStayInsideTheirModule() {
        classes().that(REPOSITORIES).should(beUsedOnlyInsideTheirModule()).check(PORTAL);
    }

    @Test
    void theDomainDoesNotKnowTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("vn.htx.portal..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("vn.htx.portal..web..")
                .check(PORTAL);
    }

    @Test
    void controllersHandPagesViewRecordsNotEntities() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat(ENTITIES)
                .check(PORTAL);
    }
}
