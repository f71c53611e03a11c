package io.drillbook.core.calendar;

import io.drillbook.core.model.Release;

import java.util.ArrayList;
import java.util.List;

/** What importing a release CSV would do: file-level problems and each row's release or problems. */
public record CsvReleasePreview(String file, List<String> fileProblems, List<CsvRowPreview> rows) {
    public CsvReleasePreview {
        fileProblems = List.copyOf(fileProblems);
        rows = List.copyOf(rows);
    }

    public boolean ok() {
        return fileProblems.isEmpty() && rows.stream().allMatch(CsvRowPreview::ok);
    }

    public List<Release> releases() {
        return rows.stream().filter(CsvRowPreview::ok).map(CsvRowPreview::release).toList();
    }

    /** Every problem as {@code file:line: problem}, file-level ones first. */
    public List<String> problems() {
        List<String> all = new ArrayList<>();
        fileProblems.forEach(p -> all.add(file + ":1: " + p));
        rows.forEach(r -> r.problems().forEach(p -> all.add(file + ":" + r.line() + ": " + p)));
        return all;
    }
}
