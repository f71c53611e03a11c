package io.drillbook.infra.db;

import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceDraft;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceHashing;
import io.drillbook.core.evidence.EvidenceQuery;
import io.drillbook.core.evidence.EvidenceRepository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The evidence chain in H2 or PostgreSQL. An append locks the single {@code evidence_head} row,
 * so concurrent writers (threads, consoles, pipelines) are serialised into one chain.
 */
public final class JdbcEvidenceRepository implements EvidenceRepository {
    private static final String COLUMNS = "seq, event_time, actor, kind, subject, payload, prev_hash, hash";
    private static final int PAGE = 10_000;
    /** The PostgreSQL NOTIFY channel every append announces itself on (payload: seq, actor, kind, subject). */
    public static final String CHANGE_CHANNEL = "drillbook_workspace";

    private final Database db;

    public JdbcEvidenceRepository(Database db) {
        this.db = db;
    }

    @Override
    public EvidenceEvent append(EvidenceDraft draft) {
        EvidenceDraft normalised = new EvidenceDraft(EvidenceHashing.normalise(draft.time()), draft.actor(),
                draft.kind(), draft.subject(), draft.payload());
        return Jdbc.inTransaction(db, c -> {
            long lastSeq;
            String lastHash;
            try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM evidence_head WHERE id = 1 FOR UPDATE");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                lastSeq = rs.getLong(1);
                lastHash = rs.getString(2);
            }
            EvidenceEvent event = normalised.chainAfter(lastSeq + 1, lastHash);
            insert(c, event);
            try (PreparedStatement ps = c.prepareStatement("UPDATE evidence_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                ps.setLong(1, event.seq());
                ps.setString(2, event.hash());
                ps.executeUpdate();
            }
            if (db.isPostgres()) {
                announce(c, event);
            }
            return event;
        });
    }

    /** Delivered to listeners when (and only if) the append commits. */
    private static void announce(Connection c, EvidenceEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, CHANGE_CHANNEL);
            ps.setString(2, e.seq() + "\n" + e.actor() + "\n" + e.kind() + "\n" + e.subject());
            ps.execute();
        }
    }

    static void insert(Connection c, EvidenceEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_events (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, e.seq());
            ps.setObject(2, Jdbc.utc(e.time()));
            ps.setString(3, e.actor());
            ps.setString(4, e.kind());
            ps.setString(5, e.subject());
            ps.setString(6, e.payload());
            ps.setString(7, e.prevHash());
            ps.setString(8, e.hash());
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<EvidenceEvent> head() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM evidence_events ORDER BY seq DESC LIMIT 1")) {
                return Jdbc.list(ps, JdbcEvidenceRepository::map).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<EvidenceEvent> bySeq(long seq) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM evidence_events WHERE seq = ?")) {
                ps.setLong(1, seq);
                return Jdbc.list(ps, JdbcEvidenceRepository::map).stream().findFirst();
            }
        });
    }

    @Override
    public List<EvidenceEvent> find(EvidenceQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM evidence_events WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (q.from() != null) {
            sql.append(" AND event_time >= ?");
            args.add(Jdbc.utc(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND event_time < ?");
            args.add(Jdbc.utc(q.to()));
        }
        like(sql, args, "kind", q.kindPrefix());
        like(sql, args, "subject", q.subjectPrefix());
        if (q.actor() != null && !q.actor().isBlank()) {
            sql.append(" AND actor = ?");
            args.add(q.actor());
        }
        if (q.text() != null && !q.text().isBlank()) {
            sql.append(" AND (LOWER(subject) LIKE ? OR LOWER(payload) LIKE ? OR LOWER(kind) LIKE ?)");
            String pattern = "%" + escapeLike(q.text().toLowerCase()) + "%";
            args.add(pattern);
            args.add(pattern);
            args.add(pattern);
        }
        targetFilters(sql, args, q);
        sql.append(" ORDER BY seq DESC LIMIT ").append(Math.max(1, q.limit()));
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                return Jdbc.list(ps, JdbcEvidenceRepository::map);
            }
        });
    }

    private static void targetFilters(StringBuilder sql, List<Object> args, EvidenceQuery q) {
        if (present(q.system())) {
            sql.append(" AND (subject = ? OR subject LIKE ? ESCAPE '\\' OR payload LIKE ? ESCAPE '\\')");
            args.add(q.system());
            args.add(escapeLike(q.system()) + "/%");
            args.add("%\"system\":\"" + escapeLike(q.system()) + "\"%");
        }
        if (present(q.environment())) {
            sql.append(" AND (subject LIKE ? ESCAPE '\\' OR payload LIKE ? ESCAPE '\\')");
            args.add("%/" + escapeLike(q.environment()));
            args.add("%\"environment\":\"" + escapeLike(q.environment()) + "\"%");
        }
        if (present(q.result())) {
            sql.append(" AND LOWER(payload) LIKE ? ESCAPE '\\'");
            args.add("%\"result\":\"" + escapeLike(q.result().toLowerCase()) + "\"%");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void like(StringBuilder sql, List<Object> args, String column, String prefix) {
        if (prefix != null && !prefix.isBlank()) {
            sql.append(" AND ").append(column).append(" LIKE ? ESCAPE '\\'");
            args.add(escapeLike(prefix) + "%");
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public void forEachInOrder(long fromSeq, long toSeq, Consumer<EvidenceEvent> consumer) {
        long next = fromSeq;
        while (next <= toSeq) {
            long pageStart = next;
            List<EvidenceEvent> page = Jdbc.query(db, c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                        + " FROM evidence_events WHERE seq >= ? AND seq <= ? ORDER BY seq LIMIT " + PAGE)) {
                    ps.setLong(1, pageStart);
                    ps.setLong(2, toSeq);
                    return Jdbc.list(ps, JdbcEvidenceRepository::map);
                }
            });
            if (page.isEmpty()) {
                return;
            }
            page.forEach(consumer);
            next = page.get(page.size() - 1).seq() + 1;
        }
    }

    /** Checkpoint signatures, the chain from the newest checkpoint, and the head row: see {@link JdbcChainCheck}. */
    @Override
    public ChainVerification verify() {
        return new JdbcChainCheck(db).verify();
    }

    static EvidenceEvent map(ResultSet rs) throws SQLException {
        return new EvidenceEvent(rs.getLong("seq"), Jdbc.instant(rs, "event_time"), rs.getString("actor"),
                rs.getString("kind"), rs.getString("subject"), rs.getString("payload"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
