package com.broadleafloyalty.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The loyalty arithmetic stays plain Java: no Broadleaf, Spring or JPA inside any slice's core (com.broadleafloyalty.*.core). */
class CoreIsPureJavaTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.broadleafloyalty");

    @Test
    void shouldKeepFrameworksOutOfTheCore() {
        noClasses().that().resideInAPackage("com.broadleafloyalty.*.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.broadleafcommerce..", "org.springframework..", "javax.persistence..", "org.hibernate..",
                        "org.thymeleaf..", "javax.servlet..")
                .check(classes);
    }

    @Test
    void shouldKeepTheCoreFreeOfTheAdaptersThatUseIt() {
        noClasses().that().resideInAPackage("com.broadleafloyalty.*.core..")
                .should().dependOnClassesThat().resideOutsideOfPackages("com.broadleafloyalty.*.core..", "java..")
                .check(classes);
    }
}
