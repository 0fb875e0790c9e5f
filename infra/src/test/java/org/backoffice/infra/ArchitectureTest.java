package org.backoffice.infra;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module and package rules of docs/architecture.md: infra -> command-side, query-side ->
 * shared-events; one department vocabulary on every side; inside a feature, what decides apart
 * from what carries it.
 */
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

    /** Departments (and the shared parts) are the only second-level packages of each side. */
    @Test
    void everySideSpeaksTheSameDepartmentVocabulary() {
        classes().that().resideInAPackage("org.backoffice.command..")
                .should().resideInAnyPackage("org.backoffice.command.accounting..", "org.backoffice.command.hr..",
                        "org.backoffice.command.it..", "org.backoffice.command.common..")
                .check(CLASSES);
        classes().that().resideInAPackage("org.backoffice.query..")
                .should().resideInAnyPackage("org.backoffice.query.accounting..", "org.backoffice.query.hr..",
                        "org.backoffice.query.it..", "org.backoffice.query.audit..", "org.backoffice.query.common..")
                .check(CLASSES);
        classes().that().resideInAPackage("org.backoffice.events..")
                .should().resideInAnyPackage("org.backoffice.events.accounting..", "org.backoffice.events.hr..",
                        "org.backoffice.events.it..", "org.backoffice.events.common..")
                .check(CLASSES);
    }

    /**
     * On the command side aggregates, policies and handlers decide; REST controllers ("web"
     * packages) and JDBC lookup tables ("jdbc" packages) carry. What decides knows neither HTTP
     * nor SQL. (On the query side a projection is SQL by nature; its controllers are in "web".)
     */
    @Test
    void whatDecidesKnowsNeitherHttpNorSql() {
        noClasses().that().resideInAPackage("org.backoffice.command..")
                .and().resideOutsideOfPackages("..web..", "..jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "jakarta.servlet..", "org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void restControllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .and().resideInAnyPackage("org.backoffice.command..", "org.backoffice.query..")
                .and().resideOutsideOfPackages("org.backoffice.query.audit..")
                .should().resideInAPackage("..web..")
                .check(CLASSES);
    }

    /**
     * Pages share their error and "just a moment" handling (PageErrors) through the WebPage mark,
     * not through a package: a page controller without it would show Spring's bare error page
     * instead of waiting for the read model (found when the pages moved to their departments).
     */
    @Test
    void everyPageControllerIsAWebPage() {
        classes().that().areMetaAnnotatedWith(org.springframework.stereotype.Controller.class)
                .and().areNotMetaAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .and().areNotAnnotations()
                .and().resideInAPackage("org.backoffice..")
                .should().beAnnotatedWith(org.backoffice.infra.web.ui.WebPage.class)
                .check(CLASSES);
    }

    /**
     * Who may call an operation is stated on the operation: every handler method of a REST
     * controller carries its rule (at run time one without it is refused to everyone, see
     * OperationRules; this says so before it ships).
     */
    @Test
    void everyApiOperationStatesWhoMayCallIt() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areDeclaredInClassesThat().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .and().areMetaAnnotatedWith(org.springframework.web.bind.annotation.RequestMapping.class)
                .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
                .check(CLASSES);
    }

    /**
     * The OpenAPI description names a schema by its class's simple name: two public records of
     * the API with one name would silently share one schema, and one of them would be described
     * wrongly.
     */
    @Test
    void publicRecordsOfTheApiHaveNamesOfTheirOwn() {
        java.util.Map<String, java.util.List<String>> byName = new java.util.TreeMap<>();
        for (com.tngtech.archunit.core.domain.JavaClass type : CLASSES) {
            if (type.isRecord() && type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                    && (type.getPackageName().startsWith("org.backoffice.command")
                    || type.getPackageName().startsWith("org.backoffice.query"))) {
                byName.computeIfAbsent(type.getSimpleName(), k -> new java.util.ArrayList<>()).add(type.getName());
            }
        }
        byName.values().removeIf(names -> names.size() == 1);
        assertThat(byName).as("public records sharing a simple name").isEmpty();
    }
}
