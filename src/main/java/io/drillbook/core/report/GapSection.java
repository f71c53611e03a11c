package io.drillbook.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gaps ({@code drill.gap}, {@code playbook.gap}) with where they stand: the latest
 * {@code <kind>.progress} or {@code <kind>.closed} event naming the gap by {@code gapSeq}.
 */
final class GapSection {
    private GapSection() {
    }

    static List<GapEntry> gaps(List<EventFields> events, Map<String, String> runTargets, Instant asOf) {
        Map<String, EventFields> latestChange = new HashMap<>();
        for (EventFields f : events) {
            if (f.kind().endsWith(".gap.progress") || f.kind().endsWith(".gap.closed")) {
                latestChange.put(f.text("gapSeq"), f);
            }
        }
        List<GapEntry> out = new ArrayList<>();
        for (EventFields f : events) {
            if (f.kind().endsWith(".gap")) {
                out.add(entry(f, latestChange.get(Long.toString(f.event().seq())), runTargets, asOf));
            }
        }
        out.sort(Comparator.comparingLong(GapEntry::seq));
        return out;
    }

    static GapEntry entry(EventFields f, EventFields change, Map<String, String> runTargets, Instant asOf) {
        String target = ChainSections.targetOf(f, runTargets);
        String[] parts = target.isEmpty() ? new String[] {"", ""} : target.split("/", 2);
        String status = change == null ? "OPEN" : change.kind().endsWith(".closed") ? "CLOSED" : "IN_PROGRESS";
        String due = f.text("dueDate", "due");
        String runId = f.text("runId");
        return new GapEntry(f.event().seq(), f.event().time(), runId.isEmpty() ? f.event().subject() : runId, parts[0],
                parts[1], f.text("description", "gap", "detail"), f.text("owner"), due, status,
                change == null ? "" : change.event().actor(), change == null ? null : change.event().time(),
                change == null ? "" : change.text("note"), !"CLOSED".equals(status) && isPast(due, asOf));
    }

    private static boolean isPast(String due, Instant asOf) {
        if (due.isEmpty() || asOf == null) {
            return false;
        }
        try {
            LocalDate day = due.length() > 10 ? Instant.parse(due).atZone(ZoneOffset.UTC).toLocalDate() : LocalDate.parse(due);
            return day.isBefore(asOf.atZone(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
