package io.drillbook.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Dependencies point inward: the core is pure Java; adapters never reach into the UI. */
@AnalyzeClasses(packages = "io.drillbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsPureJava = noClasses().that().resideInAPackage("io.drillbook.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "net.schmizz..", "com.hierynomus..",
                    "software.amazon..", "java.sql..", "javax.sql..")
            .because("the domain core must run headless and be testable without a display, a network or a database");

    @ArchTest
    static final ArchRule coreDependsOnNoOuterLayer = noClasses().that().resideInAPackage("io.drillbook.core..")
            .should().dependOnClassesThat().resideInAnyPackage("io.drillbook.infra..", "io.drillbook.ui..",
                    "io.drillbook.cli..", "io.drillbook.app..");

    @ArchTest
    static final ArchRule infraDoesNotUseUi = noClasses().that().resideInAPackage("io.drillbook.infra..")
            .should().dependOnClassesThat().resideInAnyPackage("io.drillbook.ui..", "javafx..", "io.drillbook.app..");

    @ArchTest
    static final ArchRule uiDoesNotReachIntoAdaptersOrCli = noClasses().that().resideInAPackage("io.drillbook.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("io.drillbook.cli..", "io.drillbook.app..", "java.sql..");

    @ArchTest
    static final ArchRule cliHasNoUi = noClasses().that().resideInAPackage("io.drillbook.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.drillbook.ui..");

    @ArchTest
    static final ArchRule coreFeaturesFormNoCycle = slices().matching("io.drillbook.core.(*)..").should().beFreeOfCycles()
            .because("each core feature keeps its ports beside it, so features can be read, tested and changed one at a time");

    @ArchTest
    static final ArchRule uiAndCliNeverImportAdapters = noClasses().that().resideInAnyPackage("io.drillbook.ui..", "io.drillbook.cli..")
            .should().dependOnClassesThat().resideInAPackage("io.drillbook.infra..")
            .because("screens and commands work with core interfaces; the feature modules in app choose the adapters");

    @ArchTest
    static final ArchRule cliUsesModulesNotTheRoot = noClasses().that().resideInAPackage("io.drillbook.cli..")
            .should().dependOnClassesThat().resideInAPackage("io.drillbook.app")
            .because("the root (launcher, console, AppContext) depends on the CLI; the CLI sees only CliModules and the feature modules");

    private static final DescribedPredicate<JavaConstructorCall> ADAPTER_CONSTRUCTOR = DescribedPredicate.describe(
            "a constructor of an adapter in io.drillbook.infra", call -> call.getTargetOwner().getPackageName().startsWith("io.drillbook.infra"));

    @ArchTest
    static final ArchRule onlyAppConstructsAdapters = noClasses().that().resideOutsideOfPackages("io.drillbook.app..", "io.drillbook.infra..")
            .should().callConstructorWhere(ADAPTER_CONSTRUCTOR)
            .because("app is the one composition root: adapters are built there (and inside infra), never by the core, a screen or a command");

    @ArchTest
    static final ArchRule loggersAreSlf4jOnly = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.log4j..", "org.apache.logging.log4j..", "org.apache.commons.logging..")
            .orShould().callMethod(java.util.logging.Logger.class, "getLogger", String.class)
            .orShould().callMethod(System.class, "getLogger", String.class)
            .because("one logging facade (SLF4J, one LOGGER per class) writes to one log file");

    @ArchTest
    static final ArchRule loggerFieldsAreSlf4j = noFields().should().haveRawType(java.util.logging.Logger.class)
            .orShould().haveRawType(System.Logger.class)
            .because("one logging facade (SLF4J, one LOGGER per class) writes to one log file");
}
