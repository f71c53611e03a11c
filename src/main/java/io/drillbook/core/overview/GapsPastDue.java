package io.drillbook.core.overview;

import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.report.GapEntry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Gaps not closed whose due date has passed, with their owner. A gap without a readable due date is never past due. */
public final class GapsPastDue {
    private GapsPastDue() {
    }

    public static List<AttentionItem> items(List<GapEntry> gaps, LocalDate today) {
        List<AttentionItem> out = new ArrayList<>();
        for (GapEntry gap : gaps) {
            LocalDate due = due(gap.due());
            if (!gap.open() || due == null || !due.isBefore(today)) {
                continue;
            }
            long late = ChronoUnit.DAYS.between(due, today);
            SystemEnv target = gap.system() == null || gap.system().isBlank() || gap.environment() == null || gap.environment().isBlank()
                    ? null : new SystemEnv(gap.system(), gap.environment());
            String owner = gap.owner() == null || gap.owner().isBlank() ? "no owner" : "owner " + gap.owner();
            out.add(new AttentionItem(AttentionSection.GAPS, AttentionLevel.BREACH,
                    (target == null ? "" : target + ": ") + gap.description(),
                    owner + " · due " + due + " (" + late + (late == 1 ? " day" : " days") + " ago)",
                    new AttentionLink(AttentionLink.Kind.GAP, Long.toString(gap.seq()), target, null, gap.runId())));
        }
        return out;
    }

    static LocalDate due(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
