package io.drillbook.core.evidence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link EvidenceRepository} does, seen through the port only: the in-memory fake and
 * the JDBC adapter on H2 and PostgreSQL run these tests. Tampering through SQL stays in infra.db.
 */
public abstract class EvidenceRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-09-30T12:00:00Z");

    @TempDir
    protected Path dir;
    protected EvidenceRepository repo;

    protected abstract EvidenceRepository newRepository();

    protected void closeRepository() {
    }

    @BeforeEach
    void openRepository() {
        repo = newRepository();
    }

    @AfterEach
    void closeIt() {
        closeRepository();
    }

    private EvidenceEvent append(int minute, String actor, String kind, String subject, String payload) {
        return repo.append(new EvidenceDraft(T0.plusSeconds(60L * minute), actor, kind, subject, payload));
    }

    private void sixEvents() {
        append(0, "alice", "release.changed", "REL-1", "{\"n\":1}");
        append(1, "bob", "drill.finished", "shop/prod", "{\"result\":\"PASSED\",\"system\":\"shop\",\"environment\":\"prod\"}");
        append(2, "alice", "drill.step", "run-1", "{\"state\":\"RUNNING\"}");
        append(3, "carol", "gate.waived", "REL-1042", "{\"reason\":\"Drill booked\"}");
        append(4, "bob", "drill.finished", "crm/staging", "{\"result\":\"FAILED\"}");
        append(5, "alice", "release.changed", "REL-2", "{\"n\":2}");
    }

    @Test
    void anEmptyLogHasNoHeadAndVerifiesIntact() {
        assertThat(repo.head()).isEmpty();
        assertThat(repo.verify().isIntact()).isTrue();
        assertThat(repo.verify().checked()).isZero();
    }

    @Test
    void appendsAreNumberedFromOneAndChainedFromGenesis() {
        EvidenceEvent first = append(0, "alice", "release.changed", "REL-1", "{}");
        EvidenceEvent second = append(1, "bob", "release.changed", "REL-1", "{}");
        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.prevHash()).isEqualTo(EvidenceHashing.GENESIS);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(second.hash()).isEqualTo(EvidenceHashing.hashOf(second));
        assertThat(repo.head()).contains(second);
        assertThat(repo.bySeq(1)).contains(first);
        assertThat(repo.bySeq(3)).isEmpty();
    }

    @Test
    void timesAreKeptToTheMicrosecond() {
        EvidenceEvent e = repo.append(new EvidenceDraft(T0.plusNanos(123_456_789), "alice", "test.time", "", "{}"));
        assertThat(e.time()).isEqualTo(T0.plusNanos(123_456_000));
        assertThat(repo.bySeq(e.seq()).orElseThrow().time()).isEqualTo(e.time());
        assertThat(repo.verify().isIntact()).isTrue();
    }

    @Test
    void findFiltersByKindSubjectActorTextAndTimeNewestFirst() {
        sixEvents();
        assertThat(repo.find(EvidenceQuery.all(3))).extracting(EvidenceEvent::seq).containsExactly(6L, 5L, 4L);
        assertThat(repo.find(EvidenceQuery.all(10).withKindPrefix("drill.f"))).extracting(EvidenceEvent::seq).containsExactly(5L, 2L);
        assertThat(repo.find(EvidenceQuery.all(10).withSubjectPrefix("REL-1"))).extracting(EvidenceEvent::seq).containsExactly(4L, 1L);
        assertThat(repo.find(EvidenceQuery.all(10).withActor("carol"))).extracting(EvidenceEvent::seq).containsExactly(4L);
        assertThat(repo.find(EvidenceQuery.all(10).withText("drill booked"))).extracting(EvidenceEvent::seq).containsExactly(4L);
        assertThat(repo.find(EvidenceQuery.all(10).between(T0.plusSeconds(60), T0.plusSeconds(180))))
                .extracting(EvidenceEvent::seq).containsExactly(3L, 2L);
    }

    @Test
    void findFiltersByTargetAndResult() {
        sixEvents();
        assertThat(repo.find(EvidenceQuery.all(10).withTarget("shop", null, null))).extracting(EvidenceEvent::seq).containsExactly(2L);
        assertThat(repo.find(EvidenceQuery.all(10).withTarget(null, "staging", null))).extracting(EvidenceEvent::seq).containsExactly(5L);
        assertThat(repo.find(EvidenceQuery.all(10).withTarget(null, null, "failed"))).extracting(EvidenceEvent::seq).containsExactly(5L);
    }

    @Test
    void likeWildcardsInAPrefixAreTakenLiterally() {
        sixEvents();
        assertThat(repo.find(EvidenceQuery.all(10).withKindPrefix("drill%"))).isEmpty();
        assertThat(repo.find(EvidenceQuery.all(10).withSubjectPrefix("REL_"))).isEmpty();
    }

    @Test
    void forEachInOrderWalksAnInclusiveRange() {
        sixEvents();
        List<Long> seen = new ArrayList<>();
        repo.forEachInOrder(2, 4, e -> seen.add(e.seq()));
        assertThat(seen).containsExactly(2L, 3L, 4L);
        seen.clear();
        repo.forEachInOrder(5, Long.MAX_VALUE, e -> seen.add(e.seq()));
        assertThat(seen).containsExactly(5L, 6L);
    }

    @Test
    void concurrentAppendsStayOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int writer = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    append(i, "writer-" + writer, "test.append", "w" + writer, "{}");
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        ChainVerification v = repo.verify();
        assertThat(v.isIntact()).isTrue();
        assertThat(v.checked()).isEqualTo(80);
        assertThat(v.headHash()).isEqualTo(repo.head().orElseThrow().hash());
    }
}
