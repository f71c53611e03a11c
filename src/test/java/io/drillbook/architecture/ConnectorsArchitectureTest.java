package io.drillbook.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The connectors' core stays pure, and nothing in Drillbook trusts every host key. */
class ConnectorsArchitectureTest {
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.drillbook");

    @Test
    void connectCoreUsesNoUiSshAwsOrJdbc() {
        noClasses().that().resideInAPackage("io.drillbook.core.connect..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "net.schmizz..", "com.hierynomus..",
                        "software.amazon..", "java.sql..", "io.drillbook.infra..", "io.drillbook.ui..", "io.drillbook.cli..")
                .check(MAIN);
    }

    @Test
    void noHostKeyVerifierAcceptsEverything() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("net.schmizz.sshj.transport.verification.PromiscuousVerifier")
                .check(MAIN);
    }
}
