package io.drillbook.core.notify;

/** Posts JSON to a webhook URL. */
public interface WebhookSender {
    /** @return the HTTP status; throws {@link java.io.UncheckedIOException} when nothing was answered */
    int post(String url, String json);
}
