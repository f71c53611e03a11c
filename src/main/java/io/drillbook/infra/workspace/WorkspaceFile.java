package io.drillbook.infra.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.drillbook.core.model.ReleaseStatus;
import io.drillbook.core.model.RiskClass;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The workspace file exactly as people write it (see README, "Workspace as code"). These records
 * mirror the YAML one to one so that Jackson can point at the line and column of any mistake;
 * {@link WorkspaceMapping} turns them into domain objects and back.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"systems", "backupWindows", "cabMeetings", "freezes", "releases",
        "connectionProfiles", "storageProfiles", "refreshSources", "trustedHostKeys"})
@com.fasterxml.jackson.annotation.JsonIgnoreProperties({"pipelines"}) // read by infra.pipeline.PipelinesYaml
record WorkspaceFile(List<SystemEntry> systems, List<WindowEntry> backupWindows, List<MeetingEntry> cabMeetings,
                     List<FreezeEntry> freezes, List<ReleaseEntry> releases,
                     List<SettingsEntries.ConnectionEntry> connectionProfiles, List<SettingsEntries.StorageEntry> storageProfiles,
                     List<SettingsEntries.RefreshEntry> refreshSources, List<SettingsEntries.HostKeyEntry> trustedHostKeys) {

    WorkspaceFile {
        connectionProfiles = orEmpty(connectionProfiles);
        storageProfiles = orEmpty(storageProfiles);
        refreshSources = orEmpty(refreshSources);
        trustedHostKeys = orEmpty(trustedHostKeys);
        systems = orEmpty(systems);
        backupWindows = orEmpty(backupWindows);
        cabMeetings = orEmpty(cabMeetings);
        freezes = orEmpty(freezes);
        releases = orEmpty(releases);
    }

    /** A missing field, reported by Jackson with the line and column of the entry. */
    static void required(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"name", "owner", "tier", "description", "environments"})
    record SystemEntry(String name, String owner,
                       Integer tier, String description,
                       Map<String, PolicyEntry> environments) {
        SystemEntry {
            required(name, "name");
            required(owner, "owner");
            required(tier, "tier");
            environments = environments == null ? Map.of() : environments;
        }
    }

    /** A policy; {@code earlier} holds the policies it replaced, so history round-trips. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"rpo", "rto", "drillEvery", "preReleaseBackupAge", "warnShare", "effectiveFrom", "earlier"})
    record PolicyEntry(Duration rpo, Duration rto,
                       Period drillEvery, Duration preReleaseBackupAge, Double warnShare,
                       LocalDate effectiveFrom, List<PolicyEntry> earlier) {
        PolicyEntry {
            required(rpo, "rpo");
            required(rto, "rto");
            required(drillEvery, "drillEvery");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"name", "systems", "environments", "start", "duration", "timeZone", "rrule", "exdates"})
    record WindowEntry(String name, List<String> systems,
                       List<String> environments, LocalDateTime start,
                       Duration duration, ZoneId timeZone,
                       String rrule, List<LocalDateTime> exdates) {
        WindowEntry {
            required(name, "name");
            required(systems, "systems");
            required(start, "start");
            required(duration, "duration");
            required(timeZone, "timeZone");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"title", "start", "duration", "timeZone", "rrule", "exdates"})
    record MeetingEntry(String title, LocalDateTime start,
                        Duration duration, ZoneId timeZone,
                        String rrule, List<LocalDateTime> exdates) {
        MeetingEntry {
            required(title, "title");
            required(start, "start");
            required(duration, "duration");
            required(timeZone, "timeZone");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"name", "reason", "environments", "start", "duration", "timeZone", "rrule", "exdates", "activeRecovery"})
    record FreezeEntry(String name, String reason, List<String> environments,
                       LocalDateTime start, Duration duration,
                       ZoneId timeZone, String rrule, List<LocalDateTime> exdates,
                       Boolean activeRecovery) {
        FreezeEntry {
            required(name, "name");
            required(start, "start");
            required(duration, "duration");
            required(timeZone, "timeZone");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "title", "systems", "environments", "start", "end", "risk", "status", "cab"})
    record ReleaseEntry(String id, String title,
                        List<String> systems,
                        List<String> environments,
                        Instant start, Instant end,
                        RiskClass risk, ReleaseStatus status, CabEntry cab) {
        ReleaseEntry {
            required(id, "id");
            required(systems, "systems");
            required(environments, "environments");
            required(start, "start");
            required(end, "end");
            required(risk, "risk");
        }
    }

    record CabEntry(String approvedBy, Instant approvedAt) {
        CabEntry {
            required(approvedBy, "approvedBy");
            required(approvedAt, "approvedAt");
        }
    }
}
