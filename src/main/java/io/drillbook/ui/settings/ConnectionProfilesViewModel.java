package io.drillbook.ui.settings;

import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectionProfileRepository;
import io.drillbook.core.connect.ConnectionTest;
import io.drillbook.core.connect.ConnectionTester;
import io.drillbook.core.settings.SettingsService;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Connection profiles: list, save with validation, delete, and test one in the background. */
public final class ConnectionProfilesViewModel {
    private final SettingsService settings;
    private final ConnectionProfileRepository repository;
    private final ConnectionTester tester;
    private final TaskRunner runner;
    private final ObservableList<ConnectionProfile> profiles = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty testResult = new SimpleStringProperty("");
    private final BooleanProperty testing = new SimpleBooleanProperty(false);
    private final AtomicLong testGeneration = new AtomicLong();

    public ConnectionProfilesViewModel(SettingsService settings, ConnectionProfileRepository repository, ConnectionTester tester,
                                       TaskRunner runner) {
        this.settings = settings;
        this.repository = repository;
        this.tester = tester;
        this.runner = runner;
    }

    public void load() {
        BackgroundTask.of(repository::all).titled("load connection profiles")
                .onSuccess(profiles::setAll).onFailure(this::failed).runWith(runner);
    }

    /** Saves the draft when it is valid; returns what is wrong otherwise (nothing saved). */
    public List<String> save(ConnectionDraft draft) {
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            return problems;
        }
        ConnectionProfile profile = draft.toProfile();
        BackgroundTask.of(() -> {
            settings.saveConnection(profile);
            return repository.all();
        }).titled("save connection profile").onSuccess(all -> done(all, "Saved " + profile.name())).onFailure(this::failed).runWith(runner);
        return List.of();
    }

    public void delete(String name) {
        BackgroundTask.of(() -> {
            settings.deleteConnection(name);
            return repository.all();
        }).titled("delete connection profile").onSuccess(all -> done(all, "Deleted " + name)).onFailure(this::failed).runWith(runner);
    }

    /** Tests {@code profile} in the background; unknown host keys are asked about in a dialog. */
    public void test(ConnectionProfile profile) {
        long generation = testGeneration.incrementAndGet();
        testing.set(true);
        testResult.set("Testing " + profile.name() + " (" + profile.address() + ") …");
        BackgroundTask.of(() -> tester.test(profile)).titled("test connection " + profile.name())
                .onSuccess(result -> finishTest(generation, describe(result)))
                .onFailure(e -> finishTest(generation, "FAILED: " + e.getMessage()))
                .runWith(runner);
    }

    /** Stops waiting for the test under way; its result, when it comes, is dropped. */
    public void cancelTest() {
        testGeneration.incrementAndGet();
        testing.set(false);
        testResult.set("Cancelled; the attempt gives up by itself within the profile's connect timeout.");
    }

    private void finishTest(long generation, String text) {
        if (testGeneration.get() == generation) {
            testing.set(false);
            testResult.set(text);
        }
    }

    static String describe(ConnectionTest t) {
        if (t.ok()) {
            return "OK: host key " + t.hostKeyType() + " " + t.hostKeyFingerprint() + ", authenticated by " + t.authMethod()
                    + ", round trip " + t.latency().toMillis() + " ms";
        }
        String key = t.hostKeyFingerprint() == null ? "" : " (host key " + t.hostKeyType() + " " + t.hostKeyFingerprint() + ")";
        return "FAILED at " + t.stage() + ": " + t.problem() + key;
    }

    private void done(List<ConnectionProfile> all, String text) {
        profiles.setAll(all);
        message.set(text);
    }

    private void failed(Throwable e) {
        message.set(e.getMessage());
    }

    public ObservableList<ConnectionProfile> profiles() {
        return profiles;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty testResultProperty() {
        return testResult;
    }

    public BooleanProperty testingProperty() {
        return testing;
    }
}
