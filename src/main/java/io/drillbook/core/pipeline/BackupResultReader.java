package io.drillbook.core.pipeline;

import io.drillbook.core.connect.CommandRequest;
import io.drillbook.core.connect.CommandResult;
import io.drillbook.core.connect.OutputListener;
import io.drillbook.core.connect.RemoteShell;
import io.drillbook.core.connect.ShellQuote;
import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.work.CancellationToken;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a finished command into backup facts: a file's checksum and size, or restic's JSON summary. */
final class BackupResultReader {
    /** What the result says about the backup. */
    record Facts(String externalId, long sizeBytes, String checksum, String location) {
    }

    private BackupResultReader() {
    }

    /** {@code sha256sum} and {@code stat} over the same connection, so a remote file is read where it lies. */
    static Facts file(RemoteShell shell, String path, String location, Path outputDir, String backupId) {
        String quoted = ShellQuote.quote(path);
        CommandResult r = shell.run(CommandRequest.of("sha256sum -- " + quoted + " && stat -c %s -- " + quoted, outputDir),
                OutputListener.NONE, CancellationToken.none());
        List<String> lines = r.stdout().preview().lines().toList();
        if (!r.succeeded() || lines.size() < 2) {
            throw new IllegalStateException("the command succeeded but its result file " + path + " cannot be read ("
                    + r.outcome() + (r.stderr().preview().isBlank() ? "" : ": " + r.stderr().preview().strip()) + ")");
        }
        String checksum = lines.get(0).split("\\s+")[0];
        long size = Long.parseLong(lines.get(1).trim());
        if (size == 0) {
            throw new IllegalStateException("the result file " + path + " is empty");
        }
        return new Facts(backupId, size, "sha256:" + checksum, location);
    }

    /** The last {@code "message_type":"summary"} line of {@code restic backup --json}. */
    static Facts resticJson(CommandResult r, String location) {
        String out = r.stdout().preview();
        Optional<Map<String, Object>> summary = out.lines().map(String::strip).filter(l -> l.startsWith("{") && l.contains("\"summary\""))
                .map(BackupResultReader::parse).flatMap(Optional::stream)
                .filter(m -> "summary".equals(m.get("message_type"))).reduce((a, b) -> b);
        if (summary.isEmpty() || summary.get().get("snapshot_id") == null) {
            throw new IllegalStateException("the command printed no restic summary with a snapshot_id (is it `restic backup --json`?)");
        }
        Map<String, Object> s = summary.get();
        Object bytes = s.getOrDefault("total_bytes_processed", -1);
        return new Facts(s.get("snapshot_id").toString(), ((Number) bytes).longValue(), "", location);
    }

    private static Optional<Map<String, Object>> parse(String line) {
        try {
            return Optional.of(CanonicalJson.readMap(line));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
