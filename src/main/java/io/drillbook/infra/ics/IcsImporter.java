package io.drillbook.infra.ics;

import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.Release;
import io.drillbook.core.ports.WorkspaceRepository;
import io.drillbook.core.workspace.Workspace;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports calendar files (Outlook, Google Calendar, Thunderbird, our own export) all or nothing:
 * ical4j checks the syntax, then every VEVENT is mapped ({@link EntryKind}, {@link EventRecurrence});
 * any problem in any event means nothing is stored, and the error names the file, the line and
 * what is wrong. Floating and all-day times are read in {@code floatingZone}.
 */
public final class IcsImporter {
    private static final Logger LOGGER = LoggerFactory.getLogger(IcsImporter.class);

    private final ZoneId floatingZone;

    public IcsImporter(ZoneId floatingZone) {
        this.floatingZone = floatingZone;
    }

    /** Reads {@code file} and stores its entries in one transaction; records {@code calendar.imported}. */
    public CalendarEntries importFile(Path file, WorkspaceRepository workspace, EvidenceLog evidence) {
        CalendarEntries entries = read(file);
        evidence.commit(() -> workspace.merge(new Workspace(List.of(), List.of(), entries.backupWindows(), entries.cabMeetings(),
                        entries.freezes(), entries.releases())),
                EvidenceLog.Entry.of("calendar.imported", file.getFileName().toString(), Map.of(
                        "backupWindows", entries.backupWindows().size(), "cabMeetings", entries.cabMeetings().size(),
                        "freezes", entries.freezes().size(), "releases", entries.releases().size())));
        LOGGER.info("Imported {} calendar entries from {}", entries.size(), file);
        return entries;
    }

    public CalendarEntries read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IcsImportException(file.toString(), List.of(new IcsProblem(0, "cannot be read: " + e.getMessage())));
        }
    }

    /** Our own checks come first (they name the line and the problem precisely); ical4j's parser is the backstop. */
    public CalendarEntries parse(String fileName, String text) {
        List<IcsProblem> problems = new ArrayList<>();
        List<IcsEvent> events = IcsEvent.group(ContentLineReader.read(text, problems), problems);
        Map<String, List<IcsTimes.Moment>> overridden = overriddenInstances(events, problems);
        List<Object> entries = new ArrayList<>();
        for (IcsEvent e : events) {
            try {
                EntryKind kind = EntryKind.of(e);
                String uid = e.text("UID");
                entries.add(EventMapper.entry(e, kind, EventRecurrence.of(e, floatingZone, overridden.getOrDefault(uid, List.of()))));
            } catch (LineException le) {
                problems.add(le.problem());
            }
        }
        if (!problems.isEmpty()) {
            throw new IcsImportException(fileName, problems);
        }
        checkSyntax(fileName, text);
        return collect(entries);
    }

    private static void checkSyntax(String fileName, String text) {
        try {
            new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            String message = e.getMessage() == null ? "malformed" : e.getMessage().replaceFirst("^Error at line \\d+:", "");
            throw new IcsImportException(fileName, List.of(new IcsProblem(e.getLineNo(), "not valid iCalendar: " + message)));
        } catch (IOException | RuntimeException e) {
            throw new IcsImportException(fileName, List.of(new IcsProblem(0, "not valid iCalendar: " + e.getMessage())));
        }
    }

    /** RECURRENCE-ID instances (edited occurrences) by UID; the master skips them, they import as one-offs. */
    private Map<String, List<IcsTimes.Moment>> overriddenInstances(List<IcsEvent> events, List<IcsProblem> problems) {
        Map<String, List<IcsTimes.Moment>> byUid = new HashMap<>();
        for (IcsEvent e : events) {
            e.first("RECURRENCE-ID").ifPresent(rid -> {
                try {
                    byUid.computeIfAbsent(e.text("UID"), k -> new ArrayList<>()).add(EventRecurrence.at(rid, floatingZone));
                } catch (LineException le) {
                    problems.add(le.problem());
                }
            });
        }
        return byUid;
    }

    private static CalendarEntries collect(List<Object> entries) {
        List<BackupWindow> windows = new ArrayList<>();
        List<CabMeeting> meetings = new ArrayList<>();
        List<Freeze> freezes = new ArrayList<>();
        List<Release> releases = new ArrayList<>();
        for (Object o : entries) {
            if (o instanceof BackupWindow w) {
                windows.add(w);
            } else if (o instanceof CabMeeting m) {
                meetings.add(m);
            } else if (o instanceof Freeze f) {
                freezes.add(f);
            } else {
                releases.add((Release) o);
            }
        }
        return new CalendarEntries(windows, meetings, freezes, releases);
    }
}
