package io.drillbook.app;

import io.drillbook.app.platform.AppConfig;
import io.drillbook.cli.Cli;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.team.LockResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless playbook runs take the same one-run-per-system-and-environment lock as the console. */
class PlaybookCliLockTest {
    @TempDir
    Path dir;

    private record Run(int status, String out) {
    }

    private Run playbook(Path data, String... extra) {
        PrintStream original = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            String[] args = new String[4 + extra.length];
            args[0] = "playbook";
            args[1] = "run";
            args[2] = "--data-dir";
            args[3] = data.toString();
            System.arraycopy(extra, 0, args, 4, extra.length);
            int status = Cli.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true), AppContext::open);
            return new Run(status, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }
    }

    @Test
    void aRunIsRefusedWhileAnotherHoldsTheTargetAndTheLockIsReleasedAfterARun() {
        Path data = dir.resolve("data");
        String lock = LockResources.playbookRun(new SystemEnv("shop", "prod"));
        try (AppContext other = new AppContext(new AppConfig(data, null, "carol"), Clock.systemUTC())) {
            other.seedDemoIfEmpty();
            other.platform().runLocks().acquire(lock, "carol");
            Run refused = playbook(data, "rollback demo service", "--operator", "alice", "--confirm", "Approve the restore",
                    "--approver", "bob", "--confirm", "Check the restored config");
            assertThat(refused.status()).isEqualTo(2);
            assertThat(refused.out()).contains("held by carol");
            other.platform().runLocks().release(lock);
        }
        Run done = playbook(data, "rollback demo service", "--operator", "alice", "--confirm", "Approve the restore",
                "--approver", "bob", "--confirm", "Check the restored config");
        assertThat(done.status()).as(done.out()).isZero();
        try (AppContext after = new AppContext(new AppConfig(data, null, "dave"), Clock.systemUTC())) {
            after.platform().runLocks().acquire(lock, "dave");
            after.platform().runLocks().release(lock);
        }
    }
}
