package io.drillbook.infra.playbook;

import io.drillbook.core.drill.StepState;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.playbook.PlaybookTimeline;
import io.drillbook.core.playbook.RunInfo;
import io.drillbook.core.playbook.RunStatus;
import io.drillbook.core.playbook.StatusUpdate;
import io.drillbook.core.playbook.StepRecord;
import io.drillbook.core.playbook.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusUpdateTest {
    static final Instant T0 = Instant.parse("2026-12-02T02:13:00Z");

    static StepRecord step(int i, String name, String kind, StepState state, String actor, int startMin, int endMin) {
        return new StepRecord(i, name, kind, state, state == StepState.PENDING ? 0 : 1, actor, null, null, "",
                startMin < 0 ? null : T0.plus(Duration.ofMinutes(startMin)),
                endMin < 0 ? null : T0.plus(Duration.ofMinutes(endMin)));
    }

    @Test
    void statusUpdateSaysWhatHappenedWhatRunsNowWhatIsNextAndAnEtaFromEarlierRuns() {
        RunInfo run = new RunInfo("pb-1", "rollback shop release", new SystemEnv("shop", "prod"), "alice",
                RunStatus.RUNNING, 2, Map.of(), T0, null);
        List<StepRecord> steps = List.of(
                step(0, "Drain traffic", "run", StepState.PASSED, "alice", 0, 2),
                step(1, "DBA approval", "approval", StepState.PASSED, "dave", 2, 5),
                step(2, "Restore database", "storage", StepState.RUNNING, null, 5, -1),
                step(3, "Health check", "verify", StepState.PENDING, null, -1, -1),
                step(4, "Announce", "manual", StepState.PENDING, null, -1, -1));
        PlaybookTimeline timeline = PlaybookTimeline.of(run, steps);
        Map<String, Duration> typical = Map.of("Restore database", Duration.ofMinutes(12), "Health check", Duration.ofMinutes(3));

        String text = StatusUpdate.render(timeline, typical, T0.plus(Duration.ofMinutes(9)));

        assertThat(text).isEqualTo("""
                [shop/prod] Playbook "rollback shop release" run pb-1: RUNNING, started 02:13 UTC by alice, elapsed 9 min 0 s
                Done:
                  - Drain traffic: passed at 02:15 (2 min 0 s)
                  - DBA approval: passed by dave at 02:18 (3 min 0 s)
                Now: Restore database (storage, running for 4 min 0 s)
                Next: Health check
                ETA: 02:33 UTC (about 11 min 0 s left plus 1 step never timed before)
                """);
        assertThat(timeline.entries()).extracting(TimelineEntry::who).contains("dave");
        assertThat(timeline.entries().get(0).result()).isEqualTo("started");
    }
}
