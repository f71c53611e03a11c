package io.drillbook.core.calendar;

import io.drillbook.core.model.Recurrence;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The "next occurrences" preview shown while a person types a rule. A rule that cannot be read
 * throws {@link RecurrenceRuleException} naming the position and the problem.
 */
public final class RecurrencePreview {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final RecurrenceExpander expander = new RecurrenceExpander();

    /** The first {@code n} occurrences from the entry's own start, one line each. */
    public List<String> describeNext(Recurrence recurrence, int n) {
        Instant first = ZonedDateTime.ofLocal(recurrence.start(), recurrence.zone(), null).toInstant();
        return describeNext(recurrence, n, first);
    }

    /** The first {@code n} occurrences that end after {@code after}, one line each. */
    public List<String> describeNext(Recurrence recurrence, int n, Instant after) {
        if (recurrence.isRecurring()) {
            RecurrenceRuleParser.parse(recurrence.rrule());
        }
        return expander.next(recurrence, after, n).stream().map(o -> describe(recurrence, o)).toList();
    }

    static String describe(Recurrence recurrence, Occurrence o) {
        ZonedDateTime start = o.start().atZone(recurrence.zone());
        ZonedDateTime end = o.end().atZone(recurrence.zone());
        String endText = end.toLocalDate().equals(start.toLocalDate()) ? end.format(TIME) : end.format(DAY_TIME);
        return start.format(DAY_TIME) + "–" + endText + " " + recurrence.zone().getId() + " (" + start.getOffset() + ")";
    }
}
