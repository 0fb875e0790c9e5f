package org.backoffice.infra;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rules of DESIGN.md: infra -> command-side, query-side -> shared-events. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.backoffice");

    @Test
    void theCommandSideNeverUsesTheQuerySide() {
        noClasses().that().resideInAPackage("org.backoffice.command..")
                .should().dependOnClassesThat().resideInAnyPackage("org.backoffice.query..", "org.backoffice.infra..")
                .check(CLASSES);
    }

    @Test
    void theQuerySideNeverUsesTheCommandSide() {
        noClasses().that().resideInAPackage("org.backoffice.query..")
                .should().dependOnClassesThat().resideInAnyPackage("org.backoffice.command..", "org.backoffice.infra..")
                .check(CLASSES);
    }

    @Test
    void theSharedEventsDependOnNoOtherModuleNorOnSpringOrJpa() {
        noClasses().that().resideInAPackage("org.backoffice.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.backoffice.command..", "org.backoffice.query..",
                        "org.backoffice.infra..", "org.springframework..", "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void everyEventIsARevisionedRecord() {
        classes().that().resideInAPackage("org.backoffice.events..").and().haveSimpleNameEndingWith("Event")
                .should().beAnnotatedWith(Revision.class).andShould().beRecords()
                .check(CLASSES);
    }

    /**
     * A snapshot holds an aggregate's fields: without a revision to bump, an old snapshot would be
     * misread. Snapshotted aggregates are the ones with a repository of their own (infra's
     * AggregateLoadingConfiguration), or a snapshot trigger named in their annotation.
     */
    @Test
    void everySnapshottedAggregateCarriesARevision() {
        classes().that().areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
                .and(new com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>(
                        "may be snapshotted") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaClass type) {
                        org.axonframework.spring.stereotype.Aggregate aggregate =
                                type.getAnnotationOfType(org.axonframework.spring.stereotype.Aggregate.class);
                        return !aggregate.snapshotTriggerDefinition().isEmpty() || !aggregate.repository().isEmpty();
                    }
                })
                .should().beAnnotatedWith(Revision.class)
                .check(CLASSES);
    }

    @Test
    void readModelEntitiesStayInsideTheQuerySide() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .and().resideInAPackage("org.backoffice..")
                .should().resideInAPackage("org.backoffice.query..").andShould().notBePublic()
                .check(CLASSES);
    }

    @Test
    void controllersNeverTouchReadModelRepositories() {
        noClasses().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .check(CLASSES);
    }
}
