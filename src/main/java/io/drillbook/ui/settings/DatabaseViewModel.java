package io.drillbook.ui.settings;

import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.settings.DatabaseProbe;
import io.drillbook.ui.common.BackgroundTask;
import io.drillbook.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Choosing the shared database: test a JDBC URL (the password asked for or taken from
 * {@code PGPASSWORD}/{@code ~/.pgpass}, never stored) and use it from the next start.
 */
public final class DatabaseViewModel {
    private final DatabaseProbe probe;
    private final SecretPrompt prompt;
    private final Consumer<String> useAtNextStart;
    private final TaskRunner runner;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty testing = new SimpleBooleanProperty(false);

    public DatabaseViewModel(DatabaseProbe probe, SecretPrompt prompt, Consumer<String> useAtNextStart, TaskRunner runner) {
        this.probe = probe;
        this.prompt = prompt;
        this.useAtNextStart = useAtNextStart;
        this.runner = runner;
    }

    /** Tests the URL; on an authentication failure asks for a password once and tries again. */
    public void test() {
        String target = url.get().trim();
        testing.set(true);
        result.set("Connecting to " + target + " …");
        BackgroundTask.of(() -> {
            DatabaseProbe.Result first = probe.test(target, null);
            if (first.ok() || !first.problem().toLowerCase().contains("password")) {
                return first;
            }
            char[] password = prompt.ask(SecretPrompt.SecretKind.PASSWORD, target).orElse(null);
            try {
                return password == null ? first : probe.test(target, password);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }).titled("test database").onSuccess(r -> {
            testing.set(false);
            result.set(r.ok() ? "OK: " + r.server() + ", round trip " + r.roundTrip().toMillis() + " ms" : "FAILED: " + r.problem());
        }).onFailure(e -> {
            testing.set(false);
            result.set("FAILED: " + e.getMessage());
        }).runWith(runner);
    }

    /** Keeps the URL (never a password) for the next start; an empty URL goes back to the embedded database. */
    public void useAtNextStart() {
        try {
            useAtNextStart.accept(url.get().trim());
            result.set(url.get().isBlank() ? "The embedded database is used from the next start."
                    : "This database is used from the next start (restart Drillbook).");
        } catch (IllegalArgumentException e) {
            result.set("Not saved: " + e.getMessage());
        }
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public BooleanProperty testingProperty() {
        return testing;
    }
}
