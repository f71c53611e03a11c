package io.drillbook.core.forward;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceRepository;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code evidence forward}: sends every evidence event after the target's stored position, in
 * order, in batches; the position is saved after each batch is flushed, so a restart goes on where
 * the last run stopped. A sink that can tell what it holds (a file) moves the position past what it
 * already has, so even a crash between flush and save does not repeat an event there.
 */
public final class EvidenceForwarder {
    static final int BATCH = 200;

    private final EvidenceRepository evidence;
    private final ForwardPositions positions;

    public EvidenceForwarder(EvidenceRepository evidence, ForwardPositions positions) {
        this.evidence = evidence;
        this.positions = positions;
    }

    /** Sends what is new once; returns how many events were sent. */
    public long catchUp(String consumer, EvidenceSink sink) {
        long position = Math.max(positions.position(consumer).orElse(0L), sink.lastDelivered().orElse(0L));
        long head = evidence.head().map(EvidenceEvent::seq).orElse(0L);
        long sent = 0;
        List<EvidenceEvent> batch = new ArrayList<>(BATCH);
        long from = position + 1;
        while (from <= head) {
            long to = Math.min(head, from + BATCH - 1);
            batch.clear();
            evidence.forEachInOrder(from, to, batch::add);
            if (!batch.isEmpty()) {
                sink.send(batch);
                sent += batch.size();
            }
            positions.save(consumer, to);
            from = to + 1;
        }
        if (sent == 0 && position > positions.position(consumer).orElse(0L)) {
            positions.save(consumer, position);
        }
        return sent;
    }
}
