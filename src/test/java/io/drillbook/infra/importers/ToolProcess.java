package io.drillbook.infra.importers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a real command-line tool for a test (as user postgres when asked and running as root). */
final class ToolProcess {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private ToolProcess() {
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code command}, writes its standard output to {@code out}, and returns the exit status. */
    static int run(List<String> command, Map<String, String> env, Path out, boolean asPostgres) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(asPostgres(command, asPostgres)).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(out.resolveSibling(out.getFileName() + ".err").toFile()));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
        }
        return p.exitValue();
    }

    /** Runs {@code command} and returns its standard output; fails the test with its error output if it exits non-zero. */
    static String ok(List<String> command, Map<String, String> env, Path work, boolean asPostgres) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        int exit = run(command, env, out, asPostgres);
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        if (exit != 0) {
            Path err = out.resolveSibling(out.getFileName() + ".err");
            throw new AssertionError(String.join(" ", command) + " exited " + exit + ": "
                    + (Files.exists(err) ? Files.readString(err) : "") + stdout);
        }
        return stdout;
    }

    static Process start(List<String> command, Path out, boolean asPostgres) throws IOException {
        return new ProcessBuilder(asPostgres(command, asPostgres)).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }

    private static List<String> asPostgres(List<String> command, boolean asPostgres) {
        if (!asPostgres || !ROOT) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    static boolean isRoot() {
        return ROOT;
    }
}
