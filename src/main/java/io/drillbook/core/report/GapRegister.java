package io.drillbook.core.report;

import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.EvidenceQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gaps found by drills and playbook runs, with their status. A gap is an event whose kind ends
 * in {@code .gap}; its status changes are later events {@code <kind>.progress} and
 * {@code <kind>.closed} naming it by {@code gapSeq}, so the history of each gap is evidence too.
 */
public final class GapRegister {
    static final List<String> GAP_KINDS = List.of("drill.gap", "playbook.gap");
    static final int LIMIT = 10_000;

    /** Where a gap stands. */
    public enum Status { OPEN, IN_PROGRESS, CLOSED }

    /** A gap with its latest status, who set it, when, and the note given. */
    public record TrackedGap(GapEntry gap, String kind, Status status, String note, String updatedBy, Instant updatedAt) {
    }

    private final EvidenceLog log;
    private final io.drillbook.core.team.Authorizer access;

    /** For tools and tests that run without roles. */
    public GapRegister(EvidenceLog log) {
        this(log, io.drillbook.core.team.Authorizer.UNRESTRICTED);
    }

    /** @param access changing a gap's status needs {@code TRACK_GAPS} of the log's current actor */
    public GapRegister(EvidenceLog log, io.drillbook.core.team.Authorizer access) {
        this.log = log;
        this.access = access;
    }

    /** Every gap, newest first. */
    public List<TrackedGap> all() {
        List<TrackedGap> out = new ArrayList<>();
        for (String kind : GAP_KINDS) {
            Map<Long, EvidenceEvent> latestChange = latestChanges(kind);
            for (EvidenceEvent e : log.repository().find(EvidenceQuery.all(LIMIT).withKindPrefix(kind))) {
                if (e.kind().equals(kind)) {
                    out.add(track(kind, GapSection.entry(new EventFields(e), null, Map.of(), null), latestChange.get(e.seq())));
                }
            }
        }
        out.sort(Comparator.comparingLong((TrackedGap g) -> g.gap().seq()).reversed());
        return out;
    }

    public void markInProgress(TrackedGap gap, String note) {
        change(gap, ".progress", note == null ? "" : note);
    }

    /** Closing needs a note saying how the gap was closed. */
    public void close(TrackedGap gap, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("closing a gap needs a note saying how it was closed");
        }
        change(gap, ".closed", note);
    }

    private void change(TrackedGap gap, String suffix, String note) {
        access.require(log.currentActor(), io.drillbook.core.team.Action.TRACK_GAPS);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("gapSeq", Long.toString(gap.gap().seq()));
        payload.put("description", gap.gap().description());
        payload.put("note", note);
        log.record(gap.kind() + suffix, gap.gap().runId(), payload);
    }

    private Map<Long, EvidenceEvent> latestChanges(String kind) {
        Map<Long, EvidenceEvent> latest = new HashMap<>();
        for (EvidenceEvent e : log.repository().find(EvidenceQuery.all(LIMIT).withKindPrefix(kind + "."))) {
            Object seq = CanonicalJson.readMap(e.payload()).get("gapSeq");
            if (seq != null) {
                latest.merge(Long.parseLong(seq.toString()), e, (a, b) -> a.seq() > b.seq() ? a : b);
            }
        }
        return latest;
    }

    private static TrackedGap track(String kind, GapEntry gap, EvidenceEvent change) {
        if (change == null) {
            return new TrackedGap(gap, kind, Status.OPEN, "", "", gap.recordedAt());
        }
        Status status = change.kind().endsWith(".closed") ? Status.CLOSED : Status.IN_PROGRESS;
        Object note = CanonicalJson.readMap(change.payload()).get("note");
        return new TrackedGap(gap, kind, status, note == null ? "" : note.toString(), change.actor(), change.time());
    }
}
