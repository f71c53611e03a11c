package io.drillbook.bench;

import io.drillbook.ui.heatmap.CellStatus;
import io.drillbook.ui.heatmap.HeatMapCanvas;
import io.drillbook.ui.heatmap.HeatMapData;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.StackPane;
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

    @Override
    public String name() {
        return "heatmap-frame";
    }

    @Override
    public String description() {
        return "draw + render one heat-map frame, 1,000 rows x 365 days, 1280x800, vs one rectangle per cell";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        startToolkit();
        HeatMapData data = syntheticData();
        double[] result = onFx(() -> {
            HeatMapCanvas canvas = new HeatMapCanvas();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(canvas), 1280, 800));
            stage.show();
            canvas.resize(1280, 800);
            canvas.dataProperty().set(data);
            double ours = Timing.medianMillis(5, 21, () -> {
                canvas.draw();
                return canvas.snapshot(null, null);
            });
            double naive = Timing.medianMillis(5, 21, () -> {
                drawEveryCell(canvas, data);
                return canvas.snapshot(null, null);
            });
            canvas.setFirstRow(500);
            double scrolled = Timing.medianMillis(5, 21, () -> {
                canvas.setFirstRow(canvas.firstRow() == 500 ? 501 : 500);
                return canvas.snapshot(null, null);
            });
            stage.close();
            return new double[] {ours, naive, scrolled, canvas.visibleRows()};
        });
        report.note((int) result[3] + " visible rows of " + ROWS + "; goal under 16 ms");
        report.compare("heat map frame (merged runs)", result[0], "one fillRect per cell", result[1], "ms");
        report.figure("scroll by one row (redraw + render)", result[2], "ms");
    }

    private static void drawEveryCell(HeatMapCanvas canvas, HeatMapData d) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double w = canvas.cellWidth();
        int last = Math.min(d.rowCount(), canvas.firstRow() + canvas.visibleRows());
        for (int row = canvas.firstRow(); row < last; row++) {
            for (int day = 0; day < d.dayCount(); day++) {
                g.setFill(d.status(row, day).color());
                g.fillRect(170 + day * w, 22 + (row - canvas.firstRow()) * 14 + 1, w, 12);
            }
        }
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
