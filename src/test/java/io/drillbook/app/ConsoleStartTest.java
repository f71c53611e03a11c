package io.drillbook.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console started as a user starts it (the launcher, in a JVM of its own, headless Monocle, with
 * the startup probe): a very first start, then a warm one on the same data folder. Each shows its
 * window, then the workspace with the overview's answers (never its "loading" state), then says the
 * demo is complete, and writes its log file. This is the path of the splash, the overview's first
 * look and the main window replacing the splash, which no screen test takes.
 */
class ConsoleStartTest {
    @TempDir
    Path dir;

    @Test
    void aFirstAndAWarmStartShowTheOverviewsAnswersNotItsLoadingState() throws Exception {
        Path data = dir.resolve("data");
        for (String start : List.of("very first start", "warm start")) {
            List<String> lines = start(data);
            List<String> markers = lines.stream().filter(l -> List.of("FIRST_FRAME", "READY", "DEMO_READY").contains(l)).toList();
            assertThat(markers).as(start + ": " + lines).containsExactly("FIRST_FRAME", "READY", "DEMO_READY");
            String overview = lines.stream().filter(l -> l.startsWith("OVERVIEW ")).findFirst().orElseThrow();
            assertThat(lines.indexOf(overview)).as("what the overview showed is printed before READY").isLessThan(lines.indexOf("READY"));
            if (start.equals("warm start")) {
                // The demo workspace needs attention; the trend covers the last quarter.
                assertThat(overview).matches("OVERVIEW \\d+ items? needs? your attention \\| .* in the last \\d+ days\\..*");
            } else {
                // On a very first start the overview is shown (under the demo's cover) before the demo exists.
                assertThat(overview).doesNotContain("Looking at what needs attention", "Loading the last quarter", "Could not");
            }
        }
        assertThat(data.resolve("logs").resolve("drillbook.log")).as("the product's own log set-up").isNotEmptyFile();
    }

    /** Runs the console until it exits by itself (the probe exits after DEMO_READY); returns what it printed. */
    private static List<String> start(Path data) throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes")) // the product's logging, not the tests'
                .collect(Collectors.joining(File.pathSeparator));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classPath, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Ddrillbook.startupProbe=true", "io.drillbook.app.Launcher", "--data-dir", data.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        return lines;
    }
}
