package io.drillbook.core.pipeline;

import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.CommandTemplate;
import io.drillbook.core.connect.ConnectionProfile;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.RemoteShellFactory;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.BackupSource;
import io.drillbook.core.model.BackupStatus;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.inventory.BackupRepository;
import io.drillbook.core.evidence.Transactions;
import io.drillbook.core.work.CancellationToken;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code backup run}: takes the pre-release backup the workspace names for a system and environment,
 * retries as configured, and records the result in the inventory with its pipeline context. The
 * backup and its evidence event commit together. A run that ends without a good backup records a
 * failed backup, so the newest-backup gate sees the failure too.
 */
public final class BackupRunService {
    public static final String SUCCEEDED = "backup.run.succeeded";
    public static final String FAILED = "backup.run.failed";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final PipelineSettingsRepository settings;
    private final Function<String, Optional<ConnectionProfile>> profiles;
    private final RemoteShellFactory shells;
    private final BackupRepository backups;
    private final EvidenceLog evidence;
    private final Transactions transactions;
    private final Clock clock;
    private final Path outputDir;
    private Consumer<BackupRunOutcome> onFailure = outcome -> { };
    private Consumer<Duration> pause = BackupRunService::sleep;

    public BackupRunService(PipelineSettingsRepository settings, Function<String, Optional<ConnectionProfile>> profiles,
                            RemoteShellFactory shells, BackupRepository backups, EvidenceLog evidence, Transactions transactions,
                            Clock clock, Path outputDir) {
        this.settings = settings;
        this.profiles = profiles;
        this.shells = shells;
        this.backups = backups;
        this.evidence = evidence;
        this.transactions = transactions;
        this.clock = clock;
        this.outputDir = outputDir;
    }

    /** Told about every run that ends without a good backup (notifications). */
    public BackupRunService onFailure(Consumer<BackupRunOutcome> listener) {
        this.onFailure = listener;
        return this;
    }

    /** @throws IllegalArgumentException when the workspace names no pre-release backup for {@code target} */
    public BackupRunOutcome run(SystemEnv target, PipelineContext context) {
        PreReleaseBackupSpec spec = settings.load().preReleaseBackup(target).orElseThrow(() -> new IllegalArgumentException(
                "the workspace names no pre-release backup for " + target + " (pipelines: preReleaseBackups: in the workspace file)"));
        ConnectionProfile profile = profiles.apply(spec.profile()).orElseThrow(() -> new IllegalArgumentException(
                "pre-release backup of " + target + " names connection profile '" + spec.profile() + "', which does not exist"));
        Instant started = clock.instant();
        String backupId = "prerelease-" + target.system() + "-" + target.environment() + "-" + ID_TIME.format(started);
        Map<String, String> values = Map.of("backup.id", backupId, "system", target.system(), "environment", target.environment(),
                "release", context.release(), "commit", context.commit(), "pipeline", context.pipeline());
        String command = new CommandTemplate(spec.command()).render(values);
        Path dir = outputDir.resolve("backup-runs").resolve(backupId);
        List<BackupRunOutcome.Attempt> attempts = new ArrayList<>();
        String reason = "";
        RemoteShell opened = null;
        try {
            opened = shells.open(profile);
        } catch (RuntimeException e) {
            reason = "cannot connect over profile '" + profile.name() + "': " + e.getMessage();
        }
        if (opened != null) try (RemoteShell shell = opened) {
            for (int n = 1; n <= spec.attempts(); n++) {
                if (n > 1) {
                    pause.accept(spec.retryDelay());
                }
                Instant attemptStart = clock.instant();
                try {
                    CommandResult r = shell.run(new CommandRequest(command, spec.timeout(), dir.resolve("attempt-" + n),
                            CommandRequest.DEFAULT_KEEP_BYTES), OutputListener.NONE, CancellationToken.none());
                    if (!r.succeeded()) {
                        throw new IllegalStateException("command " + r.outcome() + stderrTail(r));
                    }
                    BackupResultReader.Facts facts = facts(spec, shell, r, values, dir, backupId, profile);
                    attempts.add(new BackupRunOutcome.Attempt(n, "succeeded", Duration.between(attemptStart, clock.instant())));
                    return record(new Backup(target, source(spec), facts.externalId(), started, clock.instant(), BackupStatus.SUCCEEDED,
                            facts.sizeBytes(), facts.checksum(), facts.location(), false, null, false), backupId, context, attempts, "");
                } catch (RuntimeException e) {
                    reason = "attempt " + n + " of " + spec.attempts() + ": " + e.getMessage();
                    attempts.add(new BackupRunOutcome.Attempt(n, e.getMessage(), Duration.between(attemptStart, clock.instant())));
                }
            }
        }
        Backup failed = new Backup(target, source(spec), backupId, started, clock.instant(), BackupStatus.FAILED, -1, "", "", false, null, false);
        BackupRunOutcome outcome = record(failed, backupId, context, attempts, reason);
        onFailure.accept(outcome);
        return outcome;
    }

    private BackupRunOutcome record(Backup backup, String backupId, PipelineContext context, List<BackupRunOutcome.Attempt> attempts,
                                    String reason) {
        boolean good = backup.status() == BackupStatus.SUCCEEDED;
        BackupRunOutcome outcome = new BackupRunOutcome(backupId, backup.target(), context, good ? Optional.of(backup) : Optional.empty(),
                attempts, reason);
        evidence.commit(() -> backups.addAll(List.of(backup)),
                io.drillbook.core.evidence.EvidenceLog.Entry.of(good ? SUCCEEDED : FAILED, backup.target().toString(), outcome.toMap()));
        return outcome;
    }

    private static BackupResultReader.Facts facts(PreReleaseBackupSpec spec, RemoteShell shell, CommandResult r, Map<String, String> values,
                                                  Path dir, String backupId, ConnectionProfile profile) {
        if (spec.result() == PreReleaseBackupSpec.ResultKind.RESTIC_JSON) {
            return BackupResultReader.resticJson(r, spec.location() == null ? "" : plain(spec.location(), values));
        }
        String file = plain(spec.file(), values);
        String location = spec.location() != null ? plain(spec.location(), values)
                : profile.kind() == io.drillbook.core.connect.ConnectionKind.LOCAL ? Path.of(file).toAbsolutePath().toString()
                : "ssh://" + profile.address() + (file.startsWith("/") ? "" : "/") + file;
        return BackupResultReader.file(shell, file, location, dir.resolve("checksum"), backupId);
    }

    /** Fills a path or location template without shell quoting (it names a file, it is not run). */
    private static String plain(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("${" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    private static BackupSource source(PreReleaseBackupSpec spec) {
        return spec.result() == PreReleaseBackupSpec.ResultKind.RESTIC_JSON ? BackupSource.RESTIC : BackupSource.LOCAL;
    }

    private static String stderrTail(CommandResult r) {
        String err = r.stderr().preview().strip();
        if (err.isEmpty()) {
            return "";
        }
        String last = err.lines().reduce((a, b) -> b).orElse("");
        return ": " + (last.length() > 300 ? last.substring(last.length() - 300) : last);
    }

    /** Replaces the pause between attempts (tests). */
    BackupRunService pausingWith(Consumer<Duration> pauser) {
        this.pause = pauser;
        return this;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
