package io.drillbook.infra.playbook;

import io.drillbook.core.playbook.ApprovalInbox;
import io.drillbook.core.playbook.GateAnswer;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Approvals in the {@code playbook_approvals} table (V17), shared by every console and pipeline on the store. */
public final class JdbcApprovalInbox implements ApprovalInbox {
    private final Database db;

    public JdbcApprovalInbox(Database db) {
        this.db = db;
    }

    @Override
    public void give(String runId, String step, GateAnswer answer, Instant at) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO playbook_approvals "
                    + "(run_id, step_name, approver, granted, note, given_at) VALUES (?,?,?,?,?,?)")) {
                ps.setString(1, runId);
                ps.setString(2, step);
                ps.setString(3, answer.who());
                ps.setBoolean(4, answer.granted());
                ps.setString(5, answer.note().length() > 1000 ? answer.note().substring(0, 1000) : answer.note());
                ps.setObject(6, Jdbc.utc(at));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<GateAnswer> answerSince(String runId, String step, Instant since) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT approver, granted, note FROM playbook_approvals "
                    + "WHERE run_id = ? AND step_name = ? AND given_at >= ? ORDER BY id LIMIT 1")) {
                ps.setString(1, runId);
                ps.setString(2, step);
                ps.setObject(3, Jdbc.utc(since));
                List<GateAnswer> found = Jdbc.list(ps, rs -> new GateAnswer(rs.getString(1), rs.getBoolean(2), rs.getString(3)));
                return found.stream().findFirst();
            }
        });
    }
}
