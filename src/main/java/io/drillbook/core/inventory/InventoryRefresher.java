package io.drillbook.core.inventory;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.core.evidence.Redaction;
import io.drillbook.core.work.CancellationToken;
import io.drillbook.core.work.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Refreshes the backup inventory from its live sources: on demand, and on each source's interval
 * while {@link RefreshSchedule} runs. Every refresh, failed ones included, is an
 * {@value #EVENT_KIND} event; the import itself adds the importer's {@code backup.imported}.
 */
public final class InventoryRefresher {
    public static final String EVENT_KIND = "inventory.refresh";
    private static final Logger LOGGER = LoggerFactory.getLogger(InventoryRefresher.class);

    private final RefreshSourceRepository sources;
    private final BatchFetcher fetcher;
    private final InventoryService inventory;
    private final EvidenceLog evidence;
    private final Clock clock;
    private final List<Consumer<RefreshOutcome>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public InventoryRefresher(RefreshSourceRepository sources, BatchFetcher fetcher, InventoryService inventory,
                              EvidenceLog evidence, Clock clock) {
        this.sources = sources;
        this.fetcher = fetcher;
        this.inventory = inventory;
        this.evidence = evidence;
        this.clock = clock;
    }

    public RefreshSourceRepository sources() {
        return sources;
    }

    /** Tells {@code listener} of every refresh that ends, on the thread that ran it. */
    public void onRefreshed(Consumer<RefreshOutcome> listener) {
        listeners.add(listener);
    }

    /** Refreshes the named source. @throws IllegalArgumentException when there is no such source */
    public RefreshOutcome refresh(String name, ProgressListener progress, CancellationToken cancel) {
        RefreshSource source = sources.find(name)
                .orElseThrow(() -> new IllegalArgumentException("no inventory refresh source named '" + name + "'"));
        return refresh(source, progress, cancel);
    }

    /** Refreshes every source in turn; one failing does not stop the others. */
    public List<RefreshOutcome> refreshAll(ProgressListener progress, CancellationToken cancel) {
        return sources.all().stream().takeWhile(s -> !cancel.isCancelled()).map(s -> refresh(s, progress, cancel)).toList();
    }

    /** Refreshes {@code source}: never throws; the outcome says what went wrong. */
    public RefreshOutcome refresh(RefreshSource source, ProgressListener progress, CancellationToken cancel) {
        Instant start = clock.instant();
        long startNanos = System.nanoTime();
        RefreshOutcome outcome;
        try {
            ImportSummary summary = inventory.importBatch(fetcher.fetch(source, progress, cancel));
            outcome = new RefreshOutcome(source.name(), start, since(startNanos), summary, null);
        } catch (ImportException | RuntimeException e) {
            LOGGER.warn("Refresh of {} failed", source.name(), e);
            outcome = new RefreshOutcome(source.name(), start, since(startNanos), null, problem(e));
        }
        evidence.record(EVENT_KIND, source.name(), payload(source, outcome));
        RefreshOutcome done = outcome;
        listeners.forEach(l -> l.accept(done));
        return outcome;
    }

    private static String problem(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Redaction.redact(message);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static Map<String, Object> payload(RefreshSource source, RefreshOutcome outcome) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("source", source.name());
        payload.put("kind", source.kind().name().toLowerCase());
        payload.put("profile", source.profile());
        payload.put("outcome", outcome.ok() ? "succeeded" : "failed");
        payload.put("elapsedMs", outcome.elapsed().toMillis());
        if (outcome.ok()) {
            payload.put("file", outcome.summary().fileName());
            payload.put("sha256", outcome.summary().sha256());
            payload.put("added", outcome.summary().added());
            payload.put("known", outcome.summary().known());
            payload.put("rejected", outcome.summary().rejected().size());
        } else {
            payload.put("problem", outcome.problem());
        }
        return payload;
    }
}
