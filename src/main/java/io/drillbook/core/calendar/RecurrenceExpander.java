package io.drillbook.core.calendar;

import io.drillbook.core.model.OccurrenceOverride;
import io.drillbook.core.model.Recurrence;
import net.fortuna.ical4j.model.Recur;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expands a {@link Recurrence} into the occurrences that overlap a range. Occurrences are computed
 * in local time of the entry's zone (a 01:00 Europe/Berlin window stays at 01:00 across DST) and
 * converted to instants; a local start inside a DST gap moves forward by the gap's length.
 * Rules without COUNT start expanding near the range ({@link SeedShift}), not at DTSTART.
 * See docs/adr/0003-recurrence.md.
 */
public final class RecurrenceExpander {
    /** Slack so that DST shifts never drop an occurrence at the range's edges. */
    private static final Duration SLACK = Duration.ofHours(26);

    /** Occurrences with {@code start < to && end > from}, in start order. */
    public List<Occurrence> between(Recurrence recurrence, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        LocalDateTime localFrom = from.minus(recurrence.duration()).minus(SLACK).atZone(recurrence.zone()).toLocalDateTime();
        LocalDateTime localTo = to.plus(SLACK).atZone(recurrence.zone()).toLocalDateTime();
        List<Occurrence> result = new ArrayList<>();
        Set<LocalDateTime> changed = new HashSet<>();
        recurrence.overrides().forEach(o -> changed.add(o.recurrenceId()));
        for (LocalDateTime localStart : localStarts(recurrence, localFrom, localTo)) {
            Occurrence o = occurrence(recurrence, localStart);
            if (!changed.contains(localStart) && o.overlaps(from, to)) {
                result.add(o);
            }
        }
        if (!recurrence.overrides().isEmpty()) {
            addOverrides(recurrence, from, to, result);
        }
        return result;
    }

    /** Changed occurrences (RECURRENCE-ID) overlapping the range, at their own time; keeps start order. */
    private static void addOverrides(Recurrence recurrence, Instant from, Instant to, List<Occurrence> result) {
        Set<LocalDateTime> excluded = new HashSet<>(recurrence.exdates());
        for (OccurrenceOverride changed : recurrence.overrides()) {
            if (excluded.contains(changed.recurrenceId())) {
                continue;
            }
            Instant start = ZonedDateTime.ofLocal(changed.start(), recurrence.zone(), null).toInstant();
            Occurrence o = new Occurrence(start, start.plus(changed.duration()), changed.start());
            if (o.overlaps(from, to)) {
                result.add(o);
            }
        }
        result.sort(java.util.Comparator.comparing(Occurrence::start));
    }

    /** The first {@code n} occurrences that end after {@code after}. */
    public List<Occurrence> next(Recurrence recurrence, Instant after, int n) {
        Duration horizon = Duration.ofDays(31);
        List<Occurrence> found = List.of();
        while (horizon.toDays() <= 366L * 200) {
            found = between(recurrence, after, after.plus(horizon));
            if (found.size() >= n || !recurrence.isRecurring()) {
                break;
            }
            horizon = horizon.multipliedBy(4);
        }
        return found.subList(0, Math.min(n, found.size()));
    }

    public static Occurrence occurrence(Recurrence recurrence, LocalDateTime localStart) {
        Instant start = ZonedDateTime.ofLocal(localStart, recurrence.zone(), null).toInstant();
        return new Occurrence(start, start.plus(recurrence.duration()), localStart);
    }

    private List<LocalDateTime> localStarts(Recurrence recurrence, LocalDateTime localFrom, LocalDateTime localTo) {
        TreeSet<LocalDateTime> starts = new TreeSet<>();
        starts.add(recurrence.start());
        long limit = Long.MAX_VALUE;
        if (recurrence.isRecurring()) {
            RecurrenceRule rule = RecurrenceRuleParser.parse(recurrence.rrule());
            starts.addAll(ruleStarts(rule, recurrence, localFrom, localTo));
            limit = rule.hasCount() ? rule.count() : limit;
        }
        Set<LocalDateTime> excluded = new HashSet<>(recurrence.exdates());
        return starts.stream().limit(limit)
                .filter(d -> !excluded.contains(d) && !d.isBefore(localFrom) && !d.isAfter(localTo))
                .toList();
    }

    /** Starts the rule yields from DTSTART on (all of them up to localTo when it has COUNT). */
    private static List<LocalDateTime> ruleStarts(RecurrenceRule rule, Recurrence recurrence,
                                                  LocalDateTime localFrom, LocalDateTime localTo) {
        LocalDateTime seed = recurrence.start();
        LocalDateTime until = rule.untilIn(recurrence.zone());
        LocalDateTime end = until != null && until.isBefore(localTo) ? until : localTo;
        LocalDateTime from = rule.hasCount() ? seed : localFrom;
        SeedShift shift = SeedShift.towards(rule, seed, from);
        Recur<LocalDateTime> recur = new Recur<>(shift.ruleText());
        return recur.getDates(shift.seed(), from.isBefore(seed) ? seed : from, end).stream()
                .filter(d -> !d.isBefore(seed) && !d.isAfter(end))
                .toList();
    }
}
