package io.drillbook.app.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Drillbook keeps its data by default: the operating system's usual per-user folder.
 * Linux: {@code $XDG_DATA_HOME/drillbook} or {@code ~/.local/share/drillbook}; Windows:
 * {@code %APPDATA%\Drillbook}; macOS: {@code ~/Library/Application Support/Drillbook}.
 * {@code --data-dir} and {@code DRILLBOOK_DATA_DIR} override it, in that order.
 */
public final class DataDirectories {
    public static final String ENV_OVERRIDE = "DRILLBOOK_DATA_DIR";

    private DataDirectories() {
    }

    public static Path resolve(String cliOption, Map<String, String> env, String osName, Path home) {
        if (cliOption != null && !cliOption.isBlank()) {
            return Path.of(cliOption).toAbsolutePath();
        }
        String override = env.get(ENV_OVERRIDE);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return defaultFor(osName, env, home);
    }

    public static Path resolve(String cliOption) {
        return resolve(cliOption, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    static Path defaultFor(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Drillbook");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Drillbook");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("drillbook");
    }
}
