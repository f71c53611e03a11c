package io.drillbook.ui.settings;

import io.drillbook.core.connect.KnownHostKey;
import io.drillbook.core.connect.KnownHostsStore;
import io.drillbook.core.settings.SettingsService;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The host keys Drillbook trusts (its own known-hosts file): review and remove. */
public final class KnownHostsViewModel {
    private final KnownHostsStore store;
    private final SettingsService settings;
    private final TaskRunner runner;
    private final ObservableList<KnownHostKey> keys = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public KnownHostsViewModel(KnownHostsStore store, SettingsService settings, TaskRunner runner) {
        this.store = store;
        this.settings = settings;
        this.runner = runner;
    }

    public void load() {
        BackgroundTask.of(store::list).titled("load known host keys").onSuccess(keys::setAll)
                .onFailure(e -> message.set(e.getMessage())).runWith(runner);
    }

    public void remove(KnownHostKey key) {
        BackgroundTask.of(() -> {
            settings.removeHostKey(key);
            return store.list();
        }).titled("remove host key").onSuccess(list -> {
            keys.setAll(list);
            message.set("Removed " + key.keyType() + " key of " + key.hostPattern() + "; the next connection asks again.");
        }).onFailure(e -> message.set(e.getMessage())).runWith(runner);
    }

    public ObservableList<KnownHostKey> keys() {
        return keys;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
