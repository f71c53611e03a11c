package io.drillbook.infra.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.core.model.OccurrenceOverride;
import io.drillbook.core.model.Recurrence;

import java.sql.Connection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and writes the recurrence columns shared by calendar tables: the five of {@link #NAMES},
 * then {@code all_day} and {@code overrides} (changed occurrences as JSON, V24) by {@link #saveExtras}.
 */
final class RecurrenceColumns {
    static final String NAMES = "start_local, duration_seconds, time_zone, rrule, exdates";
    private static final ObjectMapper JSON = new ObjectMapper();

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
                ZoneId.of(rs.getString("time_zone")), rs.getString("rrule"), exdates, rs.getBoolean("all_day"),
                overrides(rs.getString("overrides")));
    }

    /** Stores all-day and the changed occurrences of the row {@code keyColumn = key} just written. */
    static void saveExtras(Connection c, String table, String keyColumn, String key, Recurrence r) throws SQLException {
        if (!r.allDay() && r.overrides().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET all_day = ?, overrides = ? WHERE " + keyColumn + " = ?")) {
            ps.setBoolean(1, r.allDay());
            ps.setString(2, overridesJson(r.overrides()));
            ps.setString(3, key);
            ps.executeUpdate();
        }
    }

    static String overridesJson(List<OccurrenceOverride> overrides) {
        if (overrides.isEmpty()) {
            return "";
        }
        List<Map<String, Object>> rows = overrides.stream().map(o -> Map.<String, Object>of("recurrenceId", o.recurrenceId().toString(),
                "start", o.start().toString(), "seconds", o.duration().toSeconds(), "title", o.title())).toList();
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write overridden occurrences", e);
        }
    }

    private static List<OccurrenceOverride> overrides(String json) throws SQLException {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<OccurrenceOverride> out = new ArrayList<>();
            for (JsonNode n : JSON.readTree(json)) {
                out.add(new OccurrenceOverride(LocalDateTime.parse(n.get("recurrenceId").asText()), LocalDateTime.parse(n.get("start").asText()),
                        Duration.ofSeconds(n.get("seconds").asLong()), n.path("title").asText("")));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new SQLException("stored overridden occurrences are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
