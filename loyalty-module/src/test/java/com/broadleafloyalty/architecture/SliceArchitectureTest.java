package com.broadleafloyalty.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's vertical slices: free of cycles, one door each, plain-Java cores, support knowing no feature. */
class SliceArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(SliceRules.ROOT);

    @Test
    void shouldKeepSlicesFreeOfCycles() {
        SliceRules.slicesAreFreeOfCycles().check(classes);
    }

    @Test
    void shouldUseOtherSlicesOnlyThroughTheirDoor() {
        SliceRules.slicesAreUsedThroughTheirDoor().check(classes);
    }

    @Test
    void shouldKeepFrameworksOutOfEveryCore() {
        SliceRules.coreIsPlainJava().check(classes);
    }

    @Test
    void shouldKeepSupportFreeOfFeatures() {
        SliceRules.supportKnowsNoFeature().check(classes);
    }
}
