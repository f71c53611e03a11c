package io.drillbook.infra.db;

import io.drillbook.core.compliance.BackupDaySummary;
import io.drillbook.core.model.SystemEnv;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import static io.drillbook.core.compliance.BackupDaySummary.NONE;

/**
 * One target's day summaries of one calendar year as fixed-width records, the form
 * backup_year_summary stores: a 4-byte header (the day-of-year index of the first record), then
 * {@value #FIELDS} ints per day up to the last day with backups. Times are seconds after the
 * year's 1 January 00:00 UTC ({@link Integer#MIN_VALUE}: none); a day with no backups is all zero.
 */
final class PackedYear {
    static final int FIELDS = 8;
    private static final int RECORD_BYTES = FIELDS * Integer.BYTES;
    private static final int MAX_DAYS = 366;
    private static final int NO_TIME = Integer.MIN_VALUE;

    private final int year;
    private final long base;
    private final int[] fields = new int[MAX_DAYS * FIELDS];

    PackedYear(int year) {
        this.year = year;
        this.base = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    /** Decodes a stored value of {@code year}. */
    static PackedYear decode(int year, byte[] packed) {
        PackedYear out = new PackedYear(year);
        ByteBuffer in = ByteBuffer.wrap(packed);
        int first = in.getInt();
        in.asIntBuffer().get(out.fields, first * FIELDS, (packed.length - Integer.BYTES) / Integer.BYTES);
        return out;
    }

    /** The stored form: records from the first to the last day with backups (just the header when none). */
    byte[] encode() {
        int first = 0;
        while (first < MAX_DAYS && isEmpty(first)) {
            first++;
        }
        int last = MAX_DAYS - 1;
        while (last >= first && isEmpty(last)) {
            last--;
        }
        int days = Math.max(0, last - first + 1);
        ByteBuffer out = ByteBuffer.allocate(Integer.BYTES + days * RECORD_BYTES);
        out.putInt(first == MAX_DAYS ? 0 : first);
        out.asIntBuffer().put(fields, first * FIELDS, days * FIELDS);
        return out.array();
    }

    /** Replaces the record of {@code s.day()}, which must fall in this year; a summary with no backups clears it. */
    void put(BackupDaySummary s) {
        if (s.day().getYear() != year) {
            throw new IllegalArgumentException(s.day() + " is not in " + year);
        }
        int at = (s.day().getDayOfYear() - 1) * FIELDS;
        boolean empty = s.succeeded() + s.failed() == 0;
        fields[at] = empty ? 0 : s.succeeded();
        fields[at + 1] = empty ? 0 : s.failed();
        fields[at + 2] = empty ? 0 : time(s.firstOk());
        fields[at + 3] = empty ? 0 : time(s.lastOk());
        fields[at + 4] = empty ? 0 : Math.toIntExact(s.maxOkGap());
        fields[at + 5] = empty ? 0 : time(s.firstVerified());
        fields[at + 6] = empty ? 0 : time(s.lastVerified());
        fields[at + 7] = empty ? 0 : Math.toIntExact(s.maxVerifiedGap());
    }

    /** Calls {@code sink} with each day in [from, toExclusive) that has backups, in day order. */
    void forEach(SystemEnv target, LocalDate from, LocalDate toExclusive, DayCache days, Consumer<BackupDaySummary> sink) {
        int firstIndex = from.getYear() < year ? 0 : from.getYear() > year ? MAX_DAYS : from.getDayOfYear() - 1;
        int endIndex = toExclusive.getYear() > year ? MAX_DAYS : toExclusive.getYear() < year ? 0 : toExclusive.getDayOfYear() - 1;
        for (int d = firstIndex; d < endIndex; d++) {
            if (!isEmpty(d)) {
                sink.accept(summary(target, days.day(year, d), d * FIELDS));
            }
        }
    }

    /** The newest succeeded completion on days before day index {@code endIndex}, or NONE. */
    long lastOkBefore(int endIndex) {
        return newestBefore(endIndex, 3);
    }

    /** The newest verified completion on days before day index {@code endIndex}, or NONE. */
    long lastVerifiedBefore(int endIndex) {
        return newestBefore(endIndex, 6);
    }

    /** The newest succeeded completion of the year, or NONE. */
    long lastOk() {
        return lastOkBefore(MAX_DAYS);
    }

    /** The newest verified completion of the year, or NONE. */
    long lastVerified() {
        return lastVerifiedBefore(MAX_DAYS);
    }

    private long newestBefore(int endIndex, int field) {
        int newest = NO_TIME;
        for (int d = 0; d < endIndex; d++) {
            newest = isEmpty(d) ? newest : Math.max(newest, fields[d * FIELDS + field]);
        }
        return epoch(newest);
    }

    private BackupDaySummary summary(SystemEnv target, LocalDate day, int at) {
        return new BackupDaySummary(target, day, fields[at], fields[at + 1], epoch(fields[at + 2]), epoch(fields[at + 3]),
                fields[at + 4], epoch(fields[at + 5]), epoch(fields[at + 6]), fields[at + 7]);
    }

    private boolean isEmpty(int dayIndex) {
        return fields[dayIndex * FIELDS] == 0 && fields[dayIndex * FIELDS + 1] == 0;
    }

    private int time(long epoch) {
        return epoch == NONE ? NO_TIME : Math.toIntExact(epoch - base);
    }

    private long epoch(int time) {
        return time == NO_TIME ? NONE : base + time;
    }

    /** Shared LocalDate objects per year and day index, so decoding creates none per cell. */
    static final class DayCache {
        private final java.util.Map<Integer, LocalDate[]> years = new java.util.HashMap<>();

        LocalDate day(int year, int index) {
            LocalDate[] days = years.computeIfAbsent(year, y -> new LocalDate[MAX_DAYS]);
            LocalDate day = days[index];
            if (day == null) {
                day = LocalDate.ofYearDay(year, index + 1);
                days[index] = day;
            }
            return day;
        }
    }
}
