package io.drillbook.core.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One webhook: where notifications go and which events it wants.
 *
 * @param url    a secret reference ({@code env:SLACK_URL}, {@code file:/path}, {@code command:...}) or a plain URL
 * @param format {@code slack} or {@code teams}
 * @param events the kinds it receives; empty for all
 */
public record WebhookSpec(String name, String url, String format, Set<NotificationKind> events, int attempts) {
    public static final List<String> FORMATS = List.of("slack", "teams");

    public WebhookSpec {
        Objects.requireNonNull(name, "name");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("webhook '" + name + "' needs a url (e.g. env:SLACK_URL)");
        }
        format = format == null ? "slack" : format;
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("webhook '" + name + "' format '" + format + "' is not one of " + FORMATS);
        }
        events = events == null || events.isEmpty() ? Set.of(NotificationKind.values()) : Set.copyOf(events);
        attempts = attempts < 1 ? 3 : attempts;
    }

    public boolean wants(NotificationKind kind) {
        return events.contains(kind);
    }
}
