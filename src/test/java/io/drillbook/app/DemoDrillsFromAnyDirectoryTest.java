package io.drillbook.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
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
 * The demo drills work whichever directory drillbook is started from: the workspace is seeded by a
 * first start in one directory (with a relative class path and a relative data folder, as
 * {@code java -jar target/drillbook.jar --data-dir data} gives), then the drills run from another.
 */
class DemoDrillsFromAnyDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void demoDrillsSeededFromOneDirectoryRunFromAnother() throws Exception {
        Path first = Files.createDirectories(tmp.resolve("first"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere").resolve("two levels deeper"));
        String relativeClassPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(e -> first.relativize(Path.of(e).toAbsolutePath()).toString()).collect(Collectors.joining(File.pathSeparator));

        Result seeded = drillbook(first, relativeClassPath, "--data-dir", "data", "drill", "list");
        assertThat(seeded.status()).as(seeded.output()).isZero();

        String data = first.resolve("data").toString();
        Result sql = drillbook(elsewhere, System.getProperty("java.class.path"), "--data-dir", data,
                "drill", "run", "demo: payments database restore", "--confirm-manual");
        Result files = drillbook(elsewhere, System.getProperty("java.class.path"), "--data-dir", data,
                "drill", "run", "demo: catalog files restore");

        assertThat(sql.status()).as(sql.output()).isZero();
        assertThat(sql.output()).contains("Schema version", "PASSED");
        assertThat(files.status()).as(files.output()).isZero();
        assertThat(elsewhere.resolve("data")).doesNotExist();
    }

    record Result(int status, String output) {
    }

    private static Result drillbook(Path directory, String classPath, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classPath, Launcher.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(directory.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("drillbook ended").isTrue();
        return new Result(p.exitValue(), out);
    }
}
