package io.drillbook.core.calendar;

import io.drillbook.core.model.SystemEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link WaiverRepository} does; the fake and the JDBC adapter run these tests. */
public abstract class WaiverRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    protected Path dir;
    protected WaiverRepository repo;

    protected abstract WaiverRepository newRepository();

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

    private static Waiver waiver(String id, Instant given, Duration valid) {
        return new Waiver(id, Gate.values()[0], "REL-1042", new SystemEnv("shop", "prod"), "carol", "drill booked for Friday",
                given, given.plus(valid));
    }

    @Test
    void aStoredWaiverReadsBackWhole() {
        Waiver w = waiver("w1", T0, Duration.ofDays(7));
        repo.save(w);
        assertThat(repo.byId("w1")).contains(w);
        assertThat(repo.byId("w2")).isEmpty();
    }

    @Test
    void activeMeansGivenAtOrBeforeAndExpiringAfterTheMoment() {
        repo.save(waiver("old", T0.minus(Duration.ofDays(10)), Duration.ofDays(2)));
        repo.save(waiver("now", T0, Duration.ofHours(1)));
        repo.save(waiver("later", T0.plusSeconds(60), Duration.ofDays(1)));
        assertThat(repo.activeAt(T0)).extracting(Waiver::id).containsExactly("now");
        assertThat(repo.activeAt(T0.plus(Duration.ofHours(1)))).extracting(Waiver::id).containsExactly("later");
        assertThat(repo.activeAt(T0.plusSeconds(120))).extracting(Waiver::id).containsExactly("later", "now");
    }

    @Test
    void expiredWaiversStayAsHistoryNewestFirst() {
        repo.save(waiver("old", T0.minus(Duration.ofDays(10)), Duration.ofDays(2)));
        repo.save(waiver("new", T0, Duration.ofDays(2)));
        assertThat(repo.all()).extracting(Waiver::id).containsExactly("new", "old");
    }

    @Test
    void aSecondWaiverWithAStoredIdIsRefused() {
        repo.save(waiver("w1", T0, Duration.ofDays(7)));
        assertThatThrownBy(() -> repo.save(waiver("w1", T0.plusSeconds(5), Duration.ofDays(1)))).isInstanceOf(RuntimeException.class);
        assertThat(repo.all()).singleElement().satisfies(w -> assertThat(w.createdAt()).isEqualTo(T0));
    }
}
