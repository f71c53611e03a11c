package io.drillbook.infra.team;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.team.WorkspaceChange;
import io.drillbook.core.team.WorkspaceChangeFeed;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** One console changes the workspace, the other hears of it; H2 (polling) and PostgreSQL (LISTEN/NOTIFY). */
abstract class WorkspaceChangeFeedContract {
    @TempDir
    Path dir;
    TwoConsoles consoles;
    EvidenceLog alice;
    WorkspaceChangeFeed bobsFeed;
    final BlockingQueue<WorkspaceChange> heard = new LinkedBlockingQueue<>();

    abstract FreshDatabases.Kind kind();

    abstract WorkspaceChangeFeed feedOn(Database db);

    @BeforeEach
    void open() {
        consoles = new TwoConsoles(kind(), dir);
        alice = new EvidenceLog(new JdbcEvidenceRepository(consoles.first), Clock.systemUTC(), () -> "alice");
        alice.record("release.changed", "REL-1", Map.of("before", "the feed starts"));
        bobsFeed = feedOn(consoles.second);
        bobsFeed.start(heard::add);
    }

    @AfterEach
    void close() {
        bobsFeed.close();
        consoles.close();
    }

    private WorkspaceChange next() throws InterruptedException {
        WorkspaceChange change = heard.poll(10, TimeUnit.SECONDS);
        assertThat(change).as("a change heard within 10 s").isNotNull();
        return change;
    }

    @Test
    void otherConsoleHearsWhoChangedWhat() throws Exception {
        alice.record("release.changed", "REL-1042", Map.of("moved", "04:00"));
        WorkspaceChange change = next();
        assertThat(change.notice()).isEqualTo("workspace changed by alice (release.changed, REL-1042)");
        assertThat(change.seq()).isEqualTo(2);
    }

    @Test
    void changesArriveInOrderAndOnlyThoseAfterTheStart() throws Exception {
        alice.record("freeze.added", "Recovery shop", Map.of());
        alice.record("gate.waived", "REL-7", Map.of());
        assertThat(next().kind()).isEqualTo("freeze.added");
        assertThat(next().kind()).isEqualTo("gate.waived");
        assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }
}
