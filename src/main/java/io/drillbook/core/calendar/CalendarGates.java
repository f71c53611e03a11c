package io.drillbook.core.calendar;

import io.drillbook.core.model.Release;
import io.drillbook.core.workspace.WorkspaceRepository;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The calendar gates: no freeze or active recovery, no backup-window overlap, CAB approval. */
final class CalendarGates {
    private final WorkspaceRepository workspace;
    private final RecurrenceExpander expander;

    CalendarGates(WorkspaceRepository workspace, RecurrenceExpander expander) {
        this.workspace = workspace;
        this.expander = expander;
    }

    List<GateResult> evaluate(GateWindow w) {
        CalendarIndex index = CalendarIndex.build(expander, workspace.backupWindows(), workspace.freezes(), List.of(), w.start(), w.end());
        return List.of(freeze(w, index), backupWindow(w, index), cab(w));
    }

    private static GateResult freeze(GateWindow w, CalendarIndex index) {
        List<CalendarIndex.FreezeHit> hits = index.freezes(w.target().environment(), w.start(), w.end());
        String span = Times.utcRange(w.start(), w.end());
        if (hits.isEmpty()) {
            return new GateResult(Gate.FREEZE, w.target(), GateStatus.PASS,
                    "no freeze or active recovery for " + w.target().environment() + " overlaps " + span, Map.of());
        }
        CalendarIndex.FreezeHit hit = hits.get(0);
        String what = hit.freeze().activeRecovery() ? "active recovery '" : "freeze '";
        return new GateResult(Gate.FREEZE, w.target(), GateStatus.FAIL, span + " falls in " + what + hit.freeze().name() + "' ("
                + Times.localRange(hit.occurrence(), hit.freeze().when().zone()) + ")",
                Map.of("freeze", hit.freeze().name(), "activeRecovery", hit.freeze().activeRecovery()));
    }

    private static GateResult backupWindow(GateWindow w, CalendarIndex index) {
        List<CalendarIndex.WindowHit> hits = index.backupWindows(w.target(), w.start(), w.end());
        String span = Times.utcRange(w.start(), w.end());
        if (hits.isEmpty()) {
            return new GateResult(Gate.BACKUP_WINDOW, w.target(), GateStatus.PASS, "no backup window of " + w.target() + " overlaps " + span, Map.of());
        }
        CalendarIndex.WindowHit hit = hits.get(0);
        return new GateResult(Gate.BACKUP_WINDOW, w.target(), GateStatus.FAIL, span + " overlaps backup window '" + hit.window().name()
                + "' (" + Times.localRange(hit.occurrence(), hit.window().when().zone()) + ")", Map.of("backupWindow", hit.window().name()));
    }

    private static GateResult cab(GateWindow w) {
        if (w.release().isEmpty()) {
            return new GateResult(Gate.CAB_APPROVAL, w.target(), GateStatus.PASS, "no release named; CAB approval is checked per release", Map.of());
        }
        Release r = w.release().get();
        String risk = r.risk().name().toLowerCase(Locale.ROOT);
        if (!r.risk().needsCabApproval()) {
            return new GateResult(Gate.CAB_APPROVAL, w.target(), GateStatus.PASS, r.id() + " is a " + risk + " change; no CAB approval needed", Map.of("risk", risk));
        }
        if (r.cab() == null) {
            return new GateResult(Gate.CAB_APPROVAL, w.target(), GateStatus.FAIL, r.id() + " is a " + risk + " change and has no CAB approval", Map.of("risk", risk));
        }
        Map<String, Object> data = Map.of("risk", risk, "approvedBy", r.cab().approvedBy(), "approvedAt", r.cab().approvedAt().toString());
        boolean inTime = !r.cab().approvedAt().isAfter(r.start());
        String reason = r.id() + " was approved by " + r.cab().approvedBy() + " at " + Times.utc(r.cab().approvedAt())
                + (inTime ? "" : ", after its window started at " + Times.utc(r.start()));
        return new GateResult(Gate.CAB_APPROVAL, w.target(), inTime ? GateStatus.PASS : GateStatus.FAIL, reason, data);
    }
}
