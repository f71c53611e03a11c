package io.drillbook.cli;

import io.drillbook.core.team.Action;
import io.drillbook.core.evidence.EvidenceCheckpoint;
import io.drillbook.core.evidence.EvidenceArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code archive evidence --before DATE --out DIR}: writes evidence older than DATE (UTC midnight) to
 * a bundle in DIR, prunes it and leaves a signed checkpoint. Register e.g. as a subcommand group
 * {@code archive} with {@code new ArchiveEvidenceCommand(() -> context.get().reports().retention())}.
 */
@Mutates(Action.ARCHIVE_EVIDENCE)
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "Archive evidence older than a date to a bundle, then prune it, leaving a signed checkpoint.")
public final class ArchiveEvidenceCommand implements Callable<Integer> {
    private static final Logger LOGGER = LoggerFactory.getLogger(ArchiveEvidenceCommand.class);

    private final Supplier<EvidenceArchive> retention;

    @Option(names = "--before", required = true, paramLabel = "DATE", description = "Archive events recorded before this day (UTC)")
    LocalDate before;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the archive bundle")
    Path out;

    @Spec
    CommandSpec spec;

    public ArchiveEvidenceCommand(Supplier<EvidenceArchive> retention) {
        this.retention = retention;
    }

    @Override
    public Integer call() {
        try {
            Optional<EvidenceCheckpoint> cp = retention.get().archiveBefore(before.atStartOfDay(ZoneOffset.UTC).toInstant(), out);
            spec.commandLine().getOut().println(cp.map(c -> "Archived events up to " + c.seq() + " (checkpoint hash " + c.hash() + ")")
                    .orElse("Nothing recorded before " + before + " is left to archive"));
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            LOGGER.debug("archive evidence failed", e);
            spec.commandLine().getErr().println("drillbook: archive evidence: " + ErrorMessages.oneLine(e));
            return ExitCodes.ERROR;
        }
    }
}
