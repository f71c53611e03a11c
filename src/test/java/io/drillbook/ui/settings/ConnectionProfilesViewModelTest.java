package io.drillbook.ui.settings;

import io.drillbook.core.connect.AuthMethod;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.ConnectionTest;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Connection profiles in the settings without a window: the fakes, tasks on the calling thread. */
class ConnectionProfilesViewModelTest {
    final SettingsFakes fakes = new SettingsFakes();
    ConnectionTest answer = ConnectionTest.failed("drill-sandbox", "connect", null, null, "connection refused");
    final ConnectionProfilesViewModel vm = new ConnectionProfilesViewModel(fakes.settings, fakes.connections, p -> answer,
            new CurrentThreadTaskRunner());

    private static ConnectionDraft draft(String name, String host, String port) {
        return new ConnectionDraft(name, host, port, "drill", AuthMethod.AGENT, "", "", "15", "30", "30");
    }

    @Test
    void anInvalidDraftNamesEachWrongFieldAndSavesNothing() {
        assertThat(vm.save(draft("", "sandbox.internal", "99999"))).anySatisfy(p -> assertThat(p).startsWith("Name"))
                .anySatisfy(p -> assertThat(p).startsWith("Port"));
        assertThat(fakes.connections.all()).isEmpty();
        assertThat(fakes.evidence.head()).isEmpty();
    }

    @Test
    void aValidDraftIsSavedListedAndDeleted() {
        assertThat(vm.save(draft("drill-sandbox", "sandbox.internal", "2222"))).isEmpty();
        assertThat(vm.profiles()).extracting(ConnectionProfile::name).containsExactly("drill-sandbox");
        assertThat(vm.profiles().get(0).port()).isEqualTo(2222);
        assertThat(vm.messageProperty().get()).isEqualTo("Saved drill-sandbox");
        assertThat(fakes.evidence.find(EvidenceQuery.all(10).withKindPrefix("profile."))).isNotEmpty();

        vm.delete("drill-sandbox");
        assertThat(vm.profiles()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Deleted drill-sandbox");
    }

    @Test
    void aTestShowsWhereItFailedOrWhatItFound() {
        ConnectionProfile sandbox = ConnectionProfile.ssh("drill-sandbox", "sandbox.internal", 22, "drill", AuthMethod.AGENT, null);
        vm.test(sandbox);
        assertThat(vm.testingProperty().get()).isFalse();
        assertThat(vm.testResultProperty().get()).isEqualTo("FAILED at connect: connection refused");

        answer = ConnectionTest.passed("drill-sandbox", "ssh-ed25519", "SHA256:abc", "agent", Duration.ofMillis(42));
        vm.test(sandbox);
        assertThat(vm.testResultProperty().get()).isEqualTo("OK: host key ssh-ed25519 SHA256:abc, authenticated by agent, round trip 42 ms");
    }
}
