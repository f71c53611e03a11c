package io.drillbook.app;

import io.drillbook.ui.common.AfterLayout;
import io.drillbook.ui.overview.OverviewScreen;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the cold-start benchmark only: with {@code -Ddrillbook.startupProbe=true} the console prints
 * {@code FIRST_FRAME} after its first frame, {@code READY} once the workspace is on screen (the
 * overview's items and trend laid out, not its "loading" state; an {@code OVERVIEW} line before it
 * says what the overview showed),
 * {@code DEMO_READY} once the demo data is complete (at once when there was nothing to prepare),
 * and exits after both.
 */
public final class StartupProbe {
    private static final boolean ENABLED = Boolean.getBoolean("drillbook.startupProbe");
    private static final java.util.concurrent.atomic.AtomicInteger AWAITED = new java.util.concurrent.atomic.AtomicInteger(2);

    private static final long JVM_START_MS = ENABLED ? ProcessHandle.current().info().startInstant()
            .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis()) : 0;

    private StartupProbe() {
    }

    /** A point of the start-up timeline: {@code MARK name ms-since-JVM-start thread} (probe only). */
    public static void mark(String name) {
        if (ENABLED) {
            System.out.println("MARK " + name + " " + (System.currentTimeMillis() - JVM_START_MS) + " " + Thread.currentThread().getName()
                    + " cpu=" + threadCpuMillis());
        }
    }

    static void afterFirstFrame(Scene scene) {
        if (ENABLED) {
            AfterLayout.nextPulse(scene, () -> System.out.println("FIRST_FRAME"));
        }
    }

    /**
     * Call once {@code overview} shows what needs attention and the trend, laid out (not its "loading"
     * state): prints {@code OVERVIEW headline | trend summary}, then {@code READY}.
     */
    static void workspaceShown(OverviewScreen overview) {
        if (ENABLED) {
            mark("ready-pulse");
            System.out.println("OVERVIEW " + overview.model().headlineProperty().get() + " | " + overview.model().trendSummaryProperty().get());
            print("READY");
        }
    }

    static void afterDemoReady() {
        if (ENABLED) {
            print("DEMO_READY");
        }
    }

    /** CPU time of the calling thread in ms (Linux, 10 ms steps), -1 elsewhere: the timeline's figures without other load. */
    private static long threadCpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void print(String marker) {
        System.out.println(marker);
        System.out.flush();
        if (AWAITED.decrementAndGet() == 0) {
            Platform.exit();
        }
    }
}
