package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.RecurrencePreview;
import io.drillbook.core.calendar.RecurrenceRuleException;
import io.drillbook.core.calendar.RecurrenceRuleParser;
import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Recurrence;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The form for a backup window, CAB meeting or freeze, one-off or recurring (RRULE, EXDATE, time
 * zone). On every change it shows the next occurrences ({@link RecurrencePreview}) or, inline under
 * the rule, what is wrong with it and where.
 */
public final class RecurringEntryFormViewModel {
    /** What the form edits. */
    public enum Kind {
        BACKUP_WINDOW("Backup window"), CAB_MEETING("CAB meeting"), FREEZE("Freeze");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    static final int PREVIEW = 5;

    private final Kind kind;
    private final Clock clock;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty systems = new SimpleStringProperty("");
    private final StringProperty environments = new SimpleStringProperty("");
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty duration = new SimpleStringProperty("PT1H");
    private final StringProperty zone = new SimpleStringProperty(java.time.ZoneId.systemDefault().getId());
    private final StringProperty rrule = new SimpleStringProperty("");
    private final StringProperty exdates = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty activeRecovery = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper ruleError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private Object valid;

    public RecurringEntryFormViewModel(Kind kind, Object existing, Clock clock) {
        this.kind = kind;
        this.clock = clock;
        start.set(FormTimes.format(LocalDateTime.now(clock).withMinute(0).withSecond(0).withNano(0).plusHours(1)));
        if (existing != null) {
            fill(existing);
        }
        Observable[] all = {name, systems, environments, start, duration, zone, rrule, exdates, reason, activeRecovery};
        Arrays.stream(all).forEach(p -> p.addListener(o -> validate()));
        validate();
    }

    private void fill(Object existing) {
        Recurrence when = recurrenceOf(existing);
        if (existing instanceof BackupWindow w) {
            name.set(w.name());
            systems.set(String.join(", ", w.systems()));
            environments.set(String.join(", ", w.environments()));
        } else if (existing instanceof CabMeeting m) {
            name.set(m.title());
        } else if (existing instanceof Freeze f) {
            name.set(f.name());
            environments.set(String.join(", ", f.environments()));
            reason.set(f.reason());
            activeRecovery.set(f.activeRecovery());
        }
        start.set(FormTimes.format(when.start()));
        duration.set(when.duration().toString());
        zone.set(when.zone().getId());
        rrule.set(when.rrule() == null ? "" : when.rrule());
        exdates.set(String.join(", ", when.exdates().stream().map(FormTimes::format).toList()));
    }

    private void validate() {
        List<String> found = new ArrayList<>();
        ruleError.set(checkRule());
        if (!ruleError.get().isEmpty()) {
            found.add("Rule: " + ruleError.get());
        }
        if (name.get().isBlank()) {
            found.add("Name: required");
        }
        if (kind == Kind.BACKUP_WINDOW && FormTimes.list(systems.get()).isEmpty()) {
            found.add("Systems: a backup window covers at least one system");
        }
        Optional<Recurrence> when = RecurrenceFields.read(start.get(), duration.get(), zone.get(), ruleError.get().isEmpty() ? rrule.get() : null,
                exdates.get(), found);
        valid = found.isEmpty() ? entry(when.orElseThrow()) : null;
        preview.setAll(found.isEmpty() ? new RecurrencePreview().describeNext(when.get(), PREVIEW, clock.instant()) : List.of());
        problems.set(String.join("\n", found));
    }

    private String checkRule() {
        String text = rrule.get().trim();
        if (text.isEmpty()) {
            return "";
        }
        try {
            RecurrenceRuleParser.parse(text);
            return text.toUpperCase().matches(".*FREQ=(SECONDLY|MINUTELY).*") ? "entries repeat at most hourly (FREQ=HOURLY or slower)" : "";
        } catch (RecurrenceRuleException e) {
            return e.getMessage();
        }
    }

    private Object entry(Recurrence when) {
        return switch (kind) {
            case BACKUP_WINDOW -> new BackupWindow(name.get().trim(), FormTimes.list(systems.get()), FormTimes.list(environments.get()), when);
            case CAB_MEETING -> new CabMeeting(name.get().trim(), when);
            case FREEZE -> new Freeze(name.get().trim(), reason.get(), FormTimes.list(environments.get()), when, activeRecovery.get());
        };
    }

    static Recurrence recurrenceOf(Object entry) {
        if (entry instanceof BackupWindow w) {
            return w.when();
        } else if (entry instanceof CabMeeting m) {
            return m.when();
        } else if (entry instanceof Freeze f) {
            return f.when();
        }
        throw new IllegalArgumentException("not a calendar entry: " + entry);
    }

    /** The entry as typed ({@code BackupWindow}, {@code CabMeeting} or {@code Freeze}), when the form has no problems. */
    public Optional<Object> entry() {
        return Optional.ofNullable(valid);
    }

    public Kind kind() { return kind; }
    public String name() { return name.get().trim(); }
    public StringProperty nameProperty() { return name; }
    public StringProperty systemsProperty() { return systems; }
    public StringProperty environmentsProperty() { return environments; }
    public StringProperty startProperty() { return start; }
    public StringProperty durationProperty() { return duration; }
    public StringProperty zoneProperty() { return zone; }
    public StringProperty rruleProperty() { return rrule; }
    public StringProperty exdatesProperty() { return exdates; }
    public StringProperty reasonProperty() { return reason; }
    public BooleanProperty activeRecoveryProperty() { return activeRecovery; }
    public ReadOnlyStringProperty ruleErrorProperty() { return ruleError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemsProperty() { return problems.getReadOnlyProperty(); }
    public ObservableList<String> preview() { return preview; }
}
