package io.drillbook.infra.local;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.CommandTemplate;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.evidence.Redaction;
import io.drillbook.core.work.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A secret parameter reaches the command but neither the log nor the result. */
class SecretParameterNeverLoggedTest {
    @TempDir
    Path dir;

    @Test
    void bareSecretValueIsMaskedInLogAndResult() {
        Logger logger = (Logger) LoggerFactory.getLogger(LocalRemoteShell.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        ch.qos.logback.classic.Level before = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
        try {
            Map<String, String> values = Map.of("dbPassword", "hunter2-bare");
            CommandTemplate template = new CommandTemplate("echo connecting with ${dbPassword} >/dev/null; echo done");
            CommandRequest request = CommandRequest.of(template.render(values), dir)
                    .shownAs(template.render(Redaction.maskSecretValues(values)));
            CommandResult result = new LocalRemoteShell(ConnectionProfile.local("local"))
                    .run(request, (channel, line) -> { }, CancellationToken.none());
            assertThat(result.exitStatus()).isZero();
            assertThat(result.command()).doesNotContain("hunter2-bare").contains(Redaction.MASK);
            assertThat(appender.list).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain("hunter2-bare"));
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(before);
        }
    }
}
