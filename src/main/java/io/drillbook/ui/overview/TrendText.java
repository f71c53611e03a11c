package io.drillbook.ui.overview;

import io.drillbook.core.overview.FailuresBeforeReleases;
import io.drillbook.core.overview.QuarterTrend;

import java.util.Locale;

/** The trend panel's one-line reading of the quarter. */
final class TrendText {
    private TrendText() {
    }

    static String summary(QuarterTrend t) {
        if (t.empty()) {
            return "No failed backup, drill or release in the last " + t.days() + " days.";
        }
        long majors = t.releases().stream().filter(QuarterTrend.ReleaseMark::major).count();
        String counts = plural(t.totalFailures(), "failed backup") + ", " + plural(t.drills().size(), "drill") + ", "
                + plural(t.releases().size(), "release") + " (" + majors + " major) in the last " + t.days() + " days.";
        FailuresBeforeReleases.Comparison c = t.beforeMajorReleases();
        if (c.notable()) {
            return counts + String.format(Locale.ROOT, " Backups failed %.1f times a day in the %d days before major releases, %.1f otherwise.",
                    c.beforePerDay(), FailuresBeforeReleases.WINDOW_DAYS, c.otherPerDay());
        }
        return counts;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
