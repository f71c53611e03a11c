package io.drillbook.ui.settings;

import io.drillbook.core.inventory.InventoryRefresher;
import io.drillbook.core.inventory.RefreshOutcome;
import io.drillbook.core.inventory.RefreshSource;
import io.drillbook.core.settings.SettingsService;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.concurrent.Executor;

/** Inventory refresh sources: list, save, delete, and "Refresh now" in the background. */
public final class RefreshSourcesViewModel {
    private final SettingsService settings;
    private final InventoryRefresher refresher;
    private final Runnable onSourcesChanged;
    private final TaskRunner runner;
    private final ObservableList<RefreshSource> sources = FXCollections.observableArrayList();
    private final ObservableList<String> outcomes = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty refreshing = new SimpleBooleanProperty(false);
    private volatile CancellationToken cancel = CancellationToken.none();

    /**
     * @param onSourcesChanged reschedules the periodic refresh after a source was saved or deleted
     * @param uiThread         where outcomes of every refresh, scheduled ones too, reach the list
     */
    public RefreshSourcesViewModel(SettingsService settings, InventoryRefresher refresher, Runnable onSourcesChanged,
                                   TaskRunner runner, Executor uiThread) {
        this.settings = settings;
        this.refresher = refresher;
        this.onSourcesChanged = onSourcesChanged;
        this.runner = runner;
        refresher.onRefreshed(o -> uiThread.execute(() -> outcomes.add(0, o.at() + "  " + o.describe())));
    }

    public void load() {
        BackgroundTask.of(() -> refresher.sources().all()).titled("load refresh sources").onSuccess(sources::setAll)
                .onFailure(e -> message.set(e.getMessage())).runWith(runner);
    }

    public List<String> save(RefreshDraft draft) {
        List<String> problems = draft.problems();
        if (problems.isEmpty()) {
            RefreshSource source = draft.toSource();
            change(() -> settings.saveRefreshSource(source), "Saved " + source.name());
        }
        return problems;
    }

    public void delete(String name) {
        change(() -> settings.deleteRefreshSource(name), "Deleted " + name);
    }

    private void change(Runnable action, String done) {
        BackgroundTask.of(() -> {
            action.run();
            onSourcesChanged.run();
            return refresher.sources().all();
        }).titled("change refresh sources").onSuccess(all -> {
            sources.setAll(all);
            message.set(done);
        }).onFailure(e -> message.set(e.getMessage())).runWith(runner);
    }

    /** Refreshes one source, or all when {@code name} is null. */
    public void refreshNow(String name) {
        CancellationToken token = new CancellationToken();
        cancel = token;
        refreshing.set(true);
        message.set(name == null ? "Refreshing every source …" : "Refreshing " + name + " …");
        BackgroundTask.of(() -> name == null ? refresher.refreshAll(ProgressListener.NONE, token)
                        : List.of(refresher.refresh(name, ProgressListener.NONE, token)))
                .titled("refresh inventory").onSuccess(this::showOutcomes)
                .onFailure(e -> finish(e.getMessage())).runWith(runner);
    }

    private void showOutcomes(List<RefreshOutcome> done) {
        long failed = done.stream().filter(o -> !o.ok()).count();
        finish(done.size() + " refreshed, " + failed + " failed");
    }

    private void finish(String text) {
        refreshing.set(false);
        message.set(text);
    }

    public void cancelRefresh() {
        cancel.cancel();
    }

    public ObservableList<RefreshSource> sources() {
        return sources;
    }

    public ObservableList<String> outcomes() {
        return outcomes;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty refreshingProperty() {
        return refreshing;
    }
}
