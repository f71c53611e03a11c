package io.drillbook.infra.db;

import io.drillbook.core.model.CalendarNote;
import io.drillbook.core.model.NoteKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Rows of {@code calendar_notes}: maintenance windows and external entries (V24). */
final class CalendarNoteRows {
    private CalendarNoteRows() {
    }

    static void upsert(Connection c, CalendarNote n) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM calendar_notes WHERE name = ?")) {
            del.setString(1, n.name());
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO calendar_notes (name, kind, systems, environments, description, "
                + RecurrenceColumns.NAMES + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, n.name());
            ps.setString(2, n.kind().name());
            ps.setString(3, Jdbc.joinList(n.systems()));
            ps.setString(4, Jdbc.joinList(n.environments()));
            ps.setString(5, n.description());
            RecurrenceColumns.bind(ps, 6, n.when());
            ps.executeUpdate();
        }
        RecurrenceColumns.saveExtras(c, "calendar_notes", "name", n.name(), n.when());
    }

    static CalendarNote map(ResultSet rs) throws SQLException {
        return new CalendarNote(NoteKind.valueOf(rs.getString("kind")), rs.getString("name"), Jdbc.splitList(rs.getString("systems")),
                Jdbc.splitList(rs.getString("environments")), rs.getString("description"), RecurrenceColumns.read(rs));
    }
}
