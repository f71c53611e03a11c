package io.drillbook.infra.db;

import io.drillbook.core.model.Recurrence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and writes the five recurrence columns shared by calendar tables. */
final class RecurrenceColumns {
    static final String NAMES = "start_local, duration_seconds, time_zone, rrule, exdates";

    private RecurrenceColumns() {
    }

    /** Binds the recurrence to parameters {@code first} .. {@code first + 4}. */
    static void bind(PreparedStatement ps, int first, Recurrence r) throws SQLException {
        ps.setTimestamp(first, Timestamp.valueOf(r.start()));
        ps.setLong(first + 1, r.duration().getSeconds());
        ps.setString(first + 2, r.zone().getId());
        ps.setString(first + 3, r.rrule());
        ps.setString(first + 4, r.exdates().stream().map(LocalDateTime::toString).collect(Collectors.joining(",")));
    }

    static Recurrence read(ResultSet rs) throws SQLException {
        String ex = rs.getString("exdates");
        List<LocalDateTime> exdates = ex == null || ex.isBlank() ? List.of()
                : Arrays.stream(ex.split(",")).map(LocalDateTime::parse).toList();
        return new Recurrence(Jdbc.local(rs, "start_local"), Duration.ofSeconds(rs.getLong("duration_seconds")),
                ZoneId.of(rs.getString("time_zone")), rs.getString("rrule"), exdates);
    }
}
