package io.drillbook.ui.calendar;

import io.drillbook.core.model.CabApproval;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The release form: text fields as typed, checked on every change; {@link #problems()} says what
 * is wrong, field by field, and {@link #release()} is present only when nothing is.
 */
public final class ReleaseFormViewModel {
    private final Set<String> knownSystems;
    private final ZoneId zone;
    private final Release original;
    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty systems = new SimpleStringProperty("");
    private final StringProperty environments = new SimpleStringProperty("");
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final ObjectProperty<RiskClass> risk = new SimpleObjectProperty<>(RiskClass.STANDARD);
    private final ObjectProperty<ReleaseStatus> status = new SimpleObjectProperty<>(ReleaseStatus.PLANNED);
    private final StringProperty cabBy = new SimpleStringProperty("");
    private final StringProperty cabAt = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private Release valid;

    /** A form for {@code original}, or for a new release starting at {@code suggestedStart} when it is null. */
    public ReleaseFormViewModel(Release original, Instant suggestedStart, Set<String> knownSystems, ZoneId zone) {
        this.knownSystems = Set.copyOf(knownSystems);
        this.zone = zone;
        this.original = original;
        if (original != null) {
            fill(original);
        } else if (suggestedStart != null) {
            start.set(FormTimes.format(suggestedStart, zone));
            end.set(FormTimes.format(suggestedStart.plusSeconds(3600), zone));
        }
        Observable[] all = {id, title, systems, environments, start, end, risk, status, cabBy, cabAt};
        Arrays.stream(all).forEach(p -> p.addListener(o -> validate()));
        validate();
    }

    private void fill(Release r) {
        id.set(r.id());
        title.set(r.title());
        systems.set(String.join(", ", r.systems()));
        environments.set(String.join(", ", r.environments()));
        start.set(FormTimes.format(r.start(), zone));
        end.set(FormTimes.format(r.end(), zone));
        risk.set(r.risk());
        status.set(r.status());
        if (r.cab() != null) {
            cabBy.set(r.cab().approvedBy());
            cabAt.set(FormTimes.format(r.cab().approvedAt(), zone));
        }
    }

    private void validate() {
        List<String> found = new ArrayList<>();
        String releaseId = id.get().trim();
        if (!releaseId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            found.add("Id: letters, digits, '.', '_' or '-', e.g. REL-1055");
        }
        List<String> sys = FormTimes.list(systems.get());
        List<String> envs = FormTimes.list(environments.get());
        if (sys.isEmpty()) {
            found.add("Systems: name at least one system");
        }
        sys.stream().filter(s -> !knownSystems.isEmpty() && !knownSystems.contains(s))
                .forEach(s -> found.add("Systems: '" + s + "' is not a known system"));
        if (envs.isEmpty()) {
            found.add("Environments: name at least one, e.g. prod");
        }
        Optional<Instant> from = FormTimes.parse(start.get(), zone, "Start", found);
        Optional<Instant> to = FormTimes.parse(end.get(), zone, "End", found);
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            found.add("End: must be after the start");
        }
        CabApproval cab = cab(found);
        valid = found.isEmpty() ? new Release(releaseId, title.get().trim(), sys, envs, from.get(), to.get(), risk.get(), cab,
                status.get(), original == null ? 0 : original.version()) : null;
        problems.set(String.join("\n", found));
    }

    private CabApproval cab(List<String> found) {
        boolean hasWho = !cabBy.get().isBlank();
        boolean hasWhen = !cabAt.get().isBlank();
        if (hasWho != hasWhen) {
            found.add("CAB approval: give both who approved and when, or neither");
            return null;
        }
        if (!hasWho) {
            if (risk.get().needsCabApproval() && status.get() == ReleaseStatus.APPROVED) {
                found.add("CAB approval: a " + risk.get().name().toLowerCase() + " change marked approved needs who and when");
            }
            return null;
        }
        return FormTimes.parse(cabAt.get(), zone, "CAB approved at", found).map(at -> new CabApproval(cabBy.get().trim(), at)).orElse(null);
    }

    public boolean isNew() {
        return original == null;
    }

    /** The release as typed, when it has no problems. */
    public Optional<Release> release() {
        return Optional.ofNullable(valid);
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public StringProperty idProperty() { return id; }
    public StringProperty titleProperty() { return title; }
    public StringProperty systemsProperty() { return systems; }
    public StringProperty environmentsProperty() { return environments; }
    public StringProperty startProperty() { return start; }
    public StringProperty endProperty() { return end; }
    public ObjectProperty<RiskClass> riskProperty() { return risk; }
    public ObjectProperty<ReleaseStatus> statusProperty() { return status; }
    public StringProperty cabByProperty() { return cabBy; }
    public StringProperty cabAtProperty() { return cabAt; }
}
