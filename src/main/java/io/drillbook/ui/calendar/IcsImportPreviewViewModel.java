package io.drillbook.ui.calendar;

import io.drillbook.core.calendar.EntryKind;
import io.drillbook.core.calendar.IcsImportException;
import io.drillbook.core.calendar.CalendarImporter;
import io.drillbook.core.calendar.IcsProblem;
import io.drillbook.core.calendar.ImportPreview;
import io.drillbook.core.calendar.PreviewEvent;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Arrays;
import java.util.List;

/**
 * The calendar import preview: every event with its recurrence, zone, the kind it will become
 * (and why) and its systems. A person may change any event's kind or systems; the problems of the
 * whole file are re-checked after each change, and nothing can be imported while there is one.
 */
public final class IcsImportPreviewViewModel {
    private final CalendarImporter importer;
    private final ReadOnlyObjectWrapper<ImportPreview> preview;
    private final ObservableList<PreviewEvent> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();

    public IcsImportPreviewViewModel(CalendarImporter importer, ImportPreview preview) {
        this.importer = importer;
        this.preview = new ReadOnlyObjectWrapper<>(preview);
        update(preview);
    }

    public ObservableList<PreviewEvent> rows() {
        return rows;
    }

    /** Problems as "line N: what"; empty when the file can be imported as shown. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public String title() {
        ImportPreview p = preview.get();
        return (p.calendarName().isEmpty() ? p.fileName() : p.calendarName() + " (" + p.fileName() + ")")
                + ": floating times in " + p.zone();
    }

    public void setKind(int row, EntryKind kind) {
        update(preview.get().withKind(row, kind));
    }

    /** Systems (and environments) typed as comma-separated names; blank or "all" environments means every environment. */
    public void setTargets(int row, String systems, String environments) {
        List<String> envs = names(environments);
        update(preview.get().withTargets(row, names(systems), envs.equals(List.of("all")) ? List.of() : envs));
    }

    private static List<String> names(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private void update(ImportPreview changed) {
        preview.set(changed);
        rows.setAll(changed.events());
        try {
            importer.entries(changed);
            problems.clear();
        } catch (IcsImportException e) {
            problems.setAll(e.problems().stream().map(IcsProblem::toString).toList());
        }
        ready.set(problems.isEmpty());
    }
}
