package io.drillbook.infra.ics;

import io.drillbook.core.calendar.CalendarMapping;


import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.drillbook.core.calendar.EntryKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads a calendar mapping file (YAML):
 * <pre>
 * zone: Europe/Berlin            # floating times and all-day dates
 * kind: external                 # every event not matched below (optional)
 * events:
 *   - title: backup window       # words in the title, any case
 *     kind: backup-window
 *     systems: [orders-db]
 *     environments: [prod]
 *   - uid: 7kq3m1c9p2d8@google.com
 *     kind: release
 *     systems: [shop]
 *     environments: [prod]
 * </pre>
 * Unknown keys and bad values are errors with {@code file:line:column}.
 */
public final class CalendarMappingReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public CalendarMapping read(Path file) {
        try {
            FileShape shape = YAML.readValue(Files.readAllBytes(file), FileShape.class);
            if (shape == null) {
                throw problem(file, 1, 1, "the mapping file is empty");
            }
            return new CalendarMapping(shape.zone, shape.kind, shape.systems, shape.environments,
                    shape.events == null ? List.of() : shape.events.stream().map(r -> r.rule).toList());
        } catch (ValueInstantiationException e) {
            JsonLocation at = e.getLocation();
            String why = e.getCause() == null ? e.getOriginalMessage() : e.getCause().getMessage();
            throw problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), why);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw problem(file, 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static IllegalArgumentException problem(Path file, int line, int column, String message) {
        return new IllegalArgumentException(file + ":" + line + ":" + column + ": " + message);
    }

    static EntryKind kind(String token) {
        if (token == null) {
            return null;
        }
        return EntryKind.ofToken(token).orElseThrow(() -> new IllegalArgumentException(
                "kind '" + token + "' is not one of " + EntryKind.tokens()));
    }

    /** The file's top level. */
    static final class FileShape {
        final ZoneId zone;
        final EntryKind kind;
        final List<String> systems;
        final List<String> environments;
        final List<RuleShape> events;

        @JsonCreator
        FileShape(@JsonProperty("zone") String zone, @JsonProperty("kind") String kind, @JsonProperty("systems") List<String> systems,
                  @JsonProperty("environments") List<String> environments, @JsonProperty("events") List<RuleShape> events) {
            try {
                this.zone = zone == null ? null : IcsTimes.zone(zone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
            this.kind = kind(kind);
            this.systems = systems;
            this.environments = environments;
            this.events = events;
        }
    }

    /** One entry of {@code events}. */
    static final class RuleShape {
        final CalendarMapping.Rule rule;

        @JsonCreator
        RuleShape(@JsonProperty("title") String title, @JsonProperty("uid") String uid, @JsonProperty("kind") String kind,
                  @JsonProperty("systems") List<String> systems, @JsonProperty("environments") List<String> environments) {
            if (title == null && uid == null) {
                throw new IllegalArgumentException("an event rule needs 'title' (words in the title) or 'uid'");
            }
            if (kind == null) {
                throw new IllegalArgumentException("an event rule needs 'kind' (" + EntryKind.tokens() + ")");
            }
            this.rule = new CalendarMapping.Rule(title, uid, kind(kind), systems, environments);
        }
    }
}
