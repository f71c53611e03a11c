package io.drillbook.ui.settings;

import io.drillbook.core.connect.NamingRule;
import io.drillbook.core.connect.ObjectStore;
import io.drillbook.core.connect.ObjectSummary;
import io.drillbook.core.connect.StorageProfile;
import io.drillbook.core.connect.StorageProfileRepository;
import io.drillbook.core.settings.SettingsService;
import io.drillbook.core.work.CancellationToken;
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
import java.util.function.Function;

/**
 * Storage profiles: list, save with validation, delete, and preview a naming rule on the real
 * objects under the prefix before saving (listed in the background, with progress and cancel).
 */
public final class StorageProfilesViewModel {
    private final SettingsService settings;
    private final StorageProfileRepository repository;
    private final Function<StorageProfile, ObjectStore> stores;
    private final TaskRunner runner;
    private final Executor uiThread;
    private final ObservableList<StorageProfile> profiles = FXCollections.observableArrayList();
    private final ObservableList<String> matched = FXCollections.observableArrayList();
    private final ObservableList<String> unmatched = FXCollections.observableArrayList();
    private final StringProperty previewStatus = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty listing = new SimpleBooleanProperty(false);
    private volatile CancellationToken cancel = CancellationToken.none();

    /** @param uiThread where progress reaches the properties (the FX thread in the console) */
    public StorageProfilesViewModel(SettingsService settings, StorageProfileRepository repository,
                                    Function<StorageProfile, ObjectStore> stores, TaskRunner runner, Executor uiThread) {
        this.settings = settings;
        this.repository = repository;
        this.stores = stores;
        this.runner = runner;
        this.uiThread = uiThread;
    }

    public void load() {
        BackgroundTask.of(repository::all).titled("load storage profiles").onSuccess(profiles::setAll)
                .onFailure(e -> message.set(e.getMessage())).runWith(runner);
    }

    public List<String> save(StorageDraft draft) {
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            return problems;
        }
        StorageProfile profile = draft.toProfile();
        BackgroundTask.of(() -> {
            settings.saveStorage(profile);
            return repository.all();
        }).titled("save storage profile").onSuccess(all -> {
            profiles.setAll(all);
            message.set("Saved " + profile.name());
        }).onFailure(e -> message.set(e.getMessage())).runWith(runner);
        return List.of();
    }

    public void delete(String name) {
        BackgroundTask.of(() -> {
            settings.deleteStorage(name);
            return repository.all();
        }).titled("delete storage profile").onSuccess(all -> {
            profiles.setAll(all);
            message.set("Deleted " + name);
        }).onFailure(e -> message.set(e.getMessage())).runWith(runner);
    }

    /** Lists the draft's prefix and sorts the keys by whether its naming rule understands them. */
    public List<String> preview(StorageDraft draft) {
        List<String> problems = draft.problems();
        if (draft.namingRule() == null || draft.namingRule().isBlank()) {
            problems = new java.util.ArrayList<>(problems);
            problems.add("Naming rule: required for a preview");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        StorageProfile profile = draft.toProfile();
        CancellationToken token = new CancellationToken();
        cancel = token;
        listing.set(true);
        matched.clear();
        unmatched.clear();
        previewStatus.set("Listing " + profile.location() + " …");
        BackgroundTask.of(() -> list(profile, token)).titled("preview naming rule")
                .onSuccess(objects -> showPreview(profile, objects))
                .onFailure(e -> finish(token.isCancelled() ? "Listing cancelled" : "Listing failed: " + e.getMessage()))
                .runWith(runner);
        return List.of();
    }

    private List<ObjectSummary> list(StorageProfile profile, CancellationToken token) {
        try (ObjectStore store = stores.apply(profile)) {
            return store.list(profile.prefix(), (done, total, text) ->
                    uiThread.execute(() -> previewStatus.set("Listing " + profile.location() + ": " + done + " objects so far")), token);
        }
    }

    private void showPreview(StorageProfile profile, List<ObjectSummary> objects) {
        NamingRule.Preview preview = new NamingRule(profile.namingRule()).preview(objects.stream().map(ObjectSummary::key).toList());
        preview.matched().forEach(k -> matched.add(k.key() + "  →  " + k.system() + "/" + k.environment() + " at " + k.time()));
        unmatched.setAll(preview.unmatched());
        finish(objects.size() + " objects: " + preview.matched().size() + " match the rule, " + preview.unmatched().size() + " do not");
    }

    private void finish(String status) {
        listing.set(false);
        previewStatus.set(status);
    }

    public void cancelPreview() {
        cancel.cancel();
    }

    public ObservableList<StorageProfile> profiles() {
        return profiles;
    }

    public ObservableList<String> matched() {
        return matched;
    }

    public ObservableList<String> unmatched() {
        return unmatched;
    }

    public StringProperty previewStatusProperty() {
        return previewStatus;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty listingProperty() {
        return listing;
    }
}
