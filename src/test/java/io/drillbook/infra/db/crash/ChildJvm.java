package io.drillbook.infra.db.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A JVM of its own on this run's class path, its standard output kept line by line as it comes. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Object changed = new Object();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "child-jvm-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Class<?> main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DRILLBOOK_OPERATOR", "crash-harness");
        return new ChildJvm(builder.start());
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                synchronized (changed) {
                    lines.add(line);
                    changed.notifyAll();
                }
            }
        } catch (IOException ignored) {
            // the process was killed mid-line: what came whole is kept
        } finally {
            synchronized (changed) {
                ended.countDown();
                changed.notifyAll();
            }
        }
    }

    /** Waits until a line matches; false when the output ends first or the time runs out. */
    boolean awaitLine(Predicate<String> wanted, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (changed) {
            while (lines.stream().noneMatch(wanted)) {
                long left = deadline - System.currentTimeMillis();
                if (ended.getCount() == 0 || left <= 0) {
                    return false;
                }
                changed.wait(left);
            }
            return true;
        }
    }

    /** SIGKILL: no shutdown hook, no close, no flush. Returns false if it had already ended by itself. */
    boolean kill() throws InterruptedException {
        boolean alive = process.isAlive();
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
        ended.await(10, TimeUnit.SECONDS);
        return alive;
    }

    int waitForExit(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("child JVM did not exit within " + timeoutSeconds + " s; printed " + lines());
        }
        ended.await(10, TimeUnit.SECONDS);
        return process.exitValue();
    }

    List<String> lines() {
        synchronized (changed) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
