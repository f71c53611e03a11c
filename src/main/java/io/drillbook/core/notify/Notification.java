package io.drillbook.core.notify;

import io.drillbook.core.pipeline.NotificationKind;

import java.util.Map;

/** Something a person on call should hear about, made from one evidence event. */
public record Notification(NotificationKind kind, long evidenceSeq, String subject, String title, String text, Map<String, String> facts) {
    public Notification {
        facts = Map.copyOf(facts);
    }
}
