package io.drillbook.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.core.model.Backup;
import io.drillbook.core.model.SystemEnv;
import io.drillbook.core.inventory.BackupRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code backups list --system S --env E [--from DATE] [--to DATE] [--zone Z] [--json]}: what the
 * inventory holds for one system and environment, oldest first, so a user can check what an import
 * did. Exit 0 (also when there is nothing), 2 on bad arguments.
 */
@ReadOnly
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the backups the inventory holds for one system and environment.")
public final class BackupsListCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NO_END = Instant.parse("9999-01-01T00:00:00Z");

    private final Supplier<BackupRepository> backups;

    @Spec
    private CommandSpec spec;

    @Option(names = "--system", required = true)
    private String system;

    @Option(names = "--env", required = true)
    private String env;

    @Option(names = "--from", description = "first day (by completion, or start while running), e.g. 2026-10-01")
    private LocalDate from;

    @Option(names = "--to", description = "last day (inclusive)")
    private LocalDate to;

    @Option(names = "--zone", defaultValue = "UTC", description = "days in this zone (default ${DEFAULT-VALUE})")
    private ZoneId zone;

    @Option(names = "--json", description = "print JSON")
    private boolean json;

    /** @param backups looked up only when the command runs, so {@code --help} opens no database */
    public BackupsListCommand(Supplier<BackupRepository> backups) {
        this.backups = backups;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (from != null && to != null && to.isBefore(from)) {
            spec.commandLine().getErr().println("error: --to " + to + " is before --from " + from);
            return ExitCodes.ERROR;
        }
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? NO_END : to.plusDays(1).atStartOfDay(zone).toInstant();
        SystemEnv target;
        try {
            target = new SystemEnv(system, env);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        List<Backup> list = backups.get().between(target, start, end);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(asJson(target, list)));
            return ExitCodes.OK;
        }
        out.printf(Locale.ROOT, "%-10s %-10s %-24s %-24s %14s %-8s %s%n", "source", "status", "started", "completed", "size", "verified", "id");
        for (Backup b : list) {
            out.printf(Locale.ROOT, "%-10s %-10s %-24s %-24s %14s %-8s %s%n", source(b), b.status().name().toLowerCase(Locale.ROOT),
                    CliTimes.at(b.startedAt()), CliTimes.at(b.completedAt()), b.sizeBytes() < 0 ? "-" : io.drillbook.core.format.HumanUnits.size(b.sizeBytes()),
                    b.verified() ? "yes" : "no", b.externalId());
        }
        out.println(list.size() + (list.size() == 1 ? " backup" : " backups") + " of " + target);
        return ExitCodes.OK;
    }

    private static String source(Backup b) {
        return b.source().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, Object> asJson(SystemEnv target, List<Backup> list) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("system", target.system());
        root.put("env", target.environment());
        root.put("backups", list.stream().map(b -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", b.externalId());
            m.put("source", source(b));
            m.put("status", b.status().name());
            m.put("goodRecoveryPoint", b.status().isRecoveryPoint());
            m.put("startedAt", b.startedAt().toString());
            m.put("completedAt", b.completedAt() == null ? null : b.completedAt().toString());
            m.put("sizeBytes", b.sizeBytes() < 0 ? null : b.sizeBytes());
            m.put("checksum", b.checksum().isEmpty() ? null : b.checksum());
            m.put("location", b.location());
            m.put("encrypted", b.encrypted());
            m.put("verified", b.verified());
            return m;
        }).toList());
        return root;
    }
}
