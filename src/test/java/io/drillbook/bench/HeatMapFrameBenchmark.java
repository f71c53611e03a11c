package io.drillbook.bench;

import io.drillbook.ui.heatmap.CellStatus;
import io.drillbook.ui.heatmap.HeatMapCanvas;
import io.drillbook.ui.heatmap.HeatMapData;
import io.drillbook.ui.heatmap.HeatMapPane;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One full frame of the heat map for 1,000 systems by 365 days (the visible rows drawn, runs of
 * equal status merged, then rendered by a snapshot), against drawing every visible cell as its own
 * rectangle in the same canvas.
 */
public final class HeatMapFrameBenchmark implements Benchmark {
    static final int ROWS = 1000;
    static final int DAYS = 365;
    static final int WARMUP = 20;
    static final int ROUNDS = 41;

    private static Object frame(HeatMapCanvas canvas) {
        canvas.draw();
        return canvas.snapshot(null, null);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }

    @Override
    public String name() {
        return "heatmap-frame";
    }

    @Override
    public String description() {
        return "draw + render one heat-map frame, 1,000 rows x 365 days, in a 1280x800 window, vs one rectangle per cell";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        startToolkit();
        HeatMapData data = syntheticData();
        double[] result = onFx(() -> {
            HeatMapPane pane = new HeatMapPane();
            HeatMapCanvas canvas = pane.canvas();
            Stage stage = new Stage();
            stage.setScene(new Scene(pane, 1280, 800));
            stage.show();
            pane.setData(data);
            pane.layout();
            // Alternate the two variants so that load on the machine hits both alike.
            double[] ours = new double[ROUNDS];
            double[] naive = new double[ROUNDS];
            for (int i = 0; i < ROUNDS + WARMUP; i++) {
                canvas.setMergeRuns(true);
                double a = Timing.onceMillis(() -> frame(canvas));
                canvas.setMergeRuns(false);
                double b = Timing.onceMillis(() -> frame(canvas));
                if (i >= WARMUP) {
                    ours[i - WARMUP] = a;
                    naive[i - WARMUP] = b;
                }
            }
            canvas.setMergeRuns(true);
            canvas.setFirstRow(500);
            double scrolled = Timing.medianMillis(5, 21, () -> {
                canvas.setFirstRow(canvas.firstRow() == 500 ? 501 : 500);
                return canvas.snapshot(null, null);
            });
            stage.close();
            return new double[] {median(ours), median(naive), scrolled, canvas.visibleRows()};
        });
        report.note((int) result[3] + " visible rows of " + ROWS + "; goal under 16 ms");
        report.compare("heat map frame (merged runs)", result[0], "one fillRect per cell", result[1], "ms");
        report.figure("scroll by one row (redraw + render)", result[2], "ms");
    }

    static HeatMapData syntheticData() {
        Random random = new Random(42);
        byte[] cells = new byte[ROWS * DAYS];
        CellStatus[] values = CellStatus.values();
        for (int i = 0; i < cells.length; i++) {
            int r = random.nextInt(100);
            cells[i] = (byte) (r < 85 ? 0 : r < 92 ? 1 : r < 95 ? 2 : r < 98 ? 3 : 4);
        }
        return new HeatMapData() {
            public int rowCount() {
                return ROWS;
            }

            public int dayCount() {
                return DAYS;
            }

            public LocalDate firstDay() {
                return LocalDate.of(2025, 11, 21);
            }

            public String rowLabel(int row) {
                return "system-" + row + "/prod";
            }

            public CellStatus status(int row, int day) {
                return values[cells[row * DAYS + day]];
            }

            public String describe(int row, int day) {
                return "";
            }
        };
    }

    static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
    }

    interface FxWork<T> {
        T call() throws Exception;
    }

    static <T> T onFx(FxWork<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }
}
