package io.drillbook.app;

import io.drillbook.ui.common.FxTaskRunner;
import io.drillbook.ui.common.TaskRunner;
import io.drillbook.ui.playbook.PlaybookServices;
import io.drillbook.ui.playbook.PlaybooksScreen;
import io.drillbook.ui.playbook.PlaybooksViewModel;

import java.time.ZoneId;

/** Builds the playbook runner screen from the composition root. */
final class PlaybookWiring {
    private PlaybookWiring() {
    }

    static PlaybooksScreen screen(AppContext ctx, TaskRunner runner) {
        PlaybookServices services = new PlaybookServices(ctx.playbookLibrary(), ctx.playbookJournal(),
                () -> ctx.playbookRunner(ConsoleConnectors.of(ctx)), ctx.playbookTimings(),
                ctx.runLocks(), ctx.accessPolicy(), ctx.outputDir(), ctx.config().operator(), ctx.clock(),
                ZoneId.systemDefault(), runner, FxTaskRunner::onFxThread, ctx::freezeChanged,
                ctx.identity().authenticated() ? ctx.approvalInbox() : null,
                new io.drillbook.core.playbook.PlaybookRunHistory(ctx.playbookJournal(), ctx.evidenceRepository()));
        return new PlaybooksScreen(new PlaybooksViewModel(services));
    }
}
