package io.drillbook.infra.csv;

import io.drillbook.core.calendar.CsvReleasePreview;
import io.drillbook.core.calendar.CsvRowPreview;


import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.CabApproval;
import io.drillbook.core.model.Release;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;
import io.drillbook.core.workspace.WorkspaceRepository;
import io.drillbook.core.workspace.Workspace;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports releases from CSV with a header row. {@link #preview} lists each row's problems before
 * anything is saved; {@link #save} stores all rows in one transaction, and only a clean preview.
 * Columns: id, title, systems, environments, start, end, risk (required: id, systems,
 * environments, start, end); optional title, risk, status, cab_approved_by, cab_approved_at.
 * Lists inside a field are separated by ';' (or quoted with ','), times are ISO 8601 with offset.
 */
public final class CsvReleaseImporter implements io.drillbook.core.calendar.ReleaseImporter {
    static final List<String> REQUIRED = List.of("id", "systems", "environments", "start", "end");
    static final Set<String> KNOWN = Set.of("id", "title", "systems", "environments", "start", "end", "risk", "status",
            "cab_approved_by", "cab_approved_at");

    /** Reads {@code text}; systems not in {@code knownSystems} are problems (skipped when it is empty). */
    public CsvReleasePreview preview(String file, String text, Set<String> knownSystems) {
        String[] lines = text.split("\r\n|\n|\r");
        if (lines.length == 0 || lines[0].isBlank()) {
            return new CsvReleasePreview(file, List.of("the file is empty; the first line must name the columns"), List.of());
        }
        List<String> header = CsvLine.split(lines[0]).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        List<String> fileProblems = headerProblems(header);
        if (!fileProblems.isEmpty()) {
            return new CsvReleasePreview(file, fileProblems, List.of());
        }
        List<CsvRowPreview> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(row(i + 1, lines[i], header, knownSystems, ids));
            }
        }
        return new CsvReleasePreview(file, rows.isEmpty() ? List.of("the file has no data rows") : List.of(), rows);
    }

    /** Stores every release of a clean preview in one transaction and records {@code release.imported}. */
    public List<Release> save(CsvReleasePreview preview, WorkspaceRepository workspace, EvidenceLog evidence) {
        if (!preview.ok()) {
            throw new IllegalArgumentException(preview.file() + ": nothing imported; " + String.join("; ", preview.problems()));
        }
        List<Release> releases = preview.releases();
        evidence.commit(() -> workspace.merge(new Workspace(List.of(), List.of(), List.of(), List.of(), List.of(), releases)),
                EvidenceLog.Entry.of("release.imported", preview.file(), Map.of("releases", releases.stream().map(Release::id).toList())));
        return releases;
    }

    private static List<String> headerProblems(List<String> header) {
        List<String> problems = new ArrayList<>();
        REQUIRED.stream().filter(c -> !header.contains(c)).forEach(c -> problems.add("column '" + c + "' is missing from the header"));
        header.stream().filter(c -> !KNOWN.contains(c)).forEach(c -> problems.add("unknown column '" + c + "'; known: " + KNOWN));
        return problems;
    }

    private static CsvRowPreview row(int line, String text, List<String> header, Set<String> knownSystems, Set<String> ids) {
        List<String> problems = new ArrayList<>();
        List<String> fields;
        try {
            fields = CsvLine.split(text);
        } catch (IllegalArgumentException e) {
            return new CsvRowPreview(line, null, List.of(e.getMessage()));
        }
        if (fields.size() != header.size()) {
            return new CsvRowPreview(line, null, List.of("has " + fields.size() + " fields but the header has " + header.size()));
        }
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            v.put(header.get(i), fields.get(i));
        }
        Release release = release(v, problems);
        if (release != null) {
            checkReferences(release, knownSystems, ids, problems);
        }
        return new CsvRowPreview(line, problems.isEmpty() ? release : null, problems);
    }

    private static Release release(Map<String, String> v, List<String> problems) {
        Instant start = time(v, "start", problems);
        Instant end = time(v, "end", problems);
        RiskClass risk = choice(RiskClass.class, v.getOrDefault("risk", ""), RiskClass.STANDARD, "risk", problems);
        ReleaseStatus status = choice(ReleaseStatus.class, v.getOrDefault("status", ""), ReleaseStatus.PLANNED, "status", problems);
        CabApproval cab = cab(v, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return new Release(v.get("id"), v.getOrDefault("title", ""), list(v.get("systems")), list(v.get("environments")),
                    start, end, risk, cab, status, 0);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static void checkReferences(Release r, Set<String> knownSystems, Set<String> ids, List<String> problems) {
        if (!ids.add(r.id())) {
            problems.add("release " + r.id() + " appears twice in the file");
        }
        if (!knownSystems.isEmpty()) {
            r.systems().stream().filter(s -> !knownSystems.contains(s)).forEach(s -> problems.add("unknown system '" + s + "'"));
        }
    }

    private static CabApproval cab(Map<String, String> v, List<String> problems) {
        String by = v.getOrDefault("cab_approved_by", "");
        String at = v.getOrDefault("cab_approved_at", "");
        if (by.isEmpty() != at.isEmpty()) {
            problems.add("cab_approved_by and cab_approved_at must be given together");
            return null;
        }
        Instant when = by.isEmpty() ? null : time(v, "cab_approved_at", problems);
        return when == null ? null : new CabApproval(by, when);
    }

    private static Instant time(Map<String, String> v, String column, List<String> problems) {
        String value = v.getOrDefault(column, "");
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(column + " '" + value + "' is not an ISO 8601 time with offset, e.g. 2026-12-02T03:00:00Z");
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, E fallback, String column, List<String> problems) {
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(column + " '" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
            return fallback;
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value == null ? new String[0] : value.split("[;,]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
