package io.drillbook.infra.drill;

import io.drillbook.core.drill.BackupSelection;
import io.drillbook.core.drill.BackupSelector;
import io.drillbook.core.drill.DrillPlan;
import io.drillbook.core.drill.DrillPlanLibrary;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.infra.workspace.FileFormatException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrillPlanLibraryTest {
    @TempDir
    Path tmp;
    DrillFixture fx;
    DrillPlanLibrary library;

    @BeforeEach
    void setUp() throws IOException {
        fx = new DrillFixture(tmp);
        library = new DrillPlanLibrary(new JdbcDrillPlanRepository(fx.db), DrillPlanYaml::read, fx.evidence, fx.clock);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void savedPlanReadsBackWithItsYamlTextAndIsListedForItsTarget() throws IOException {
        String yaml = Files.readString(Path.of("src/test/resources/drill/shop-db.yaml"));
        DrillPlan saved = library.save(yaml, "shop-db.yaml", "alice");

        assertThat(library.stored(saved.name()).orElseThrow().yaml()).isEqualTo(yaml);
        assertThat(library.stored(saved.name()).orElseThrow().updatedBy()).isEqualTo("alice");
        assertThat(library.plan(saved.name())).contains(saved);
        assertThat(library.forTarget(DrillFixture.SHOP_PROD)).extracting(p -> p.name()).containsExactly(saved.name());
    }

    @Test
    void everyChangeIsEvidenceAndReplacingKeepsOnePlan() throws IOException {
        String yaml = Files.readString(Path.of("src/test/resources/drill/shop-db.yaml"));
        library.save(yaml, "a.yaml", "alice");
        library.save(yaml.replace("PT2M", "PT3M"), "b.yaml", "bob");
        library.delete("shop-db restore", "carol");

        List<EvidenceEvent> events = fx.evidence.repository().find(EvidenceQuery.all(10).withKindPrefix("drill-plan"));
        assertThat(events).extracting(EvidenceEvent::kind)
                .containsExactlyInAnyOrder("drill-plan.saved", "drill-plan.saved", "drill-plan.deleted");
        assertThat(library.all()).isEmpty();
    }

    @Test
    void planThatDoesNotParseIsRefusedWithLineAndNotStored() throws IOException {
        String yaml = Files.readString(Path.of("src/test/resources/drill/shop-db.yaml")) + "bogus: 1\n";
        assertThatThrownBy(() -> library.save(yaml, "bad.yaml", "alice"))
                .isInstanceOf(FileFormatException.class).hasMessageContaining("bad.yaml:").hasMessageContaining("bogus");
        assertThat(library.all()).isEmpty();
    }

    @Test
    void selectorPicksLatestLatestVerifiedIdAndRandomWithinDays() {
        Instant now = fx.clock.instant();
        Backup older = backup("snap-0", now.minus(Duration.ofDays(3)), BackupStatus.SUCCEEDED);
        Backup failed = backup("snap-2", now.minus(Duration.ofHours(1)), BackupStatus.FAILED);
        fx.backups.addAll(List.of(older, failed));
        fx.backups.markVerified(DrillFixture.SHOP_PROD, "snap-0");
        BackupSelector selector = new BackupSelector(fx.backups, fx.clock, new Random(1));

        assertThat(selector.select(DrillFixture.SHOP_PROD, BackupSelection.latest()).externalId()).isEqualTo("snap-1");
        assertThat(selector.select(DrillFixture.SHOP_PROD, BackupSelection.latestVerified()).externalId()).isEqualTo("snap-0");
        assertThat(selector.select(DrillFixture.SHOP_PROD, BackupSelection.id("snap-0")).externalId()).isEqualTo("snap-0");
        assertThat(selector.select(DrillFixture.SHOP_PROD, BackupSelection.randomWithinDays(1)).externalId()).isEqualTo("snap-1");
        assertThatThrownBy(() -> selector.select(DrillFixture.SHOP_PROD, BackupSelection.id("snap-2")))
                .hasMessageContaining("FAILED");
        assertThatThrownBy(() -> selector.select(DrillFixture.SHOP_PROD, BackupSelection.id("nope")))
                .hasMessageContaining("no backup with id 'nope'");
    }

    private Backup backup(String id, Instant completed, BackupStatus status) {
        return new Backup(DrillFixture.SHOP_PROD, BackupSource.LOCAL, id, completed.minusSeconds(60), completed,
                status, 10, "", "", false, null, false);
    }
}
