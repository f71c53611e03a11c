package io.drillbook.infra.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.cli.CliContext;
import io.drillbook.cli.DrillbookCommand;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks against a real HTTP server on 127.0.0.1 (the JDK's): a failed {@code backup run} and a
 * no-go gate reach Slack- and Teams-shaped receivers, a receiver answering 503 once is retried,
 * an unreachable one is recorded as failed without touching the command's exit status, and no
 * event notifies twice.
 */
class WebhookNotificationTest {
    @TempDir
    Path dir;
    private HttpServer server;
    private AppContext ctx;
    private final List<String> slack = new CopyOnWriteArrayList<>();
    private final List<String> teams = new CopyOnWriteArrayList<>();
    private final AtomicInteger teamsCalls = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/slack", ex -> {
            slack.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.createContext("/teams", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean first = teamsCalls.incrementAndGet() == 1;
            if (!first) {
                teams.add(body);
            }
            ex.sendResponseHeaders(first ? 503 : 200, -1);
            ex.close();
        });
        server.start();
        ctx = new AppContext(AppConfig.of(dir.resolve("data").toString(), null), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        ctx.close();
        server.stop(0);
    }

    private int run(String... args) {
        int status = DrillbookCommand.commandLine(CliContext.of(ctx), new PrintWriter(new StringWriter(), true),
                new PrintWriter(new StringWriter(), true)).execute(args);
        ctx.pipelines().notifyAfterCommand();
        return status;
    }

    private Path workspace(int deadPort) throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path slackUrl = Files.writeString(dir.resolve("slack-url"), base + "/slack\n");
        return Files.writeString(dir.resolve("ws.yaml"), """
                systems:
                  - name: crm
                    owner: bob
                    tier: 2
                    environments:
                      prod: { rpo: PT24H, rto: PT4H, drillEvery: P90D }
                pipelines:
                  preReleaseBackups:
                    - system: crm
                      environment: prod
                      command: echo disk full >&2; exit 3
                      result: { resticJson: true }
                  webhooks:
                    - name: oncall-slack
                      url: file:%s
                    - name: cab-teams
                      url: %s/teams
                      format: teams
                      events: [backup-run-failed]
                    - name: gone
                      url: http://127.0.0.1:%d/hook
                      attempts: 2
                      events: [gate-no-go]
                """.formatted(slackUrl, base, deadPort));
    }

    private List<EvidenceEvent> events(String kind) {
        return ctx.platform().evidenceRepository().find(EvidenceQuery.all(50).withKindPrefix(kind));
    }

    @Test
    void failedBackupRunAndNoGoGateReachTheWebhooksWithRetriesAndEachEventNotifiesOnce() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        assertThat(run("import", "workspace", workspace(deadPort).toString())).isZero();
        assertThat(slack).isEmpty();

        assertThat(run("backup", "run", "--system", "crm", "--env", "prod")).isEqualTo(1);

        assertThat(slack).hasSize(1);
        JsonNode s = new ObjectMapper().readTree(slack.get(0));
        assertThat(s.get("text").asText()).startsWith("Pre-release backup of crm/prod failed: attempt 1 of 1: command exit 3").endsWith(": disk full");
        assertThat(s.at("/blocks/0/type").asText()).isEqualTo("section");
        assertThat(teams).hasSize(1);
        JsonNode t = new ObjectMapper().readTree(teams.get(0));
        assertThat(t.get("@type").asText()).isEqualTo("MessageCard");
        assertThat(t.get("title").asText()).isEqualTo("Pre-release backup of crm/prod failed");
        assertThat(events("notification.delivered")).extracting(EvidenceEvent::payload)
                .anySatisfy(p -> assertThat(p).contains("\"webhook\":\"cab-teams\"", "\"attempts\":2", "HTTP 200"))
                .anySatisfy(p -> assertThat(p).contains("\"webhook\":\"oncall-slack\"", "\"attempts\":1"));

        assertThat(run("gate", "--system", "crm", "--env", "prod")).isEqualTo(1);

        assertThat(slack).hasSize(2);
        assertThat(new ObjectMapper().readTree(slack.get(1)).get("text").asText()).startsWith("Gate NO-GO for crm/prod");
        assertThat(teams).hasSize(1);
        assertThat(events("notification.failed")).singleElement().satisfies(e -> assertThat(e.payload())
                .contains("\"webhook\":\"gone\"", "\"attempts\":2", "GATE_NO_GO").doesNotContain("127.0.0.1:" + deadPort));

        assertThat(ctx.pipelines().notifier().catchUp()).isZero();
        assertThat(slack).hasSize(2);
    }
}
