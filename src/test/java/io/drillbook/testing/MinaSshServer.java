package io.drillbook.testing;

import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.shell.ProcessShellCommandFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An in-process Apache MINA SSHD on 127.0.0.1: ed25519 host key, authorized-keys and password
 * authentication, commands through /bin/sh, SFTP, and direct-tcpip for jump-host tests.
 */
public final class MinaSshServer implements AutoCloseable {
    public static final String USER = System.getProperty("user.name");
    public static final String PASSWORD = "correct horse battery staple";
    public static final String KEY_PASSPHRASE = "open sesame";

    private final SshServer server;
    public final Path hostKey;
    public final Path clientKey;
    public final Path lockedClientKey;

    private MinaSshServer(SshServer server, Path hostKey, Path clientKey, Path lockedClientKey) {
        this.server = server;
        this.hostKey = hostKey;
        this.clientKey = clientKey;
        this.lockedClientKey = lockedClientKey;
    }

    public static MinaSshServer start(Path dir) throws IOException, InterruptedException {
        Path hostKey = SshKeys.ed25519(dir, "host_ed25519", "");
        Path clientKey = SshKeys.ed25519(dir, "client_ed25519", "");
        Path lockedClientKey = SshKeys.ed25519(dir, "locked_ed25519", KEY_PASSPHRASE);
        Path authorized = dir.resolve("authorized_keys");
        Files.writeString(authorized, Files.readString(Path.of(clientKey + ".pub"))
                + Files.readString(Path.of(lockedClientKey + ".pub")));
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        sshd.setKeyPairProvider(new FileKeyPairProvider(hostKey));
        sshd.setPublickeyAuthenticator(new AuthorizedKeysAuthenticator(authorized));
        sshd.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        sshd.setCommandFactory(ProcessShellCommandFactory.INSTANCE);
        sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sshd.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        sshd.start();
        return new MinaSshServer(sshd, hostKey, clientKey, lockedClientKey);
    }

    public int port() {
        return server.getPort();
    }

    public int activeSessions() {
        return server.getActiveSessions().size();
    }

    /** Drops every connection from the server side, as a restarted server or a broken network would. */
    public void dropAllConnections() {
        server.getActiveSessions().forEach(s -> s.close(true));
    }

    /** The host key's public half, one OpenSSH line. */
    public String hostPublicKeyLine() throws IOException {
        return Files.readString(Path.of(hostKey + ".pub")).trim();
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
