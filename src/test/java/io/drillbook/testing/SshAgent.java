package io.drillbook.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** OpenSSH's ssh-agent in the foreground on a socket of our own, holding keys we add; stopped on close. */
public final class SshAgent implements AutoCloseable {
    private final Process agent;
    private final Path socket;

    private SshAgent(Process agent, Path socket) {
        this.agent = agent;
        this.socket = socket;
    }

    public static SshAgent start(Path dir) throws IOException {
        Path socket = dir.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!Await.until(Duration.ofSeconds(10), () -> Files.exists(socket))) {
            agent.destroy();
            throw new IOException("ssh-agent did not create " + socket);
        }
        return new SshAgent(agent, socket);
    }

    public Path socket() {
        return socket;
    }

    public void add(Path key) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of("ssh-add", "-q", key.toString())).redirectErrorStream(true);
        pb.environment().put("SSH_AUTH_SOCK", socket.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("ssh-add " + key + " failed: " + out);
        }
    }

    @Override
    public void close() {
        agent.destroy();
    }
}
