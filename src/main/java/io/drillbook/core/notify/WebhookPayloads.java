package io.drillbook.core.notify;

import io.drillbook.core.evidence.CanonicalJson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A notification as the JSON a Slack incoming webhook or a Microsoft Teams incoming webhook (MessageCard) accepts. */
public final class WebhookPayloads {
    private WebhookPayloads() {
    }

    public static String of(String format, Notification n) {
        return "teams".equals(format) ? teams(n) : slack(n);
    }

    static String slack(Notification n) {
        StringBuilder fields = new StringBuilder();
        n.facts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(f -> fields.append("\n*").append(f.getKey()).append(":* ").append(f.getValue()));
        Map<String, Object> section = Map.of("type", "section", "text", Map.of("type", "mrkdwn",
                "text", "*" + n.title() + "*\n" + n.text() + fields));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", n.title() + ": " + n.text());
        body.put("blocks", List.of(section));
        return CanonicalJson.write(body);
    }

    static String teams(Notification n) {
        List<Map<String, String>> facts = new ArrayList<>();
        n.facts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(f -> facts.add(Map.of("name", f.getKey(), "value", f.getValue())));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("@type", "MessageCard");
        body.put("@context", "https://schema.org/extensions");
        body.put("summary", n.title());
        body.put("themeColor", "D70000");
        body.put("title", n.title());
        body.put("text", n.text());
        body.put("sections", List.of(Map.of("facts", facts)));
        return CanonicalJson.write(body);
    }
}
