package io.drillbook.app.demo;

import io.drillbook.app.AppContext;
import io.drillbook.app.platform.FreezesChanged;
import io.drillbook.ui.common.AfterLayout;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import io.drillbook.ui.shell.MainWindow;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's side of the demo: nothing of it is seeded before the first screen. The workspace
 * (systems, calendar, plans, playbook) and its history (a year of backups, past drills and a
 * playbook run) are prepared behind the first screen: the main window is up (navigation, status
 * bar), its screen area covered by a notice saying so until the demo is there, then the shown
 * screen is reloaded and the calendar and status bar hear that the freezes changed.
 */
public final class DemoInBackground {
    private static final Logger LOGGER = LoggerFactory.getLogger(DemoInBackground.class);
    static final String PREPARING = "Preparing the demo data: systems, calendar, a year of backups, past drills and a playbook run. "
            + "Screens fill in when it is ready.";

    private final AppContext ctx;
    private final DemoSeeding seeding;
    private final boolean pending;

    private DemoInBackground(AppContext ctx, DemoSeeding seeding, boolean pending) {
        this.ctx = ctx;
        this.seeding = seeding;
        this.pending = pending;
    }

    /** On the opening thread (never the FX thread): whether the demo is still to be prepared (an empty store, or its history missing). */
    public static DemoInBackground prepare(AppContext ctx) {
        if (ctx.platform().database().isPostgres()) {
            return new DemoInBackground(ctx, null, false);
        }
        DemoSeeding seeding = new DemoSeeding(ctx);
        return new DemoInBackground(ctx, seeding, ctx.calendar().workspaceService().isEmpty() || seeding.historyPending());
    }

    /** True when the demo (its workspace, its history or both) had still to be prepared when the store was opened. */
    public boolean pending() {
        return pending;
    }

    /**
     * In the background behind {@code main}: the demo tools' paths checked, and the workspace and
     * history prepared when they are pending (the screens covered by a notice meanwhile); {@code whenDone} runs on the FX thread after.
     */
    public void fillBehind(MainWindow main, TaskRunner runner, Runnable whenDone) {
        if (seeding == null) {
            whenDone.run();
            return;
        }
        if (!pending) {
            AfterLayout.nextPulse(main.getScene(), () -> BackgroundTask.of(() -> {
                        seeding.repairToolPaths();
                        return Boolean.TRUE;
                    })
                    .titled("check the demo tools")
                    .onSuccess(done -> whenDone.run())
                    .onFailure(e -> whenDone.run())
                    .runWith(runner));
            return;
        }
        // The screens are covered while their data is prepared: no screen shows an empty state that is not true.
        Label words = new Label(PREPARING);
        words.setWrapText(true);
        words.setMaxWidth(460);
        ProgressIndicator spinner = new ProgressIndicator();
        VBox cover = new VBox(16, spinner, words);
        cover.setId("demo-preparing");
        cover.getStyleClass().add("demo-preparing");
        Node screens = main.getCenter();
        main.setCenter(new StackPane(screens, cover));
        AfterLayout.nextPulse(main.getScene(), () -> BackgroundTask.of(() -> {
                    seeding.seedAllIfEmpty();
                    seeding.repairToolPaths();
                    ctx.platform().events().publish(new FreezesChanged());
                    return Boolean.TRUE;
                })
                .titled("prepare demo data")
                .onSuccess(done -> {
                    main.setCenter(screens);
                    main.refreshCurrent();
                    whenDone.run();
                })
                .onFailure(e -> {
                    LOGGER.error("Cannot prepare the demo data", e);
                    spinner.setVisible(false);
                    words.setText("The demo data could not be prepared: " + e.getMessage());
                })
                .runWith(runner));
    }
}
