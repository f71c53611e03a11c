package io.drillbook.core.compliance;

import io.drillbook.core.model.Backup;
import io.drillbook.core.model.DrillSummary;
import io.drillbook.core.model.Policy;
import io.drillbook.core.model.SystemEnv;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything behind one heat-map cell: the day's backups, the policy in force, the gaps that
 * exceeded the RPO, and the drill that decides the RTO status.
 *
 * @param lastBefore the newest succeeded backup completed before the day, the start of the first gap
 */
public record DayDetail(SystemEnv target, LocalDate day, Optional<Policy> policy, List<Backup> backups,
                        Optional<Backup> lastBefore, List<Gap> gaps, Optional<DrillSummary> drill) {

    /** A time without a new recovery point longer than the RPO. */
    public record Gap(Instant from, Instant to) {
        public java.time.Duration length() {
            return java.time.Duration.between(from, to);
        }
    }
}
