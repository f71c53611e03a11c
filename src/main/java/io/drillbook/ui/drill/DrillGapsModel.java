package io.drillbook.ui.drill;

import io.drillbook.core.drill.DrillResult;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gaps (description, owner, due date) and notes the operator records after a drill; each gap
 * becomes a {@code drill.gap} evidence event and the notes a {@code drill.notes} event, both with
 * the run id as subject. {@link #evidenceSeqProperty()} then holds the run's {@code drill.finished} event.
 */
public final class DrillGapsModel {
    private final DrillWizardServices services;
    private final ObservableList<DrillGap> gaps = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    private final LongProperty evidenceSeq = new SimpleLongProperty(-1);

    DrillGapsModel(DrillWizardServices services) {
        this.services = services;
    }

    void reset() {
        gaps.clear();
        notes.set("");
        evidenceSeq.set(-1);
    }

    /** Adds a gap; throws with what is missing (shown next to the form). */
    public void add(String description, String owner, LocalDate due) {
        gaps.add(new DrillGap(description, owner, due));
    }

    void record(DrillResult result) {
        if (result == null) {
            return;
        }
        String runId = result.runId();
        for (DrillGap gap : gaps) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("system", result.summary().target().system());
            payload.put("environment", result.summary().target().environment());
            payload.put("description", gap.description());
            payload.put("owner", gap.owner());
            payload.put("dueDate", gap.due().toString());
            services.evidence().record("drill.gap", runId, payload);
        }
        if (!notes.get().isBlank()) {
            services.evidence().record("drill.notes", runId, Map.of("notes", notes.get()));
        }
        List<EvidenceEvent> finished = services.evidence().repository()
                .find(EvidenceQuery.all(1).withKindPrefix("drill.finished").withSubjectPrefix(runId));
        evidenceSeq.set(finished.isEmpty() ? -1 : finished.get(0).seq());
    }

    public ObservableList<DrillGap> gaps() {
        return gaps;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public LongProperty evidenceSeqProperty() {
        return evidenceSeq;
    }
}
