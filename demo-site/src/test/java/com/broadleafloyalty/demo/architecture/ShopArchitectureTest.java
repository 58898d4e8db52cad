package com.broadleafloyalty.demo.architecture;

import com.broadleafloyalty.architecture.SliceRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The slice rules over everything a shop runs: the module, admin-ui and the demo. admin-ui and the demo are slices
 * too ({@code com.broadleafloyalty.admin}, {@code com.broadleafloyalty.demo}): they use the module only through its
 * doors, and nothing in the module knows them.
 */
class ShopArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
            .importPackages(SliceRules.ROOT);

    @Test
    void shouldKeepTheShopFreeOfSliceCycles() {
        SliceRules.slicesAreFreeOfCycles().check(classes);
    }

    @Test
    void shouldUseTheModuleOnlyThroughItsDoors() {
        SliceRules.slicesAreUsedThroughTheirDoor().check(classes);
    }
}
