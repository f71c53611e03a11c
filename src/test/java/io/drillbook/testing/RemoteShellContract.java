package io.drillbook.testing;

import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.CommandTemplate;
import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.connect.OutputChannel;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.TransferResult;
import io.drillbook.core.work.CancellationToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link RemoteShell} must do, run against each real implementation (MINA SSHD,
 * Debian's OpenSSH, the local machine). The "remote" host is this machine in all of them, so the
 * tests can look at files and processes directly.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class RemoteShellContract {
    @TempDir
    protected Path work;
    protected RemoteShell shell;
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    protected abstract RemoteShell openShell() throws Exception;

    @BeforeEach
    void openTheShell() throws Exception {
        shell = openShell();
    }

    @AfterEach
    void closeTheShell() {
        if (shell != null) {
            shell.close();
        }
        background.shutdownNow();
    }

    protected CommandResult run(String command) {
        return shell.run(CommandRequest.of(command, work.resolve("out")), OutputListener.NONE, CancellationToken.none());
    }

    @Test
    void reportsExitStatusAndOutputOfEachChannel() {
        CommandResult ok = run("echo hello; echo oops >&2");
        CommandResult failed = run("exit 3");

        assertThat(ok.exitStatus()).isZero();
        assertThat(ok.stdout().head()).isEqualTo("hello\n");
        assertThat(ok.stderr().head()).isEqualTo("oops\n");
        assertThat(ok.succeeded()).isTrue();
        assertThat(failed.exitStatus()).isEqualTo(3);
        assertThat(failed.succeeded()).isFalse();
    }

    @Test
    void resultNamesTheCommandWithSecretsRedacted() {
        CommandResult result = run("PGPASSWORD=hunter2 true");

        assertThat(result.command()).doesNotContain("hunter2").contains("PGPASSWORD=");
        assertThat(result.succeeded()).isTrue();
    }

    @Test
    void streamsLinesWhileTheCommandIsStillRunning() {
        Path flag = work.resolve("flag");
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        OutputListener listener = (channel, line) -> {
            seen.add(line);
            if (line.equals("first")) {
                touch(flag);
            }
        };
        String command = "echo first; while [ ! -f '" + flag + "' ]; do sleep 0.05; done; echo second";

        CommandResult result = shell.run(CommandRequest.of(command, work.resolve("out")).withTimeout(Duration.ofSeconds(20)),
                listener, CancellationToken.none());

        assertThat(result.timedOut()).as("the listener only sees 'first' live if output streams").isFalse();
        assertThat(seen).containsExactly("first", "second");
    }

    @Test
    void deliversStdoutLinesInOrder() {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        shell.run(CommandRequest.of("i=1; while [ $i -le 2000 ]; do echo line$i; i=$((i+1)); done", work.resolve("out")),
                (channel, line) -> lines.add(channel + " " + line), CancellationToken.none());

        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            expected.add(OutputChannel.STDOUT + " line" + i);
        }
        assertThat(lines).isEqualTo(expected);
    }

    @Test
    void keepsOnlyHeadAndTailInMemoryButAllOutputOnDisk() throws Exception {
        CommandRequest request = new CommandRequest("seq 1 100000", null, work.resolve("out"), 1024);

        CommandResult result = shell.run(request, OutputListener.NONE, CancellationToken.none());

        byte[] all = Files.readAllBytes(result.stdout().file());
        assertThat(result.stdout().bytes()).isEqualTo(all.length).isGreaterThan(500_000);
        assertThat(result.stdout().sha256()).isEqualTo(sha256(all));
        assertThat(result.stdout().head()).hasSize(1024).startsWith("1\n2\n3\n");
        assertThat(result.stdout().tail()).hasSize(1024).endsWith("99999\n100000\n");
        assertThat(result.stdout().truncated()).isTrue();
    }

    @Test
    void timeoutStopsTheCommandAndItsChildren() {
        Path pidFile = work.resolve("child.pid");
        String command = "sleep 120 & echo $! > '" + pidFile + "'; wait";

        CommandResult result = shell.run(CommandRequest.of(command, work.resolve("out")).withTimeout(Duration.ofMillis(1500)),
                OutputListener.NONE, CancellationToken.none());

        assertThat(result.timedOut()).isTrue();
        assertThat(result.succeeded()).isFalse();
        long child = Long.parseLong(read(pidFile).trim());
        assertThat(Await.until(Duration.ofSeconds(10), () -> Await.processGone(child)))
                .as("the background child %d was stopped", child).isTrue();
    }

    @Test
    void cancelStopsTheRunningProcess() throws Exception {
        Path pidFile = work.resolve("child.pid");
        CountDownLatch started = new CountDownLatch(1);
        CancellationToken cancel = new CancellationToken();
        String command = "sleep 120 & echo $! > '" + pidFile + "'; echo started; wait";

        Future<CommandResult> running = background.submit(() -> shell.run(CommandRequest.of(command, work.resolve("out")),
                (channel, line) -> started.countDown(), cancel));
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        cancel.cancel();
        CommandResult result = running.get(30, TimeUnit.SECONDS);

        assertThat(result.cancelled()).isTrue();
        long child = Long.parseLong(read(pidFile).trim());
        assertThat(Await.until(Duration.ofSeconds(10), () -> Await.processGone(child)))
                .as("the remote child %d was stopped", child).isTrue();
    }

    @Test
    void substitutedValuesArriveLiterally() {
        Path marker = work.resolve("injected");
        List<String> hostile = List.of("$(touch " + marker + ")", "`touch " + marker + "`", "a; touch " + marker,
                "it's \"quoted\"", "two\nlines", "back\\slash", "*", "$HOME", "a && b | c > d", "-n", "");

        for (String value : hostile) {
            String command = new CommandTemplate("printf %s ${value}").render(Map.of("value", value));
            CommandResult result = run(command);
            assertThat(result.stdout().head()).as("value %s", value).isEqualTo(value);
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void uploadAndDownloadAreVerifiedByChecksum() throws Exception {
        byte[] content = new byte[700_000];
        new Random(42).nextBytes(content);
        Path local = work.resolve("payload.bin");
        Files.write(local, content);
        Path remote = work.resolve("remote-payload.bin");
        Path back = work.resolve("back.bin");

        TransferResult up = shell.upload(local, remote.toString(), CancellationToken.none());
        TransferResult down = shell.download(remote.toString(), back, CancellationToken.none());

        assertThat(up.sha256()).isEqualTo(sha256(content)).isEqualTo(down.sha256());
        assertThat(up.bytes()).isEqualTo(content.length);
        assertThat(Files.readAllBytes(back)).isEqualTo(content);
    }

    @Test
    void downloadOfAMissingFileFailsNamingIt() {
        String missing = work.resolve("no-such-file").toString();

        assertThatThrownBy(() -> shell.download(missing, work.resolve("x"), CancellationToken.none()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining(missing);
    }

    protected static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static void touch(Path file) {
        try {
            Files.writeString(file, "x");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
