package io.drillbook.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Key files made with OpenSSH's ssh-keygen, as users have them. */
public final class SshKeys {
    private SshKeys() {
    }

    /** Writes {@code dir/name} (private, OpenSSH format) and {@code dir/name.pub}. */
    public static Path ed25519(Path dir, String name, String passphrase) throws IOException, InterruptedException {
        Path key = dir.resolve(name);
        run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", name, "-f", key.toString()));
        return key;
    }

    /** Hashes the host names of a known_hosts file in place, as {@code HashKnownHosts yes} would. */
    public static void hashKnownHosts(Path file) throws IOException, InterruptedException {
        run(List.of("ssh-keygen", "-q", "-H", "-f", file.toString()));
        Files.deleteIfExists(Path.of(file + ".old"));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command + " failed: " + out);
        }
    }
}
