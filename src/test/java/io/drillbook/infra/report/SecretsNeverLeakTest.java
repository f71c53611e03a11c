package io.drillbook.infra.report;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.drillbook.core.report.ReportFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Secrets planted in evidence reach neither the database, nor the logs, nor any export. */
class SecretsNeverLeakTest {
    static final List<String> SECRETS = List.of("wJalrXUtnFEMI", "pw-s3cret", "eyJhbGciOiJIUzI1NiJ9", "b3BlbnNzaC1rZXktdjEPRIVATEBODY");

    @TempDir
    Path dir;
    ReportFixture fx;
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger ours = (Logger) LoggerFactory.getLogger("io.drillbook");
    Level ourLevel;

    @BeforeEach
    void plant() throws Exception {
        logs.start();
        root.addAppender(logs);
        ourLevel = ours.getLevel();
        ours.setLevel(Level.DEBUG);
        fx = new ReportFixture(dir.resolve("db")).seed();
        Path outputs = Files.createDirectories(dir.resolve("data/outputs"));
        Path output = Files.writeString(outputs.resolve("step.log"), "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG\nok\n");
        fx.log.record("drill.step", "shop/prod", Map.of("runId", "drill-1", "name", "Restore",
                "command", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG aws s3 cp s3://b/k - | pg_restore -d postgres://u:pw-s3cret@h/db",
                "headers", List.of("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"),
                "key", Map.of("pem", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEPRIVATEBODY\n-----END OPENSSH PRIVATE KEY-----"),
                "fullOutputPath", output.toString()));
    }

    @AfterEach
    void close() {
        root.detachAppender(logs);
        ours.setLevel(ourLevel);
        fx.close();
    }

    @Test
    void databaseHoldsNoPlantedSecret() throws Exception {
        StringBuilder stored = new StringBuilder();
        try (Connection c = fx.db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT subject, payload FROM evidence_events")) {
            while (rs.next()) {
                stored.append(rs.getString(1)).append(rs.getString(2));
            }
        }
        assertThat(stored).contains("pg_restore", "***");
        assertNoSecret("database", stored.toString());
    }

    @Test
    void noExportFormatAndNoLogLineHoldsAPlantedSecret() throws Exception {
        ReportService service = fx.service(dir.resolve("data/outputs"));
        for (ReportFormat format : ReportFormat.values()) {
            service.export(ReportFixture.october(), format, dir.resolve("out/report." + format.name().toLowerCase()));
        }
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertNoSecret(f.toString(), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        for (Map.Entry<String, byte[]> e : BundleTest.entries(dir.resolve("out/report.bundle")).entrySet()) {
            assertNoSecret("bundle " + e.getKey(), new String(e.getValue(), StandardCharsets.UTF_8));
        }
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Restore");
            assertNoSecret("PDF text", text);
        }
        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            assertNoSecret("log", event.getFormattedMessage() + event.getThrowableProxy());
        }
    }

    private static void assertNoSecret(String where, String text) {
        for (String secret : SECRETS) {
            assertThat(text).as(where + " must not contain " + secret).doesNotContain(secret);
        }
    }
}
