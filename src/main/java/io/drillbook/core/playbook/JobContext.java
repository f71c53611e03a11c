package io.drillbook.core.playbook;

import io.drillbook.core.connect.CommandSession;
import io.drillbook.core.connect.RemoteShell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * What a step's job works with during one run: values, the run's shells and command sessions
 * (opened once per profile, closed when the run stops), where output goes, the gate for people, and the clock.
 */
final class JobContext implements AutoCloseable {
    final String runId;
    final String operator;
    final Map<String, String> values;
    final Map<String, String> masked;
    final PlaybookConnections connections;
    final PlaybookGate gate;
    final Path outputDir;
    final Clock clock;
    final PlaybookListener listener;
    private final Map<String, RemoteShell> shells = new HashMap<>();
    private final Map<String, CommandSession> sessions = new HashMap<>();

    JobContext(String runId, String operator, Map<String, String> values, PlaybookConnections connections,
               PlaybookGate gate, Path outputDir, Clock clock, PlaybookListener listener) {
        this.runId = runId;
        this.operator = operator;
        this.values = values;
        this.masked = PlaybookVariables.masked(values);
        this.connections = connections;
        this.gate = gate;
        this.outputDir = outputDir;
        this.clock = clock;
        this.listener = listener;
    }

    RemoteShell shell(String profile) {
        return shells.computeIfAbsent(profile, name -> connections.shells().open(connections.profile(name)));
    }

    /** The run's command session on {@code profile}: over SSH, one long-lived shell for all its commands. */
    CommandSession session(String profile) {
        return sessions.computeIfAbsent(profile, name -> shell(name).openSession());
    }

    @Override
    public void close() {
        sessions.values().forEach(CommandSession::close);
        sessions.clear();
        shells.values().forEach(RemoteShell::close);
        shells.clear();
    }
}
