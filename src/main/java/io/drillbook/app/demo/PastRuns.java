package io.drillbook.app.demo;

import io.drillbook.app.AppContext;
import io.drillbook.core.connect.HostKeyDecision;
import io.drillbook.core.connect.SecretPrompt;
import io.drillbook.core.drill.DrillOrder;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillResult;
import io.drillbook.core.drill.DrillListener;
import io.drillbook.core.drill.ManualStepGate;
import io.drillbook.core.model.Backup;
import io.drillbook.core.playbook.GateAnswer;
import io.drillbook.core.playbook.Playbook;
import io.drillbook.core.playbook.PlaybookGate;
import io.drillbook.core.playbook.PlaybookListener;
import io.drillbook.core.playbook.PlaybookRequest;
import io.drillbook.core.playbook.PlaybookRun;
import io.drillbook.core.playbook.PlaybookStep;
import io.drillbook.core.playbook.StepAction;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.infra.demo.DemoManifest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays the manifest's past drills and playbook runs through the real drill service and playbook
 * runner, each on this thread at its past moment ({@link SeedingClock}): journals, verdicts, gaps and
 * evidence are exactly what a person running them then would have left.
 */
final class PastRuns {
    private final AppContext ctx;
    private final DemoManifest manifest;
    private final DemoFiles files;
    private final ZoneId zone;
    private final Instant now;

    PastRuns(AppContext ctx, DemoManifest manifest, DemoFiles files) {
        this.ctx = ctx;
        this.manifest = manifest;
        this.files = files;
        this.zone = ZoneId.of(manifest.zone());
        this.now = ctx.platform().clock().instant();
    }

    int replayDrills() {
        var connectors = ctx.settings().connectors(HostKeyDecision.REJECT, SecretPrompt.NONE);
        var service = ctx.drills().drillService(connectors);
        for (DemoManifest.PastDrill d : manifest.pastDrills()) {
            DrillPlan plan = ctx.drills().drillPlanLibrary().plan(d.plan())
                    .orElseThrow(() -> new IllegalStateException("demo.yaml names the drill plan '" + d.plan() + "' it does not list"));
            Instant at = moment(d.daysAgo(), d.at());
            Backup backup = backupFor(plan, d, at);
            ctx.inventory().backupRepository().addAll(List.of(backup));
            Clock clock = ctx.platform().clock();
            DrillResult result = SeedingClock.at(clock, at, () -> service.run(new DrillOrder(plan, backup, d.operator(), Map.of()),
                    ManualStepGate.confirmAs(d.operator(), clock), DrillListener.NONE, CancellationToken.none()));
            if (d.gap() != null || d.notes() != null) {
                SeedingClock.at(clock, at.plus(Duration.ofMinutes(25)), () -> recordFindings(result, d, at));
            }
        }
        return manifest.pastDrills().size();
    }

    int replayPlaybookRuns() {
        for (DemoManifest.PastPlaybookRun r : manifest.pastPlaybookRuns()) {
            Playbook playbook = ctx.playbooks().playbookLibrary().playbook(r.playbook())
                    .orElseThrow(() -> new IllegalStateException("demo.yaml names the playbook '" + r.playbook() + "' it does not list"));
            Path out = ctx.platform().outputDir();
            SeedingClock.at(ctx.platform().clock(), moment(r.daysAgo(), r.at()), () -> {
                PlaybookRun run = ctx.playbooks().playbookRunner(ctx.settings().connectors(HostKeyDecision.REJECT, SecretPrompt.NONE))
                        .start(new PlaybookRequest(playbook, Map.of(), r.operator(), out), answering(r), PlaybookListener.NONE);
                return run.execute(CancellationToken.none());
            });
        }
        // The demo service breaks again, so a new user can run the rollback once more.
        files.copyUnder(manifest, "rollback-demo");
        return manifest.pastPlaybookRuns().size();
    }

    private Instant moment(int daysAgo, java.time.LocalTime at) {
        return LocalDate.ofInstant(now, zone).minusDays(daysAgo).atTime(at).atZone(zone).toInstant();
    }

    /** A backup of the plan's demo backup taken the night before the drill; damaged when the manifest says so. */
    private Backup backupFor(DrillPlan plan, DemoManifest.PastDrill d, Instant at) {
        DemoManifest.DemoBackup base = manifest.backups().stream().filter(b -> b.id().equals(plan.backup().backupId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo.yaml has no backup '" + plan.backup().backupId() + "'"));
        LocalDate day = LocalDate.ofInstant(at, zone);
        String id = base.id() + "-" + day;
        Path location = files.dir().resolve(base.path());
        if (d.damage() != null) {
            location = files.damagedCopy(location, location.getFileName() + "-" + day, d.damage());
        }
        Instant completed = day.atTime(1, 20).atZone(zone).toInstant();
        return files.backup(base, id, location, completed);
    }

    private Object recordFindings(DrillResult result, DemoManifest.PastDrill d, Instant at) {
        if (d.gap() != null) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("system", result.summary().target().system());
            payload.put("environment", result.summary().target().environment());
            payload.put("description", d.gap().description());
            payload.put("owner", d.gap().owner());
            payload.put("dueDate", LocalDate.ofInstant(at, zone).plusDays(d.gap().dueInDays()).toString());
            ctx.platform().evidenceLog().recordAs(d.operator(), "drill.gap", result.runId(), payload);
        }
        if (d.notes() != null) {
            ctx.platform().evidenceLog().recordAs(d.operator(), "drill.notes", result.runId(), Map.of("notes", d.notes()));
        }
        return null;
    }

    /** The operator confirms manual checkpoints, the named approver approves. */
    private static PlaybookGate answering(DemoManifest.PastPlaybookRun r) {
        return new PlaybookGate() {
            @Override
            public GateAnswer confirm(String runId, PlaybookStep step, StepAction.Manual manual, CancellationToken cancel) {
                return GateAnswer.yes(r.operator());
            }

            @Override
            public GateAnswer approve(String runId, PlaybookStep step, StepAction.Approval approval, CancellationToken cancel) {
                return GateAnswer.yes(r.approver());
            }
        };
    }
}
