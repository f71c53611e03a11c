package io.drillbook.core.notify;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.forward.ForwardPositions;
import io.drillbook.core.pipeline.PipelineSettingsRepository;
import io.drillbook.core.pipeline.WebhookSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Sends webhook notifications for the evidence recorded since it last looked (its position is kept
 * like a forward target's, so each event notifies once). Deliveries run on a background executor
 * with retries; each ends as a {@code notification.delivered} or {@code notification.failed}
 * event. Nothing here throws to the caller: a run is never blocked or failed by a webhook.
 */
public final class Notifier {
    public static final String CONSUMER = "webhooks";
    private static final Logger LOGGER = LoggerFactory.getLogger(Notifier.class);

    private final PipelineSettingsRepository settings;
    private final EvidenceLog evidence;
    private final ForwardPositions positions;
    private final WebhookSender sender;
    private final UnaryOperator<String> urls;
    private final ExecutorService executor;
    private Consumer<Duration> pause = Notifier::sleep;

    /** @param urls turns a webhook's url (a secret reference such as {@code env:SLACK_URL}) into the URL */
    public Notifier(PipelineSettingsRepository settings, EvidenceLog evidence, ForwardPositions positions, WebhookSender sender,
                    UnaryOperator<String> urls, ExecutorService executor) {
        this.settings = settings;
        this.evidence = evidence;
        this.positions = positions;
        this.sender = sender;
        this.urls = urls;
        this.executor = executor;
    }

    /** From now on: events already recorded do not notify (called when webhooks are configured). */
    public void startAtHead() {
        positions.save(CONSUMER, evidence.repository().head().map(EvidenceEvent::seq).orElse(0L));
    }

    /** Queues notifications for events recorded since the last call; returns how many deliveries were queued. */
    public int catchUp() {
        try {
            List<WebhookSpec> hooks = settings.load().webhooks();
            OptionalLong from = positions.position(CONSUMER);
            long head = evidence.repository().head().map(EvidenceEvent::seq).orElse(0L);
            if (hooks.isEmpty() || from.isEmpty() || head <= from.getAsLong()) {
                return 0;
            }
            List<Notification> found = new ArrayList<>();
            evidence.repository().forEachInOrder(from.getAsLong() + 1, head, e -> found.addAll(NotificationRules.of(e)));
            positions.save(CONSUMER, head);
            int queued = 0;
            for (Notification n : found) {
                for (WebhookSpec hook : hooks) {
                    if (hook.wants(n.kind())) {
                        executor.submit(() -> deliver(hook, n));
                        queued++;
                    }
                }
            }
            return queued;
        } catch (RuntimeException e) {
            LOGGER.warn("Webhook notifications skipped: {}", e.getMessage());
            return 0;
        }
    }

    /** Waits at most {@code max} for queued deliveries, then leaves the rest to the executor's shutdown. */
    public boolean awaitDeliveries(Duration max) {
        executor.shutdown();
        try {
            return executor.awaitTermination(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void deliver(WebhookSpec hook, Notification n) {
        String outcome = "";
        int attempt = 0;
        boolean delivered = false;
        while (!delivered && attempt < hook.attempts()) {
            attempt++;
            if (attempt > 1) {
                pause.accept(Duration.ofSeconds(1L << Math.min(attempt - 2, 4)));
            }
            try {
                int status = sender.post(urls.apply(hook.url()), WebhookPayloads.of(hook.format(), n));
                delivered = status / 100 == 2;
                outcome = "HTTP " + status;
            } catch (RuntimeException e) {
                outcome = e.getMessage();
            }
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("webhook", hook.name());
        payload.put("notification", n.kind().name());
        payload.put("evidenceSeq", n.evidenceSeq());
        payload.put("attempts", attempt);
        payload.put("outcome", outcome);
        try {
            evidence.record(delivered ? "notification.delivered" : "notification.failed", n.subject(), payload);
        } catch (RuntimeException e) {
            LOGGER.warn("Webhook {} {} for evidence #{} but the outcome could not be recorded: {}", hook.name(),
                    delivered ? "delivered" : "failed", n.evidenceSeq(), e.getMessage());
        }
    }

    /** Replaces the pause between attempts (tests). */
    public Notifier pausingWith(Consumer<Duration> pauser) {
        this.pause = pauser;
        return this;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
