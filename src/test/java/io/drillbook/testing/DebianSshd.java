package io.drillbook.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Debian's OpenSSH sshd started through {@code .ci/start-sshd.sh}, for benchmarks; stopped by its pid. */
public final class DebianSshd implements AutoCloseable {
    public final String host;
    public final int port;
    public final String user;
    public final Path key;
    public final Path hostPublicKey;
    private final Path dir;

    private DebianSshd(Map<String, String> env) {
        this.host = env.get("HOST");
        this.port = Integer.parseInt(env.get("PORT"));
        this.user = env.get("USER");
        this.key = Path.of(env.get("KEY"));
        this.hostPublicKey = Path.of(env.get("HOST_PUBKEY"));
        this.dir = Path.of(env.get("DIR"));
    }

    /** Starts one, or says why not (script missing, sshd not installed, start failed). */
    public static Optional<DebianSshd> start(Path script) throws IOException, InterruptedException {
        if (!Files.isExecutable(script) || !Files.isExecutable(Path.of("/usr/sbin/sshd"))) {
            return Optional.empty();
        }
        Process p = new ProcessBuilder(script.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return Optional.empty();
        }
        Map<String, String> env = new HashMap<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("export DRILLBOOK_TEST_SSHD_")) {
                String assignment = line.substring("export DRILLBOOK_TEST_SSHD_".length());
                int eq = assignment.indexOf('=');
                env.put(assignment.substring(0, eq), assignment.substring(eq + 1));
            }
        }
        return Optional.of(new DebianSshd(env));
    }

    /** An OpenSSH known_hosts line for this server's host key. */
    public String knownHostsLine() throws IOException {
        String[] parts = Files.readString(hostPublicKey).trim().split("\\s+");
        return "[" + host + "]:" + port + " " + parts[0] + " " + parts[1] + "\n";
    }

    /** Stops the sshd this object started (by the pid in its own pid file) and deletes its directory. */
    @Override
    public void close() throws IOException {
        Path pidFile = dir.resolve("sshd.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).ifPresent(sshd -> {
                sshd.destroy();
                sshd.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> sshd).join();
            });
        }
        deleteTree(dir);
    }

    /** Deletes {@code root} and everything under it. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
