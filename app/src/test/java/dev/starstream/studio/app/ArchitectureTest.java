package dev.starstream.studio.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the house (ARCHITECTURE.md), checked on every module's classes. {@code app}
 * depends on every module, so its test class path sees them all.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.starstream.studio";
    private static final String[] CORE = {
        ROOT + ".vm..", ROOT + ".ledger..", ROOT + ".prover..", ROOT + ".debugger..", ROOT + ".editor.services..",
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // test-jars (vm's generators, benchmarks)
                .importPackages(ROOT);
    }

    @Test
    void runningServicesAreToolkitFree() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".app.run..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.fxmisc..")
                .because("the command line and the headless sample test run scripts through the same services as the IDE")
                .check(classes);
    }

    @Test
    void coreModulesNeverImportJavaFx() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.fxmisc..", "com.sun.javafx..")
                .because("vm, ledger-sim, prover, debugger and the language services are libraries that "
                        + "the CLI, the tests, the LSP/DAP servers and the GUI all drive the same way")
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void ledgerAndProverNeverDependOnTheUserInterface() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".ledger..", ROOT + ".prover..", ROOT + ".vm..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".editor..", ROOT + ".app..", ROOT + ".debugger..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void pluginApiIsALeaf() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".plugins.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        ROOT + ".vm..", ROOT + ".ledger..", ROOT + ".prover..", ROOT + ".debugger..",
                        ROOT + ".editor..", ROOT + ".app..", ROOT + ".plugins.builtin..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void antlrTypesStayInsideTheParserPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".vm.lang.parser..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.antlr..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyCommandLineClassesWriteToTheStandardStreams() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + "..cli..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .callMethod(Throwable.class, "printStackTrace")
                .because("user-facing messages go through the CLI or the UI; technical detail goes to the log")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void viewModelsUseOnlyJavaFxPropertiesAndCollections() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..", "org.fxmisc..")
                .because("view models are tested without the toolkit (STYLE 3); views build nodes and bind")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyFxThreadTalksToTheJavaFxThreadDirectly() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(ROOT + ".app.concurrent.FxThread")
                .should()
                .callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .because("one gateway to the FX thread (STYLE 4)")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyThreadPoolsCreatesThreadsInTheApplicationAndEditor() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".app..", ROOT + ".editor..")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".app.concurrent.ThreadPools")
                .should()
                .callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("a Thread constructor",
                                t -> t.getOwner().isAssignableTo(Thread.class))))
                .because("threads come from named pools (STYLE 4)")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void settingsCommandsAndTasksAreToolkitFree() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".app.settings..", ROOT + ".app.commands..", ROOT + ".app.concurrent..")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".app.concurrent.FxThread")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void loggingGoesThroughSlf4jOnly() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.util.logging..", "org.apache.logging.log4j..", "ch.qos.logback..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
