package io.drillbook.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
}
