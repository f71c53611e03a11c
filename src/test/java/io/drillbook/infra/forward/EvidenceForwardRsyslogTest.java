package io.drillbook.infra.forward;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.app.AppContext;
import io.drillbook.cli.CliContext;
import io.drillbook.cli.DrillbookCommand;
import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.testing.Await;
import io.drillbook.testing.ExternalTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code evidence forward} to Debian's rsyslog (started by the test on 127.0.0.1 with its own
 * config, writing what it receives to a file) and to a JSON lines file: every event arrives once,
 * in order, across restarts, and a crash between flush and saving the position repeats nothing in
 * the file.
 */
class EvidenceForwardRsyslogTest {
    private static final Pattern RECEIVED = Pattern.compile("^(\\S+) \\[drillbook@32473 seq=\"(\\d+)\" .*hash=\"([0-9a-f]+)\"] \\{.*}$");

    @TempDir
    Path dir;
    private Process rsyslogd;
    private int port;
    private Path received;

    @BeforeEach
    void startRsyslog() throws Exception {
        Optional<Path> binary = ExternalTool.find("rsyslogd");
        assumeTrue(binary.isPresent(), "rsyslogd not installed (Debian package rsyslog); .ci/run installs it");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        received = dir.resolve("received.log");
        Path conf = Files.writeString(dir.resolve("rsyslog.conf"), """
                global(workDirectory="%s")
                module(load="imtcp")
                template(name="drillbook" type="string" string="%%msgid%% %%structured-data%% %%msg%%\\n")
                input(type="imtcp" port="%d" address="127.0.0.1" ruleset="drillbook")
                ruleset(name="drillbook") { action(type="omfile" file="%s" template="drillbook") }
                """.formatted(dir, port, received));
        rsyslogd = new ProcessBuilder(binary.get().toString(), "-n", "-f", conf.toString(), "-i", dir.resolve("rsyslogd.pid").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("rsyslogd.out").toFile()).start();
        assertThat(Await.until(Duration.ofSeconds(20), this::listening)).as("rsyslogd listening on " + port).isTrue();
    }

    private boolean listening() {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @AfterEach
    void stopRsyslog() throws Exception {
        if (rsyslogd != null) {
            rsyslogd.destroy();
            rsyslogd.waitFor();
        }
    }

    private String run(Path data, String... args) {
        try (AppContext ctx = new AppContext(AppConfig.of(data.toString(), null), Clock.systemUTC())) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = DrillbookCommand.commandLine(CliContext.of(ctx), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
            assertThat(status).as(String.join(" ", args) + ": " + err).isIn(0, 1);
            return out.toString();
        }
    }

    private static long head(Path data) {
        try (AppContext ctx = new AppContext(AppConfig.of(data.toString(), null), Clock.systemUTC())) {
            return ctx.platform().evidenceRepository().head().orElseThrow().seq();
        }
    }

    private List<Long> receivedSeqs() throws IOException {
        return Files.readAllLines(received).stream().map(l -> {
            Matcher m = RECEIVED.matcher(l);
            assertThat(m.matches()).as(l).isTrue();
            return Long.parseLong(m.group(2));
        }).toList();
    }

    private boolean receivedLines(long n) {
        try {
            return Files.exists(received) && Files.readAllLines(received).size() >= n;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Long> jsonSeqs(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(l -> ((Number) CanonicalJson.readMap(l).get("seq")).longValue()).toList();
    }

    @Test
    void everyEventArrivesOnceInOrderAcrossRestartsAtRsyslogAndInTheJsonLinesFile() throws Exception {
        Path data = dir.resolve("data");
        Path jsonl = dir.resolve("siem/evidence.jsonl");
        Path ws = Files.writeString(dir.resolve("ws.yaml"), """
                systems:
                  - name: shop
                    owner: alice
                    tier: 1
                    environments:
                      prod: { rpo: PT24H, rto: PT4H, drillEvery: P90D }
                pipelines:
                  evidenceForwarding:
                    - name: siem
                      syslog: 127.0.0.1:%d
                    - name: archive
                      jsonl: %s
                """.formatted(port, jsonl));
        run(data, "import", "workspace", ws.toString());
        String first = run(data, "evidence", "forward");
        long head1 = head(data);
        assertThat(first).contains("forwarded " + head1 + " events to siem", "forwarded " + head1 + " events to archive");
        assertThat(Await.until(Duration.ofSeconds(20), () -> receivedLines(head1))).isTrue();

        run(data, "gate", "--system", "shop", "--env", "prod");
        run(data, "gate", "--system", "shop", "--env", "prod");
        String second = run(data, "evidence", "forward");
        long head2 = head(data);
        assertThat(head2).isGreaterThan(head1);
        assertThat(second).contains("forwarded " + (head2 - head1) + " events to siem");
        assertThat(Await.until(Duration.ofSeconds(20), () -> receivedLines(head2))).isTrue();
        assertThat(run(data, "evidence", "forward", "--target", "siem")).contains("forwarded 0 events to siem");

        List<Long> all = LongStream.rangeClosed(1, head2).boxed().toList();
        assertThat(receivedSeqs()).isEqualTo(all);
        assertThat(Files.readString(received)).contains("gate.decision [drillbook@32473", "workspace.imported [drillbook@32473");
        assertThat(jsonSeqs(jsonl)).isEqualTo(all);

        try (AppContext ctx = new AppContext(AppConfig.of(data.toString(), null), Clock.systemUTC())) {
            new JdbcForwardPositions(ctx.platform().database()).save("archive", 1);
        }
        run(data, "gate", "--system", "shop", "--env", "prod");
        run(data, "evidence", "forward", "--target", "archive");
        assertThat(jsonSeqs(jsonl)).isEqualTo(LongStream.rangeClosed(1, head(data)).boxed().toList());
    }
}
