package io.drillbook.core.calendar;

import io.drillbook.core.model.Release;

import java.util.List;

/** One data row of a release CSV as it would be imported: the release, or what is wrong with the row. */
public record CsvRowPreview(int line, Release release, List<String> problems) {
    public CsvRowPreview {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty() && release != null;
    }
}
