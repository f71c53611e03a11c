package io.drillbook.testing;

import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.work.CancellationToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole shell contract with every command of a test going through one long-lived
 * {@link io.drillbook.core.connect.CommandSession}, plus what only a session can get wrong: one
 * command's output or exit leaking into the next, a command reading the session's own script,
 * and the session surviving a timeout.
 */
public abstract class CommandSessionContract extends RemoteShellContract {

    /** The real shell whose session is under test. */
    protected abstract RemoteShell openRealShell() throws Exception;

    @Override
    protected final RemoteShell openShell() throws Exception {
        return new SessionBackedShell(openRealShell());
    }

    /** The PID of the shell that started the command: the session shell, if commands share one. */
    protected String parentPid() {
        CommandResult result = run("echo $PPID");
        assertThat(result.succeeded()).isTrue();
        return result.stdout().head().trim();
    }

    @Test
    void commandsRunOneAfterAnotherInOneSessionShell() {
        String first = parentPid();

        for (int i = 0; i < 5; i++) {
            assertThat(run("echo step" + i).stdout().head()).isEqualTo("step" + i + "\n");
        }

        assertThat(parentPid()).as("every command is started by the same session shell").isEqualTo(first);
    }

    @Test
    void outputWithoutNewlineOrLookingLikeAMarkerStaysWithItsCommand() {
        CommandResult partial = run("printf 'no newline'; printf 'err' >&2");
        CommandResult lookalike = run("printf 'a\\036DRILLBOOK-END x\\036\\036b\\n'; exit 4");
        CommandResult next = run("echo next");

        assertThat(partial.stdout().head()).isEqualTo("no newline");
        assertThat(partial.stderr().head()).isEqualTo("err");
        assertThat(lookalike.stdout().head()).isEqualTo("a\u001eDRILLBOOK-END x\u001e\u001eb\n");
        assertThat(lookalike.exitStatus()).isEqualTo(4);
        assertThat(next.stdout().head()).isEqualTo("next\n");
        assertThat(next.exitStatus()).isZero();
    }

    @Test
    void exitEndsTheCommandNotTheSession() {
        String before = parentPid();

        assertThat(run("exit 9").exitStatus()).isEqualTo(9);
        assertThat(run("kill -9 $$").exitStatus()).as("killed by a signal").isEqualTo(137);

        assertThat(parentPid()).isEqualTo(before);
    }

    @Test
    void aCommandCannotReadTheSessionsScript() {
        CommandResult reader = run("cat; echo read-done");
        CommandResult next = run("echo after");

        assertThat(reader.stdout().head()).isEqualTo("read-done\n");
        assertThat(next.stdout().head()).isEqualTo("after\n");
    }

    @Test
    void theSessionGoesOnAfterATimeout() {
        String before = parentPid();

        CommandResult slow = shell.run(CommandRequest.of("sleep 60", work.resolve("out")).withTimeout(Duration.ofMillis(800)),
                OutputListener.NONE, CancellationToken.none());

        assertThat(slow.timedOut()).isTrue();
        assertThat(parentPid()).as("the timed-out command was stopped, not the session").isEqualTo(before);
    }
}
