package io.drillbook.infra.ics;

import io.drillbook.core.calendar.ImportPreview;
import io.drillbook.core.calendar.PreviewEvent;
import io.drillbook.core.calendar.IcsProblem;
import io.drillbook.core.calendar.IcsImportException;
import io.drillbook.core.calendar.IcsImportOptions;


import io.drillbook.core.calendar.CalendarEntries;
import io.drillbook.core.calendar.CalendarMapping;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.BackupWindow;
import io.drillbook.core.model.CabMeeting;
import io.drillbook.core.model.CalendarNote;
import io.drillbook.core.model.Freeze;
import io.drillbook.core.model.OccurrenceOverride;
import io.drillbook.core.model.Recurrence;
import io.drillbook.core.model.Release;
import io.drillbook.core.workspace.WorkspaceRepository;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports calendar files (Outlook, Google Calendar, Thunderbird, our own export) all or nothing,
 * in two steps: {@link #preview} reads and checks every event and decides its kind
 * ({@link KindResolver}); {@link #entries} maps each event to the entry of its (possibly changed)
 * kind. Every problem of every event is collected with its line; any problem means nothing is
 * stored. Floating times and all-day dates are read in {@code --zone}, else the calendar's
 * X-WR-TIMEZONE, else the fallback zone. RECURRENCE-ID instances stay with their series as
 * changed occurrences (cancelled ones as skipped starts).
 */
public final class IcsImporter implements io.drillbook.core.calendar.CalendarImporter {
    private static final Logger LOGGER = LoggerFactory.getLogger(IcsImporter.class);

    private final IcsImportOptions options;
    private final io.drillbook.core.team.Authorizer access;

    public IcsImporter(ZoneId fallbackZone) {
        this(IcsImportOptions.defaults(fallbackZone));
    }

    /** @param access importing needs {@code EDIT_CALENDAR} of the evidence log's current actor */
    public IcsImporter(ZoneId fallbackZone, io.drillbook.core.team.Authorizer access) {
        this(IcsImportOptions.defaults(fallbackZone), access);
    }

    public IcsImporter(IcsImportOptions options) {
        this(options, io.drillbook.core.team.Authorizer.UNRESTRICTED);
    }

    public IcsImporter(IcsImportOptions options, io.drillbook.core.team.Authorizer access) {
        this.options = options;
        this.access = access;
    }

    @Override
    public ZoneId zone(String name) {
        return IcsTimes.zone(name);
    }

    @Override
    public CalendarMapping readMapping(Path file) {
        return new CalendarMappingReader().read(file);
    }

    @Override
    public IcsImporter withOptions(IcsImportOptions changed) {
        return new IcsImporter(changed, access);
    }

    public IcsImportOptions options() {
        return options;
    }

    /** Reads {@code file} and stores its entries; records {@code calendar.imported}. */
    public CalendarEntries importFile(Path file, WorkspaceRepository workspace, EvidenceLog evidence) {
        return store(preview(file), workspace, evidence);
    }

    /** Stores the previewed entries (with the kinds chosen in the preview) and records {@code calendar.imported}. */
    public CalendarEntries store(ImportPreview preview, WorkspaceRepository workspace, EvidenceLog evidence) {
        access.require(evidence.currentActor(), io.drillbook.core.team.Action.EDIT_CALENDAR);
        CalendarEntries entries = entries(preview);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("backupWindows", entries.backupWindows().size());
        payload.put("cabMeetings", entries.cabMeetings().size());
        payload.put("freezes", entries.freezes().size());
        payload.put("releases", entries.releases().size());
        payload.put("notes", entries.notes().size());
        payload.put("kinds", preview.events().stream().map(e -> e.title() + ": " + e.kind().token() + " (" + e.kindSource() + ")").toList());
        evidence.commit(() -> {
            workspace.merge(new Workspace(List.of(), List.of(), entries.backupWindows(), entries.cabMeetings(), entries.freezes(), entries.releases()));
            if (!entries.notes().isEmpty()) {
                workspace.saveCalendarNotes(entries.notes());
            }
        }, EvidenceLog.Entry.of("calendar.imported", Path.of(preview.fileName()).getFileName().toString(), payload));
        LOGGER.info("Imported {} calendar entries from {}", entries.size(), preview.fileName());
        return entries;
    }

    public CalendarEntries read(Path file) {
        return entries(preview(file));
    }

    public CalendarEntries parse(String fileName, String text) {
        return entries(preview(fileName, text));
    }

    public ImportPreview preview(Path file) {
        try {
            return preview(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IcsImportException(file.toString(), List.of(new IcsProblem(0, "cannot be read: " + e.getMessage())));
        }
    }

    /** Reads and checks every event; our own checks name each problem's line, then ical4j's parser is the backstop. */
    public ImportPreview preview(String fileName, String text) {
        List<IcsProblem> problems = new ArrayList<>();
        List<ContentLine> lines = ContentLineReader.read(text, problems);
        ZoneSetting zone = floatingZone(lines, problems);
        List<IcsEvent> events = IcsEvent.group(lines, problems);
        Map<String, List<IcsEvent>> instances = instancesByUid(events);
        Set<String> masters = new HashSet<>();
        events.stream().filter(e -> e.first("RECURRENCE-ID").isEmpty() && e.first("RRULE").isPresent()).forEach(e -> masters.add(e.text("UID")));
        KindResolver kinds = new KindResolver(options);
        List<PreviewEvent> rows = new ArrayList<>();
        for (IcsEvent e : events) {
            boolean instance = e.first("RECURRENCE-ID").isPresent();
            if (instance && masters.contains(e.text("UID"))) {
                continue;
            }
            try {
                List<IcsEvent> changed = instance ? List.of() : instances.getOrDefault(e.text("UID"), List.of());
                Recurrence when = recurrence(e, zone.zone(), changed);
                KindResolver.Decision d = kinds.decide(e);
                rows.add(new PreviewEvent(e, e.beginLine(), e.text("UID"), e.text("SUMMARY").trim(), when, d.kind(), d.source(),
                        d.systems(), d.environments()));
            } catch (LineException le) {
                problems.add(le.problem());
            }
        }
        if (!problems.isEmpty()) {
            for (PreviewEvent row : rows) {
                try {
                    EventMapper.entry(row);
                } catch (LineException le) {
                    problems.add(le.problem());
                }
            }
            problems.sort(java.util.Comparator.comparingInt(IcsProblem::line));
            throw new IcsImportException(fileName, problems);
        }
        checkSyntax(fileName, text);
        String calendarName = lines.stream().filter(l -> l.name().equals("X-WR-CALNAME")).findFirst()
                .map(l -> IcsEvent.unescape(l.value())).orElse("");
        return new ImportPreview(fileName, calendarName, zone.describe(), rows);
    }

    /** Maps every previewed event to its entry; all problems (a release without systems...) at once. */
    public CalendarEntries entries(ImportPreview preview) {
        List<IcsProblem> problems = new ArrayList<>();
        List<Object> entries = new ArrayList<>();
        for (PreviewEvent p : preview.events()) {
            try {
                entries.add(EventMapper.entry(p));
            } catch (LineException le) {
                problems.add(le.problem());
            }
        }
        if (!problems.isEmpty()) {
            throw new IcsImportException(preview.fileName(), problems);
        }
        return collect(entries);
    }

    /** The series with its changed occurrences; cancelled ones (STATUS:CANCELLED) become skipped starts. */
    private Recurrence recurrence(IcsEvent e, ZoneId floating, List<IcsEvent> instances) {
        List<IcsTimes.Moment> cancelled = new ArrayList<>();
        List<IcsEvent> moved = new ArrayList<>();
        for (IcsEvent i : instances) {
            if (i.text("STATUS").trim().equalsIgnoreCase("CANCELLED")) {
                cancelled.add(EventRecurrence.at(i.first("RECURRENCE-ID").orElseThrow(), floating));
            } else {
                moved.add(i);
            }
        }
        Recurrence series = EventRecurrence.of(e, floating, cancelled);
        List<OccurrenceOverride> overrides = new ArrayList<>();
        List<LineException> bad = new ArrayList<>();
        for (IcsEvent i : moved) {
            try {
                overrides.add(EventRecurrence.override(i, floating, series.zone(), series.duration(), e.text("SUMMARY").trim()));
            } catch (LineException le) {
                bad.add(le);
            }
        }
        if (!bad.isEmpty()) {
            throw bad.get(0);
        }
        return overrides.isEmpty() ? series : series.withOverrides(overrides);
    }

    private static Map<String, List<IcsEvent>> instancesByUid(List<IcsEvent> events) {
        Map<String, List<IcsEvent>> byUid = new LinkedHashMap<>();
        for (IcsEvent e : events) {
            if (e.first("RECURRENCE-ID").isPresent()) {
                byUid.computeIfAbsent(e.text("UID"), k -> new ArrayList<>()).add(e);
            }
        }
        return byUid;
    }

    /** The zone of floating times: {@code --zone}, else the mapping file's, else X-WR-TIMEZONE, else the fallback. */
    private ZoneSetting floatingZone(List<ContentLine> lines, List<IcsProblem> problems) {
        if (options.zone() != null) {
            return new ZoneSetting(options.zone(), "--zone");
        }
        if (options.mapping() != null && options.mapping().zone() != null) {
            return new ZoneSetting(options.mapping().zone(), "mapping file");
        }
        for (ContentLine l : lines) {
            if (l.name().equals("X-WR-TIMEZONE")) {
                try {
                    return new ZoneSetting(IcsTimes.zone(l.value().trim()), "X-WR-TIMEZONE");
                } catch (IllegalArgumentException e) {
                    problems.add(new IcsProblem(l.line(), "X-WR-TIMEZONE: " + e.getMessage()));
                }
            }
        }
        return new ZoneSetting(options.fallbackZone(), "default");
    }

    private record ZoneSetting(ZoneId zone, String source) {
        String describe() {
            return zone.getId() + " (" + source + ")";
        }
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

    /** Entries by kind; two entries of one kind with the same name keep both, the later one named with its start. */
    private static CalendarEntries collect(List<Object> entries) {
        List<BackupWindow> windows = new ArrayList<>();
        List<CabMeeting> meetings = new ArrayList<>();
        List<Freeze> freezes = new ArrayList<>();
        List<Release> releases = new ArrayList<>();
        List<CalendarNote> notes = new ArrayList<>();
        Set<String> noteNames = new HashSet<>();
        for (Object o : entries) {
            if (o instanceof BackupWindow w) {
                windows.add(w);
            } else if (o instanceof CabMeeting m) {
                meetings.add(m);
            } else if (o instanceof Freeze f) {
                freezes.add(f);
            } else if (o instanceof CalendarNote n) {
                String name = noteNames.add(n.name()) ? n.name() : n.name() + " (" + n.when().start().toLocalDate() + ")";
                noteNames.add(name);
                notes.add(new CalendarNote(n.kind(), name, n.systems(), n.environments(), n.description(), n.when()));
            } else {
                releases.add((Release) o);
            }
        }
        return new CalendarEntries(windows, meetings, freezes, releases, notes);
    }
}
