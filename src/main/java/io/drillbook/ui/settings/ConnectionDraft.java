package io.drillbook.ui.settings;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionKind;
import io.drillbook.core.connect.ConnectionProfile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection profile as typed into the form, every field text. {@link #problems()} names each
 * field that is wrong and why; {@link #toProfile()} builds the profile once there are none.
 */
public record ConnectionDraft(String name, String host, String port, String user, AuthMethod auth, String keyPath,
                              String jumpProfile, String connectSeconds, String commandMinutes, String keepAliveSeconds) {

    public static ConnectionDraft of(ConnectionProfile p) {
        return new ConnectionDraft(p.name(), p.host(), String.valueOf(p.port()), p.user(), p.auth(),
                p.keyPath() == null ? "" : p.keyPath().toString(), p.jump().orElse(""),
                String.valueOf(p.connectTimeout().toSeconds()), String.valueOf(p.commandTimeout().toMinutes()),
                String.valueOf(p.keepAlive().toSeconds()));
    }

    public static ConnectionDraft blank() {
        return new ConnectionDraft("", "", "22", System.getProperty("user.name", ""), AuthMethod.AGENT, "", "", "15", "30", "30");
    }

    /** What is wrong, one line per field; empty when the draft makes a valid profile. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        requireText(problems, "Name", name);
        requireText(problems, "Host", host);
        requireText(problems, "User", user);
        number(problems, "Port", port, 1, 65_535);
        number(problems, "Connect timeout (s)", connectSeconds, 1, 3_600);
        number(problems, "Command timeout (min)", commandMinutes, 1, 7 * 24 * 60);
        number(problems, "Keep-alive (s)", keepAliveSeconds, 0, 3_600);
        if (auth == null) {
            problems.add("Authentication: choose key, agent or password");
        } else if (auth == AuthMethod.KEY && blank(keyPath)) {
            problems.add("Key file: key authentication needs a private key file");
        }
        if (!blank(jumpProfile) && jumpProfile.strip().equals(text(name))) {
            problems.add("Jump host: a profile cannot jump through itself");
        }
        return problems;
    }

    public ConnectionProfile toProfile() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new ConnectionProfile(text(name), ConnectionKind.SSH, text(host), Integer.parseInt(text(port)), text(user), auth,
                auth == AuthMethod.KEY ? Path.of(text(keyPath)) : null, blank(jumpProfile) ? null : text(jumpProfile),
                Duration.ofSeconds(Long.parseLong(text(connectSeconds))), Duration.ofMinutes(Long.parseLong(text(commandMinutes))),
                Duration.ofSeconds(Long.parseLong(text(keepAliveSeconds))));
    }

    private static void requireText(List<String> problems, String field, String value) {
        if (blank(value)) {
            problems.add(field + ": required");
        }
    }

    private static void number(List<String> problems, String field, String value, long min, long max) {
        try {
            long n = Long.parseLong(text(value));
            if (n < min || n > max) {
                problems.add(field + ": must be " + min + ".." + max + ", was " + n);
            }
        } catch (NumberFormatException e) {
            problems.add(field + ": '" + text(value) + "' is not a whole number");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
