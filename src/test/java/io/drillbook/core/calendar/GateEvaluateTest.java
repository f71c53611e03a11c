package io.drillbook.core.calendar;

import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Looking at a release's readiness records nothing; a pipeline's decision is evidence. */
class GateEvaluateTest {

    @Test
    void evaluateJudgesLikeDecideButRecordsNothing() {
        try (GateFixture f = new GateFixture(List.of(), List.of())) {
            f.backup("snap-1", "2026-12-02T01:30:00Z", BackupStatus.SUCCEEDED);
            SystemEnv shop = new SystemEnv("shop", "prod");
            Optional<Instant> at = Optional.of(Instant.parse("2026-12-02T04:00:00Z"));
            long before = f.evidence.repository().find(EvidenceQuery.all(1000).withKindPrefix("gate.")).size();
            GateDecision looked = f.service.evaluate(shop, Optional.empty(), at);
            assertThat(f.evidence.repository().find(EvidenceQuery.all(1000).withKindPrefix("gate.")).size()).isEqualTo(before);
            GateDecision decided = f.service.decide(shop, Optional.empty(), at);
            assertThat(decided.results()).isEqualTo(looked.results());
            assertThat(f.evidence.repository().find(EvidenceQuery.all(1000).withKindPrefix("gate.decision"))).hasSize((int) before + 1);
        }
    }
}
