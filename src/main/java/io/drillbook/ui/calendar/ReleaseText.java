package io.drillbook.ui.calendar;

import io.drillbook.core.model.Release;
import io.drillbook.ui.common.Formats;

import java.time.ZoneId;

/** A release as a few lines of text, for showing two versions side by side. */
final class ReleaseText {
    private ReleaseText() {
    }

    static String of(Release r, ZoneId zone) {
        return r.id() + " " + r.title() + "\n"
                + String.join(", ", r.systems()) + " / " + String.join(", ", r.environments()) + "\n"
                + Formats.dateTime(r.start(), zone) + " – " + Formats.dateTime(r.end(), zone) + "\n"
                + "risk " + r.risk().name().toLowerCase() + ", " + r.status().name().toLowerCase()
                + (r.cab() == null ? ", no CAB approval" : ", CAB: " + r.cab().approvedBy() + " at " + Formats.dateTime(r.cab().approvedAt(), zone));
    }
}
