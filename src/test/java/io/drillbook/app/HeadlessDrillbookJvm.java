package io.drillbook.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code drillbook SUBCOMMAND...} as a pipeline or another machine runs it: the real
 * {@link Launcher} in a JVM of its own, on this test run's class path. Its standard output is
 * read line by line and every line kept, so a test can wait for a line and show what came before.
 */
final class HeadlessDrillbookJvm implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final List<String> lines = new ArrayList<>();

    private HeadlessDrillbookJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static HeadlessDrillbookJvm start(String operator, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("DRILLBOOK_OPERATOR", operator);
        return new HeadlessDrillbookJvm(builder.start());
    }

    /** Reads output until a line starts with {@code prefix}; false when the output ends first or 90 s pass. */
    boolean awaitLineStartingWith(String prefix) throws Exception {
        return CompletableFuture.supplyAsync(() -> readUntil(line -> line.startsWith(prefix))).get(90, TimeUnit.SECONDS);
    }

    private boolean readUntil(Predicate<String> wanted) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                }
                if (wanted.test(line)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Types a line on its standard input. */
    void answer(String line) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Waits for it to exit; returns the exit status and keeps the rest of its output. */
    int exitStatus() throws Exception {
        CompletableFuture.runAsync(() -> readUntil(line -> false)).get(90, TimeUnit.SECONDS);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("drillbook did not exit within 60 s");
        }
        return process.exitValue();
    }

    /** Kills it as a power cut would: no shutdown hooks, no goodbye to the server. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
