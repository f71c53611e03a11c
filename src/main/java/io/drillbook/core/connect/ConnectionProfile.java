package io.drillbook.core.connect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A named place where commands run: a host reached over SSH (optionally through a jump host) or
 * the local machine. It holds no secrets: passphrases and passwords are asked for when needed.
 *
 * @param keyPath      the private key file when {@code auth} is {@link AuthMethod#KEY}, else null
 * @param jumpProfile  name of another SSH profile to tunnel through, or null
 * @param keepAlive    interval of keep-alive messages; {@link Duration#ZERO} for none
 */
public record ConnectionProfile(String name, ConnectionKind kind, String host, int port, String user,
                                AuthMethod auth, Path keyPath, String jumpProfile,
                                Duration connectTimeout, Duration commandTimeout, Duration keepAlive) {
    public static final int SSH_PORT = 22;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(30);

    public ConnectionProfile {
        requireText(name, "name");
        Objects.requireNonNull(kind, "kind");
        connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT);
        commandTimeout = positive(commandTimeout, DEFAULT_COMMAND_TIMEOUT);
        keepAlive = keepAlive == null || keepAlive.isNegative() ? Duration.ZERO : keepAlive;
        if (kind == ConnectionKind.SSH) {
            requireText(host, "host");
            requireText(user, "user");
            Objects.requireNonNull(auth, "auth");
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("profile " + name + ": port must be 1..65535, was " + port);
            }
            if (auth == AuthMethod.KEY && keyPath == null) {
                throw new IllegalArgumentException("profile " + name + ": key authentication needs a key path");
            }
            if (name.equals(jumpProfile)) {
                throw new IllegalArgumentException("profile " + name + ": cannot jump through itself");
            }
        }
    }

    /** The local machine. */
    public static ConnectionProfile local(String name) {
        return new ConnectionProfile(name, ConnectionKind.LOCAL, "localhost", 0, System.getProperty("user.name"),
                null, null, null, null, null, null);
    }

    /** An SSH host with default timeouts and keep-alive. */
    public static ConnectionProfile ssh(String name, String host, int port, String user, AuthMethod auth, Path keyPath) {
        return new ConnectionProfile(name, ConnectionKind.SSH, host, port, user, auth, keyPath, null,
                null, null, DEFAULT_KEEP_ALIVE);
    }

    public ConnectionProfile withJumpProfile(String jump) {
        return new ConnectionProfile(name, kind, host, port, user, auth, keyPath, jump,
                connectTimeout, commandTimeout, keepAlive);
    }

    public ConnectionProfile withTimeouts(Duration connect, Duration command) {
        return new ConnectionProfile(name, kind, host, port, user, auth, keyPath, jumpProfile, connect, command, keepAlive);
    }

    public Optional<String> jump() {
        return Optional.ofNullable(jumpProfile).filter(s -> !s.isBlank());
    }

    /** {@code user@host:port}, for messages and evidence. */
    public String address() {
        return kind == ConnectionKind.LOCAL ? "local" : user + "@" + host + ":" + port;
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value == null || value.isZero() || value.isNegative() ? fallback : value;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("connection profile needs a " + what);
        }
    }
}
