package io.drillbook.infra.logging;

import ch.qos.logback.classic.LoggerContext;
import io.drillbook.core.evidence.Redaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The program's log file set-up ({@link LogFileConfigurator}) writes messages and stack traces with secrets masked. */
class RedactedLogFileTest {
    @TempDir
    Path dir;

    @Test
    void stackTracesAndMessagesInTheLogFileAreMasked() throws Exception {
        String secret = "Lg" + UUID.randomUUID().toString().replace("-", "");
        Redaction.registerSecretValue(secret);
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        LogFileConfigurator.configureFile(context, dir.toString());
        Logger log = context.getLogger("io.drillbook.test");

        log.warn("step failed", new IllegalStateException("GET https://host/status?key=" + secret + " failed",
                new IllegalArgumentException("DB_PASS=hunter22 refused")));
        log.info("connecting with token {}", secret);
        context.stop();

        String text = Files.readString(dir.resolve("drillbook.log"));
        assertThat(text).contains("java.lang.IllegalStateException: GET https://host/status?key=*** failed",
                "Caused by: java.lang.IllegalArgumentException: DB_PASS=*** refused", "at io.drillbook.infra.logging",
                "connecting with token ***");
        assertThat(text).doesNotContain(secret, "hunter22");
    }

    @Test
    void theProgramFindsItsLogSetUpThroughTheServiceLoaderAndStepsAsideForTheTestsOwn() {
        assertThat(java.util.ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class).stream()
                .map(java.util.ServiceLoader.Provider::type)).contains(LogFileConfigurator.class);
        LoggerContext context = new LoggerContext();
        assertThat(new LogFileConfigurator().configure(context)).as("logback-test.xml is on the tests' class path")
                .isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
