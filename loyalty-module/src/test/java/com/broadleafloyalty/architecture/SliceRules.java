package com.broadleafloyalty.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module's shape as rules: every feature is a top-level package ({@code com.broadleafloyalty.<feature>}) with the
 * same inside ({@code core}, {@code domain}, {@code dao}, {@code service}, {@code broadleaf}, {@code web}, and
 * {@code command} for command-line tools), and one door: from outside a feature, only its {@code service} types
 * (interfaces and the value types they return), its plain-Java {@code core} values and its entity interfaces may be
 * used; never its DAOs, entity implementations, Broadleaf adapters, web classes or any {@code *Impl}. Shared by the
 * module's own test and by demo-site's, which also sees admin-ui and the demo.
 */
public final class SliceRules {

    public static final String ROOT = "com.broadleafloyalty";

    private SliceRules() {
    }

    public static ArchRule slicesAreFreeOfCycles() {
        return slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
    }

    /** A slice's classes are reached from outside it only through its door. */
    public static ArchRule slicesAreUsedThroughTheirDoor() {
        return classes().should(new OnlyThroughTheDoor())
                .because("other slices, admin-ui and demo-site use a slice through its service interfaces only");
    }

    /** The plain-Java rules use nothing but Java and other plain-Java rules. */
    public static ArchRule coreIsPlainJava() {
        return noClasses().that().resideInAPackage(ROOT + ".*.core..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".*.core..", "java..")
                .because("the rules and arithmetic are plain Java, free of Spring, Broadleaf and JPA");
    }

    /** Technical helpers shared by the slices know none of them. */
    public static ArchRule supportKnowsNoFeature() {
        return noClasses().that().resideInAPackage(ROOT + ".support..")
                .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("a feature slice") {
                    @Override
                    public boolean test(JavaClass target) {
                        String slice = OnlyThroughTheDoor.sliceOf(target.getPackageName());
                        return slice != null && !slice.equals("support");
                    }
                });
    }
}
