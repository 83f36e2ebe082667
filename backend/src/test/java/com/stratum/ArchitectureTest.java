package com.stratum;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the compiled classes: features depend on each other one
 * way only, and a resource reaches another feature through that feature's services and records, never its
 * entities.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.stratum");

    @Test
    void noCyclesBetweenPackages() {
        ArchRule rule = slices().matching("com.stratum.(*)..").namingSlices("$1").should().beFreeOfCycles();
        rule.check(MAIN);
    }

    @Test
    void resourcesTouchOnlyTheirOwnFeaturesEntities() {
        ArchRule rule = classes().that().areAnnotatedWith(Path.class).should(touchNoEntityOfAnotherPackage());
        rule.check(MAIN);
    }

    private static ArchCondition<JavaClass> touchNoEntityOfAnotherPackage() {
        return new ArchCondition<>("touch no @Entity of another package") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                for (Dependency dependency : resource.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.isAnnotatedWith(Entity.class)
                            && !target.getPackageName().equals(resource.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
