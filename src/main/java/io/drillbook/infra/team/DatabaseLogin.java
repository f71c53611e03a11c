package io.drillbook.infra.team;

import io.drillbook.core.team.OperatorIdentity;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.Jdbc;

import java.sql.ResultSet;
import java.sql.Statement;

/** Who the store says is operating: PostgreSQL's authenticated {@code session_user}; on H2 the name given. */
public final class DatabaseLogin {
    private DatabaseLogin() {
    }

    /**
     * @param given   the operator name from configuration (DRILLBOOK_OPERATOR, else the OS user)
     * @param claimed DRILLBOOK_OPERATOR as set, or null: ignored with a notice on PostgreSQL when it names someone else
     */
    public static OperatorIdentity identify(Database db, String given, String claimed) {
        if (!db.isPostgres()) {
            return OperatorIdentity.local(given);
        }
        return OperatorIdentity.login(sessionUser(db), claimed);
    }

    static String sessionUser(Database db) {
        return Jdbc.query(db, c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT session_user")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
