package io.drillbook.ui.evidence;

import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.report.ReportScope;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/** The Evidence screen's filters: period (UTC days), system, environment, kind, result, actor and free text. */
public final class EvidenceFilters {
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty system = new SimpleStringProperty("");
    private final StringProperty environment = new SimpleStringProperty("");
    private final StringProperty kind = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty actor = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");

    public EvidenceQuery toQuery(int limit) {
        return new EvidenceQuery(from.get() == null ? null : from.get().atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                blankToNull(kind.get()), null, blankToNull(actor.get()), blankToNull(text.get()), limit,
                blankToNull(system.get()), blankToNull(environment.get()), blankToNull(result.get()));
    }

    /** The report scope these filters describe; an open period defaults to the 90 days up to {@code today}. */
    public ReportScope toScope(LocalDate today) {
        LocalDate end = to.get() == null ? today : to.get();
        LocalDate start = from.get() == null ? end.minusDays(89) : from.get();
        return new ReportScope(start, end, oneOrNone(system.get()), oneOrNone(environment.get()));
    }

    private static Set<String> oneOrNone(String value) {
        return value == null || value.isBlank() ? Set.of() : Set.of(value.trim());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty systemProperty() {
        return system;
    }

    public StringProperty environmentProperty() {
        return environment;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty textProperty() {
        return text;
    }
}
