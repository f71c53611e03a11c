package io.drillbook.infra.ics;

import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabApproval;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns one VEVENT and its recurrence into the calendar entry its {@link EntryKind} says. */
final class EventMapper {
    private EventMapper() {
    }

    static Object entry(IcsEvent e, EntryKind kind, Recurrence when) {
        String summary = e.text("SUMMARY").trim();
        if (summary.isEmpty() && kind != EntryKind.RELEASE) {
            throw new LineException(e.beginLine(), "VEVENT has no SUMMARY; a " + kind.token() + " needs a name");
        }
        try {
            return switch (kind) {
                case CAB -> new CabMeeting(summary, when);
                case FREEZE, RECOVERY -> new Freeze(summary, reason(e), list(e, "X-DRILLBOOK-ENVIRONMENTS"), when, kind == EntryKind.RECOVERY);
                case BACKUP_WINDOW -> new BackupWindow(summary, required(e, "X-DRILLBOOK-SYSTEMS", kind), list(e, "X-DRILLBOOK-ENVIRONMENTS"), when);
                case RELEASE -> release(e, summary, when);
            };
        } catch (LineException le) {
            throw le;
        } catch (RuntimeException ex) {
            throw new LineException(e.beginLine(), kind.token() + " '" + summary + "': " + ex.getMessage());
        }
    }

    private static Release release(IcsEvent e, String summary, Recurrence when) {
        if (when.isRecurring()) {
            throw new LineException(e.first("RRULE").orElseThrow().line(), "a release happens once; it cannot have an RRULE");
        }
        String id = e.first("X-DRILLBOOK-ID").map(ContentLine::value).map(String::trim)
                .orElseThrow(() -> new LineException(e.beginLine(), "a release event needs X-DRILLBOOK-ID"));
        Instant start = ZonedDateTime.ofLocal(when.start(), when.zone(), null).toInstant();
        String title = e.first("X-DRILLBOOK-TITLE").map(l -> IcsEvent.unescape(l.value())).orElse(summary);
        RiskClass risk = RiskClass.valueOf(e.first("X-DRILLBOOK-RISK").map(ContentLine::value).orElse("STANDARD").trim().toUpperCase(Locale.ROOT));
        ReleaseStatus status = ReleaseStatus.valueOf(e.first("X-DRILLBOOK-STATUS").map(ContentLine::value).orElse("PLANNED").trim().toUpperCase(Locale.ROOT));
        CabApproval cab = e.first("X-DRILLBOOK-CAB-BY").map(by -> new CabApproval(IcsEvent.unescape(by.value()),
                Instant.parse(e.first("X-DRILLBOOK-CAB-AT").map(ContentLine::value).orElseThrow(
                        () -> new LineException(by.line(), "X-DRILLBOOK-CAB-BY needs X-DRILLBOOK-CAB-AT"))))).orElse(null);
        return new Release(id, title, required(e, "X-DRILLBOOK-SYSTEMS", EntryKind.RELEASE),
                required(e, "X-DRILLBOOK-ENVIRONMENTS", EntryKind.RELEASE), start, start.plus(when.duration()), risk, cab, status, 0);
    }

    private static String reason(IcsEvent e) {
        String own = e.text("X-DRILLBOOK-REASON");
        return own.isEmpty() ? e.text("DESCRIPTION").trim() : own;
    }

    private static List<String> list(IcsEvent e, String name) {
        return e.first(name).map(l -> Arrays.stream(l.value().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    private static List<String> required(IcsEvent e, String name, EntryKind kind) {
        List<String> values = list(e, name);
        if (values.isEmpty()) {
            throw new LineException(e.beginLine(), "a " + kind.token() + " event needs " + name);
        }
        return values;
    }
}
