package io.drillbook.core.calendar;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The calendar core stays pure: ical4j (pure Java) yes; JavaFX, sshj, AWS SDK, JDBC and infra no. */
class CalendarArchitectureTest {
    private final JavaClasses calendar = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.drillbook.core.calendar");

    @Test
    void calendarCoreImportsNoAdapterTechnology() {
        noClasses().that().resideInAPackage("io.drillbook.core.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "net.schmizz..", "com.hierynomus..",
                        "software.amazon..", "java.sql..", "io.drillbook.infra..", "io.drillbook.ui..", "io.drillbook.cli..")
                .check(calendar);
    }
}
