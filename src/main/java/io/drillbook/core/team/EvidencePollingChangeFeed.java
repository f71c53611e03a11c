package io.drillbook.core.team;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceRepository;
import io.drillbook.core.work.Schedulers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The fallback change feed for stores without notifications (H2): polls the evidence head and
 * delivers every event appended since the last look, in order.
 */
public final class EvidencePollingChangeFeed implements WorkspaceChangeFeed {
    private static final Logger LOGGER = LoggerFactory.getLogger(EvidencePollingChangeFeed.class);

    private final EvidenceRepository evidence;
    private final Duration interval;
    private final ScheduledExecutorService poller = Schedulers.daemon("workspace-change-poller");
    private long lastSeen;

    public EvidencePollingChangeFeed(EvidenceRepository evidence, Duration interval) {
        this.evidence = evidence;
        this.interval = interval;
    }

    @Override
    public void start(Consumer<WorkspaceChange> listener) {
        lastSeen = headSeq();
        long millis = Math.max(1, interval.toMillis());
        poller.scheduleWithFixedDelay(() -> poll(listener), millis, millis, TimeUnit.MILLISECONDS);
    }

    private void poll(Consumer<WorkspaceChange> listener) {
        try {
            long head = headSeq();
            if (head > lastSeen) {
                evidence.forEachInOrder(lastSeen + 1, head, e -> listener.accept(WorkspaceChange.of(e)));
                lastSeen = head;
            }
        } catch (RuntimeException e) {
            LOGGER.warn("Polling the workspace for changes failed; trying again in {}", interval, e);
        }
    }

    private long headSeq() {
        return evidence.head().map(EvidenceEvent::seq).orElse(0L);
    }

    @Override
    public void close() {
        shutdown(poller);
    }

    static void shutdown(ExecutorService executor) {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOGGER.warn("The change feed's thread did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
