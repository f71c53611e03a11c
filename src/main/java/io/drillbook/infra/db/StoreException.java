package io.drillbook.infra.db;

import java.sql.SQLException;

/** A failure of the workspace store, with the database's own message. */
public class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super("database error: " + cause.getMessage(), cause);
    }
}
