package io.drillbook.app.platform;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoriesTest {
    static final Path HOME = Path.of("/home/alice");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataDirectories.resolve(null, Map.of(), "Linux", HOME)).isEqualTo(Path.of("/home/alice/.local/share/drillbook"));
        assertThat(DataDirectories.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME)).isEqualTo(Path.of("/data/drillbook"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectories.resolve(null, Map.of("APPDATA", "/c/Users/alice/AppData/Roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Users/alice/AppData/Roaming/Drillbook"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectories.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/alice/Library/Application Support/Drillbook"));
    }

    @Test
    void optionBeatsEnvironmentBeatsDefault() {
        Map<String, String> env = Map.of(DataDirectories.ENV_OVERRIDE, "/env/dir");
        assertThat(DataDirectories.resolve("/opt/dir", env, "Linux", HOME)).isEqualTo(Path.of("/opt/dir"));
        assertThat(DataDirectories.resolve(null, env, "Linux", HOME)).isEqualTo(Path.of("/env/dir"));
    }
}
