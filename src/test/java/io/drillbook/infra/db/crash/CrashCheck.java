package io.drillbook.infra.db.crash;

import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcEvidenceRepository;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Compares what each killed child printed with what the store holds after the next start. */
public final class CrashCheck {
    private final JdbcEvidenceRepository evidence;
    private final Database db;
    private final List<String> problems = new ArrayList<>();
    private int printedEvents;
    private int lostEvents;
    private int finishedSteps;
    private int missingFinishedSteps;
    private int runsShownPassed;
    private int runsRecorded;

    private CrashCheck(Database db) {
        this.db = db;
        this.evidence = new JdbcEvidenceRepository(db);
    }

    /**
     * @param printedEvents      lines that stood for a commit (a run's first line, a step change, an append)
     * @param lostEvents         of those, the ones the store does not hold
     * @param runsShownPassed    killed runs (that had not printed their end) recorded as passed or completed
     */
    public record Result(int trials, int killed, int printedEvents, int lostEvents, int finishedSteps,
                         int missingFinishedSteps, int runsRecorded, int runsShownPassed, boolean verifyOk,
                         String verifyMessage, List<String> problems) {
        public boolean allKept() {
            return lostEvents == 0 && missingFinishedSteps == 0 && runsShownPassed == 0 && verifyOk && problems.isEmpty();
        }

        public String summary() {
            return String.format("%d trials (%d killed mid-run): %d committed events printed, %d lost; %d finished steps printed, "
                            + "%d missing; %d runs recorded, %d shown as passed; verify %s", trials, killed, printedEvents,
                    lostEvents, finishedSteps, missingFinishedSteps, runsRecorded, runsShownPassed,
                    verifyOk ? "OK" : "FAILED: " + verifyMessage);
        }
    }

    static Result of(Path dataDir, List<CrashTrial> trials) throws SQLException {
        try (Database db = Database.embedded(dataDir)) {
            CrashCheck check = new CrashCheck(db);
            // The demo workspace the first trial seeds holds a past playbook run of its own; the trials'
            // runs are the ones started after the demo was complete (its workspace.seeded event).
            long demoDone = check.events("workspace.seeded", null).stream().mapToLong(EvidenceEvent::seq).max().orElse(0);
            List<EvidenceEvent> playbookStarts = check.events("playbook.started", null).stream()
                    .filter(e -> e.seq() > demoDone).toList();
            int playbookIndex = 0;
            for (CrashTrial trial : trials) {
                switch (trial.kind()) {
                    case DRILL -> check.drill(trial);
                    case PLAYBOOK -> check.playbook(trial, playbookIndex < playbookStarts.size()
                            ? playbookStarts.get(playbookIndex++).subject() : null);
                    case APPENDS -> check.appends(trial);
                }
            }
            ChainVerification verified = check.evidence.verify();
            int killed = (int) trials.stream().filter(CrashTrial::killed).count();
            return new Result(trials.size(), killed, check.printedEvents, check.lostEvents, check.finishedSteps,
                    check.missingFinishedSteps, check.runsRecorded, check.runsShownPassed, verified.isIntact(),
                    verified.isIntact() ? "" : verified.describe(), List.copyOf(check.problems));
        }
    }

    private void drill(CrashTrial trial) throws SQLException {
        String runId = trial.drillRunId();
        if (runId == null) {
            problems.add("a drill printed a step before its first line: " + trial.printed());
            return;
        }
        List<EvidenceEvent> events = events("drill.", runId);
        expect(events.stream().anyMatch(e -> e.kind().equals("drill.started")), "drill.started of " + runId);
        for (String line : trial.printed()) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 4 && words[1].equals("STEP")) {
                steps(events, "drill.step", runId, words[2], words[3].replace(":", ""));
            }
        }
        Optional<String> result = column("SELECT result FROM drill_runs WHERE run_id = ?", runId);
        recorded(result.isPresent(), runId);
        if (!trial.printedEnd() && result.filter("PASSED"::equals).isPresent()) {
            runsShownPassed++;
            problems.add("drill " + runId + " was killed before it ended but is recorded PASSED");
        }
    }

    private void playbook(CrashTrial trial, String runId) throws SQLException {
        if (runId == null) {
            printedEvents++;
            lostEvents++;
            problems.add("a playbook run printed steps but no playbook.started is stored: " + trial.printed());
            return;
        }
        printedEvents++;
        List<EvidenceEvent> events = events("playbook.", runId);
        for (String line : trial.printed()) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 3 && words[0].matches("\\d\\d:\\d\\d:\\d\\d") && words[1].matches("p\\d+")) {
                steps(events, "playbook.step", runId, words[1], words[2].replace(":", ""));
            }
        }
        Optional<String> status = column("SELECT status FROM playbook_runs WHERE run_id = ?", runId);
        recorded(status.isPresent(), runId);
        if (!trial.printedEnd() && status.filter("COMPLETED"::equals).isPresent()) {
            runsShownPassed++;
            problems.add("playbook run " + runId + " was killed before it ended but is recorded COMPLETED");
        }
    }

    private void appends(CrashTrial trial) {
        for (String line : trial.printed()) {
            if (line.startsWith(EvidenceCommitterMain.COMMITTED)) {
                long seq = Long.parseLong(line.substring(EvidenceCommitterMain.COMMITTED.length()).trim());
                printedEvents++;
                if (evidence.bySeq(seq).filter(e -> e.kind().equals("crash.append")).isEmpty()) {
                    lostEvents++;
                    problems.add("append " + seq + " was printed as committed but is not stored");
                }
            }
        }
    }

    private void steps(List<EvidenceEvent> events, String kind, String runId, String name, String state) {
        printedEvents++;
        boolean finished = state.equals("PASSED") || state.equals("FAILED") || state.equals("COMPLETED");
        if (finished) {
            finishedSteps++;
        }
        boolean found = events.stream().anyMatch(e -> e.kind().equals(kind) && e.payload().contains("\"name\":\"" + name + "\"")
                && e.payload().contains("\"state\":\"" + state + "\""));
        if (!found) {
            lostEvents++;
            if (finished) {
                missingFinishedSteps++;
            }
            problems.add(runId + ": printed " + name + " " + state + " but no such " + kind + " is stored");
        }
    }

    private void expect(boolean present, String what) {
        printedEvents++;
        if (!present) {
            lostEvents++;
            problems.add(what + " is not stored");
        }
    }

    private void recorded(boolean present, String runId) {
        if (present) {
            runsRecorded++;
        } else {
            problems.add("run " + runId + " has no journal row");
        }
    }

    private List<EvidenceEvent> events(String kindPrefix, String subject) {
        List<EvidenceEvent> out = new ArrayList<>();
        evidence.forEachInOrder(1, Long.MAX_VALUE, e -> {
            if (e.kind().startsWith(kindPrefix) && (subject == null || subject.equals(e.subject()))) {
                out.add(e);
            }
        });
        return out;
    }

    private Optional<String> column(String sql, String key) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
