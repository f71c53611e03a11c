package io.drillbook.ui.settings;

import io.drillbook.core.connect.KnownHostKey;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.ui.common.CurrentThreadTaskRunner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Known host keys in the settings without a window: the fakes, tasks on the calling thread. */
class KnownHostsViewModelTest {
    final SettingsFakes fakes = new SettingsFakes();
    final KnownHostsViewModel vm = new KnownHostsViewModel(fakes.knownHosts, fakes.settings, new CurrentThreadTaskRunner());

    @Test
    void removingAKeyListsTheRestSaysTheNextConnectionAsksAgainAndIsEvidence() {
        vm.load();
        assertThat(vm.keys()).hasSize(3);
        KnownHostKey rsa = vm.keys().get(1);

        vm.remove(rsa);

        assertThat(vm.keys()).extracting(KnownHostKey::keyType).containsExactly("ssh-ed25519", "ssh-ed25519");
        assertThat(vm.messageProperty().get())
                .isEqualTo("Removed ssh-rsa key of [drill-sandbox.internal]:22; the next connection asks again.");
        assertThat(fakes.evidence.find(EvidenceQuery.all(10).withKindPrefix("profile.hostkey.removed"))).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("SHA256:def"));
    }
}
