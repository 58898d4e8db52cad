package com.broadleafloyalty.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Arrays;
import java.util.List;

/** A class may use another slice's door (service, core, entity interfaces) but nothing behind it. */
final class OnlyThroughTheDoor extends ArchCondition<JavaClass> {

    /** Subpackages of a slice that other slices may use. */
    private static final List<String> DOOR = Arrays.asList("service", "core", "domain");

    OnlyThroughTheDoor() {
        super("use other slices only through their service interfaces, core values and entity interfaces");
    }

    @Override
    public void check(JavaClass origin, ConditionEvents events) {
        String from = sliceOf(origin.getPackageName());
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass();
            String to = sliceOf(target.getPackageName());
            if (to == null || to.equals(from) || to.equals("support") || isDoor(target)) {
                continue;
            }
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
        }
    }

    private static boolean isDoor(JavaClass target) {
        String pkg = target.getPackageName();
        String[] parts = pkg.substring(SliceRules.ROOT.length() + 1).split("\\.");
        if (parts.length < 2 || !DOOR.contains(parts[1])) {
            return false;
        }
        JavaClass outer = target;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        if (outer.getSimpleName().endsWith("Impl")) {
            return false;
        }
        // Entities are reached through their interfaces; their implementations and the DAOs stay inside.
        return !parts[1].equals("domain") || outer.isInterface() || outer.isEnum() || !outer.isAnnotatedWith("javax.persistence.Entity");
    }

    static String sliceOf(String packageName) {
        if (!packageName.startsWith(SliceRules.ROOT + ".")) {
            return null;
        }
        String rest = packageName.substring(SliceRules.ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
