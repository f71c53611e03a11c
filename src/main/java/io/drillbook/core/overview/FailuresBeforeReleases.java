package io.drillbook.core.overview;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * Do backups fail more in the days before major releases? Compares the failures per day in the
 * {@link #WINDOW_DAYS} days up to each major release (its day included) with the other days.
 */
public final class FailuresBeforeReleases {
    public static final int WINDOW_DAYS = 3;

    /**
     * @param beforePerDay  failed backups per day in the windows before major releases
     * @param otherPerDay   failed backups per day on every other day
     * @param majorReleases major releases within the period
     */
    public record Comparison(double beforePerDay, double otherPerDay, int majorReleases) {
        /** True when there are major releases and backups fail at least twice as often before them, and more than once in all. */
        public boolean notable() {
            return majorReleases > 0 && beforePerDay > 0 && beforePerDay >= 2 * otherPerDay;
        }
    }

    private FailuresBeforeReleases() {
    }

    public static Comparison compare(LocalDate from, int[] failuresPerDay, Collection<LocalDate> majorReleaseDays) {
        boolean[] before = new boolean[failuresPerDay.length];
        int majors = 0;
        for (LocalDate day : majorReleaseDays) {
            long index = ChronoUnit.DAYS.between(from, day);
            if (index < 0 || index >= failuresPerDay.length) {
                continue;
            }
            majors++;
            for (long i = Math.max(0, index - WINDOW_DAYS + 1); i <= index; i++) {
                before[(int) i] = true;
            }
        }
        long inWindow = 0;
        long windowDays = 0;
        long outside = 0;
        for (int i = 0; i < failuresPerDay.length; i++) {
            if (before[i]) {
                inWindow += failuresPerDay[i];
                windowDays++;
            } else {
                outside += failuresPerDay[i];
            }
        }
        long otherDays = failuresPerDay.length - windowDays;
        return new Comparison(windowDays == 0 ? 0 : (double) inWindow / windowDays, otherDays == 0 ? 0 : (double) outside / otherDays, majors);
    }
}
