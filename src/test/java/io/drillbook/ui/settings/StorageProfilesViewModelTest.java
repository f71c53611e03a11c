package io.drillbook.ui.settings;

import io.drillbook.core.connect.Retry;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.infra.s3.S3ObjectStore;
import io.drillbook.testing.S3ProxyServer;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The storage profile form and its naming-rule preview on real objects behind S3Proxy; profiles and evidence in the fakes. */
class StorageProfilesViewModelTest {
    static final String BUCKET = "backups";
    static S3ProxyServer s3;

    SettingsFakes fakes;
    StorageProfilesViewModel model;
    final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3ProxyServer.start();
        s3.createBucket(BUCKET);
        for (String key : List.of("shop/prod/2026-11-20T0100.dump", "shop/prod/2026-11-21T0100.dump",
                "shop/prod/latest.txt", "other/2026-11-21.tar")) {
            s3.put(BUCKET, key, key.getBytes());
        }
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @BeforeEach
    void open() {
        fakes = new SettingsFakes();
        model = new StorageProfilesViewModel(fakes.settings, fakes.storage,
                p -> new S3ObjectStore(p, S3ProxyServer.credentials(), Retry.standard()), new CurrentThreadTaskRunner(),
                task -> {
                    task.run();
                    progress.add(model.previewStatusProperty().get());
                });
    }

    StorageDraft draft(String prefix, String rule) {
        return new StorageDraft("backups", "us-east-1", "", s3.endpoint().toString(), true, BUCKET, prefix, rule);
    }

    @Test
    void previewSortsRealKeysUnderThePrefixByTheNamingRuleBeforeSaving() {
        List<String> problems = model.preview(draft("shop/prod/", "{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump"));

        assertThat(problems).isEmpty();
        assertThat(model.matched()).containsExactly(
                "shop/prod/2026-11-20T0100.dump  →  shop/prod at 2026-11-20T01:00:00Z",
                "shop/prod/2026-11-21T0100.dump  →  shop/prod at 2026-11-21T01:00:00Z");
        assertThat(model.unmatched()).containsExactly("shop/prod/latest.txt");
        assertThat(model.previewStatusProperty().get()).isEqualTo("3 objects: 2 match the rule, 1 do not");
        assertThat(progress).anyMatch(p -> p.contains("objects so far"));
        assertThat(fakes.storage.all()).isEmpty();
        assertThat(model.listingProperty().get()).isFalse();
    }

    @Test
    void badNamingRuleIsNamedAndNothingIsListed() {
        List<String> problems = model.preview(draft("", "{system}/{when}.dump"));

        assertThat(problems).singleElement().asString().startsWith("Naming rule:").contains("unknown token {when}");
        assertThat(model.matched()).isEmpty();
        assertThat(model.previewStatusProperty().get()).isEmpty();
    }

    @Test
    void endpointWithCredentialsIsRefused() {
        StorageDraft withSecret = new StorageDraft("b", "", "", "http://key:secret@127.0.0.1:9000", true, BUCKET, "", "");

        assertThat(model.save(withSecret)).containsExactly("Endpoint: must not hold credentials; use an AWS profile");
        assertThat(fakes.storage.all()).isEmpty();
    }

    @Test
    void savedProfileIsEvidenceWithoutSecrets() {
        assertThat(model.save(draft("shop/", "{system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump"))).isEmpty();

        assertThat(model.profiles()).extracting(p -> p.name()).containsExactly("backups");
        assertThat(fakes.evidence.find(EvidenceQuery.all(10).withKindPrefix("profile.storage.created")))
                .singleElement().satisfies(e -> assertThat(e.payload()).contains("s3://backups/shop/").doesNotContain("secret"));
    }
}
