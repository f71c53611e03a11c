package io.drillbook.ui.playbook;

import io.drillbook.core.playbook.RunInfo;
import io.drillbook.ui.common.Formats;
import io.drillbook.ui.common.StatusTone;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

/** One earlier run of a playbook in its history: when, how it ended, who ran it, how long it took. */
public record PastRunRow(String runId, String started, StatusTone tone, String status, String operator, String took) {

    static PastRunRow of(RunInfo r, ZoneId zone) {
        String took = r.finishedAt() == null ? "" : Formats.duration(Duration.between(r.startedAt(), r.finishedAt()));
        return new PastRunRow(r.runId(), Formats.dateTime(r.startedAt(), zone), StatusTone.of(r.status()),
                r.status().name().toLowerCase(Locale.ROOT), r.operator(), took);
    }
}
