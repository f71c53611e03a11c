package io.drillbook.infra.ics;

import io.drillbook.core.calendar.PreviewEvent;


import io.drillbook.core.calendar.EntryKind;
import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabApproval;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.CalendarNote;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.NoteKind;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/** Turns one previewed VEVENT into the calendar entry of its kind; a missing piece is a {@link LineException}. */
final class EventMapper {
    private EventMapper() {
    }

    static Object entry(PreviewEvent p) {
        IcsEvent e = (IcsEvent) p.source();
        EntryKind kind = p.kind();
        String summary = p.title();
        Recurrence when = p.when();
        if (summary.isEmpty() && kind != EntryKind.RELEASE) {
            throw new LineException(e.beginLine(), "VEVENT has no SUMMARY; a " + kind.label().toLowerCase(Locale.ROOT) + " needs a name");
        }
        try {
            return switch (kind) {
                case CAB -> new CabMeeting(summary, when);
                case FREEZE, RECOVERY -> new Freeze(summary, reason(e), p.environments(), when, kind == EntryKind.RECOVERY);
                case BACKUP_WINDOW -> new BackupWindow(summary, required(p, p.systems(), "systems"), p.environments(), when);
                case RELEASE -> release(p, summary, when);
                case MAINTENANCE_WINDOW -> new CalendarNote(NoteKind.MAINTENANCE_WINDOW, summary, p.systems(), p.environments(), reason(e), when);
                case EXTERNAL -> new CalendarNote(NoteKind.EXTERNAL, summary, p.systems(), p.environments(), reason(e), when);
            };
        } catch (LineException le) {
            throw le;
        } catch (RuntimeException ex) {
            throw new LineException(e.beginLine(), kind.token() + " '" + summary + "': " + ex.getMessage());
        }
    }

    private static Release release(PreviewEvent p, String summary, Recurrence when) {
        IcsEvent e = (IcsEvent) p.source();
        if (when.isRecurring()) {
            throw new LineException(e.first("RRULE").orElseThrow().line(), "'" + summary + "' is a release (" + p.kindSource()
                    + ") but recurs; a release happens once: choose another kind");
        }
        String id = e.first("X-DRILLBOOK-ID").map(ContentLine::value).map(String::trim).orElseGet(() -> idFromUid(e));
        Instant start = ZonedDateTime.ofLocal(when.start(), when.zone(), null).toInstant();
        String title = e.first("X-DRILLBOOK-TITLE").map(l -> IcsEvent.unescape(l.value())).orElse(summary);
        RiskClass risk = RiskClass.valueOf(e.first("X-DRILLBOOK-RISK").map(ContentLine::value).orElse("STANDARD").trim().toUpperCase(Locale.ROOT));
        ReleaseStatus status = ReleaseStatus.valueOf(e.first("X-DRILLBOOK-STATUS").map(ContentLine::value).orElse("PLANNED").trim().toUpperCase(Locale.ROOT));
        CabApproval cab = e.first("X-DRILLBOOK-CAB-BY").map(by -> new CabApproval(IcsEvent.unescape(by.value()),
                Instant.parse(e.first("X-DRILLBOOK-CAB-AT").map(ContentLine::value).orElseThrow(
                        () -> new LineException(by.line(), "X-DRILLBOOK-CAB-BY needs X-DRILLBOOK-CAB-AT"))))).orElse(null);
        return new Release(id, title, required(p, p.systems(), "systems"), required(p, p.environments(), "environments"),
                start, start.plus(when.duration()), risk, cab, status, 0);
    }

    /** A release id from the event's UID: its part before '@', letters, digits, '.', '_' and '-' only. */
    private static String idFromUid(IcsEvent e) {
        String uid = e.text("UID").trim();
        String local = uid.contains("@") ? uid.substring(0, uid.indexOf('@')) : uid;
        String id = local.replaceAll("[^A-Za-z0-9._-]", "-");
        if (id.isBlank()) {
            throw new LineException(e.beginLine(), "a release needs X-DRILLBOOK-ID or a UID to take its id from");
        }
        return id.length() > 48 ? id.substring(0, 48) : id;
    }

    private static String reason(IcsEvent e) {
        String own = e.text("X-DRILLBOOK-REASON");
        return own.isEmpty() ? e.text("DESCRIPTION").trim() : own;
    }

    private static List<String> required(PreviewEvent p, List<String> values, String what) {
        if (values.isEmpty()) {
            throw new LineException(p.line(), "'" + p.title() + "' is a " + p.kind().label().toLowerCase(Locale.ROOT) + " (" + p.kindSource()
                    + ") but names no " + what + ": give them (--" + (what.equals("systems") ? "systems" : "env")
                    + ", a mapping file rule, X-DRILLBOOK-" + what.toUpperCase(Locale.ROOT) + " or the preview's column) or choose another kind");
        }
        return values;
    }
}
