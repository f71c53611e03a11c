package io.drillbook.infra.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

import java.util.HashMap;
import java.util.Map;

/**
 * The program's logging, set up in code (found by logback through META-INF/services): the log file
 * {@code <drillbook.log.dir>/drillbook.log}, rolled daily and at 10 MB, 14 days and 200 MB kept, every
 * message and stack trace with secrets masked. In code rather than logback.xml because reading XML
 * cost 300 ms of a console start (docs/adr/0027-warm-start.md). It steps aside for
 * {@code -Dlogback.configurationFile} (a user's own configuration) and for a logback-test.xml on the
 * class path (the tests').
 */
public final class LogFileConfigurator extends ContextAwareBase implements Configurator {
    /** The system property the launcher sets to the data folder's logs folder. */
    public static final String LOG_DIR_PROPERTY = "drillbook.log.dir";
    static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %redactedMsg%n%redactedEx";
    private static final Map<String, Level> QUIET = Map.of(
            "org.flywaydb", Level.WARN,
            // ical4j logs every recurrence step at DEBUG: expansion would cost 300x more (ADR 0003).
            "net.fortuna.ical4j", Level.WARN,
            "net.schmizz", Level.WARN,
            "software.amazon", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogFileConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureFile(context, System.getProperty(LOG_DIR_PROPERTY, System.getProperty("java.io.tmpdir") + "/drillbook-logs"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Writes {@code context}'s log to {@code dir}/drillbook.log as the program does. */
    public static void configureFile(LoggerContext context, String dir) {
        Map<String, String> converters = new HashMap<>();
        converters.put("redactedMsg", RedactingMessageConverter.class.getName());
        converters.put("redactedEx", RedactingThrowableConverter.class.getName());
        context.putObject(CoreConstants.PATTERN_RULE_REGISTRY, converters);

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/drillbook.log");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/drillbook.%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("200MB"));
        file.setRollingPolicy(rolling);
        rolling.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        file.setEncoder(encoder);
        file.start();

        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }
}
