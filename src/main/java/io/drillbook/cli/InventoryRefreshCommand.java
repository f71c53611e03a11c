package io.drillbook.cli;

import io.drillbook.core.team.Action;
import io.drillbook.core.inventory.InventoryRefresher;
import io.drillbook.core.inventory.RefreshOutcome;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code drillbook inventory refresh [NAME]}: refreshes one stored refresh source, or all of them,
 * headless. Exit 0 when every refresh succeeded, 1 when one failed, 2 when there is no such source
 * (or none at all). Every refresh is evidence, failed ones too.
 */
@Mutates(Action.IMPORT_BACKUPS)
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Run the backup tools' listings (or list S3 prefixes) of the stored refresh sources and import what they report.")
public final class InventoryRefreshCommand implements Callable<Integer> {
    private final Supplier<InventoryRefresher> refresher;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the refresh source; all of them when left out")
    String sourceName;

    /** @param refresher opened only when the command runs, so {@code --help} opens nothing */
    public InventoryRefreshCommand(Supplier<InventoryRefresher> refresher) {
        this.refresher = refresher;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InventoryRefresher service = refresher.get();
        if (sourceName != null && service.sources().find(sourceName).isEmpty()) {
            err.println("no inventory refresh source named '" + sourceName + "'");
            return ExitCodes.ERROR;
        }
        List<RefreshOutcome> outcomes = sourceName == null
                ? service.refreshAll(ProgressListener.NONE, CancellationToken.none())
                : List.of(service.refresh(sourceName, ProgressListener.NONE, CancellationToken.none()));
        if (outcomes.isEmpty()) {
            err.println("no inventory refresh sources are configured (add them under Settings > Inventory refresh)");
            return ExitCodes.ERROR;
        }
        outcomes.forEach(o -> out.println(o.describe()));
        out.flush();
        return outcomes.stream().allMatch(RefreshOutcome::ok) ? ExitCodes.OK : ExitCodes.NO;
    }
}
