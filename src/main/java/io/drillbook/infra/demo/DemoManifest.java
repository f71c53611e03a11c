package io.drillbook.infra.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * {@code assets/demo/demo.yaml} as written: which files make the demo workspace, the day their
 * dates were written for, the rules the generated backup year follows and the past runs that are
 * replayed through the real drill and playbook runners on first start.
 */
public record DemoManifest(LocalDate anchor, String zone, String workspace, List<String> drillPlans, List<String> playbooks,
                           List<FileCopy> files, List<DemoBackup> backups, History history, List<PastDrill> pastDrills,
                           List<PastPlaybookRun> pastPlaybookRuns) {
    public DemoManifest {
        drillPlans = List.copyOf(drillPlans == null ? List.of() : drillPlans);
        playbooks = List.copyOf(playbooks == null ? List.of() : playbooks);
        files = List.copyOf(files == null ? List.of() : files);
        backups = List.copyOf(backups == null ? List.of() : backups);
        pastDrills = List.copyOf(pastDrills == null ? List.of() : pastDrills);
        pastPlaybookRuns = List.copyOf(pastPlaybookRuns == null ? List.of() : pastPlaybookRuns);
    }

    /** An asset copied under the data folder's demo directory ({@code to} is relative to it). */
    public record FileCopy(String from, String to) {
    }

    /** An inventory entry for a copied asset, completed {@code completedAgo} before the first start. */
    public record DemoBackup(String id, String system, String environment, String path, Duration completedAgo, Duration took) {
    }

    /** The rules of the generated year: the random seed and the one deliberate RPO breach. */
    public record History(long seed, int breachDaysAgo, int breachDays) {
    }

    /**
     * A drill run at {@code at} local time {@code daysAgo} days before the first start. {@code damage}
     * names a file of the restored backup that is damaged for this run (so it fails), {@code gap}
     * is what its operator records afterwards.
     */
    public record PastDrill(String plan, int daysAgo, LocalTime at, String operator, String damage, Gap gap, String notes) {
    }

    /** A gap found in a drill: what, who owns it, due how many days after the drill. */
    public record Gap(String description, String owner, int dueInDays) {
    }

    /** A playbook run started at {@code at} local time {@code daysAgo} days ago, answered by these people. */
    public record PastPlaybookRun(String playbook, int daysAgo, LocalTime at, String operator, String approver) {
    }
}
