package io.drillbook.app.playbooks;

import io.drillbook.core.playbook.PlaybookRunHistory;
import io.drillbook.app.platform.FreezesChanged;
import io.drillbook.app.platform.Platform;
import io.drillbook.app.settings.Connectors;
import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.common.TaskRunner;
import io.drillbook.ui.playbook.PlaybookServices;
import io.drillbook.ui.playbook.PlaybooksScreen;
import io.drillbook.ui.playbook.PlaybooksViewModel;

import java.time.ZoneId;
import java.util.function.Supplier;

/** The console's Playbooks screen, built from the playbooks module; freeze changes go out on the event channel. */
public final class PlaybooksScreens {
    private PlaybooksScreens() {
    }

    /** @param connectors the console's connectors, asked again for each run */
    public static PlaybooksScreen screen(Platform platform, PlaybooksModule playbooks, Supplier<Connectors> connectors,
                                         TaskRunner runner) {
        PlaybookServices services = new PlaybookServices(playbooks.playbookLibrary(), playbooks.playbookJournal(),
                () -> playbooks.playbookRunner(connectors.get()), playbooks.playbookTimings(),
                platform.runLocks(), platform.accessPolicy(), platform.outputDir(), platform.config().operator(), platform.clock(),
                ZoneId.systemDefault(), runner, FxTaskRunner::onFxThread, () -> platform.events().publish(new FreezesChanged()),
                platform.identity().authenticated() ? playbooks.approvalInbox() : null,
                new PlaybookRunHistory(playbooks.playbookJournal(), platform.evidenceRepository()));
        return new PlaybooksScreen(new PlaybooksViewModel(services));
    }
}
