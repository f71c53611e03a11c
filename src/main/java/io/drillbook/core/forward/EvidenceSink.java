package io.drillbook.core.forward;

import io.drillbook.core.evidence.EvidenceEvent;

import java.util.List;
import java.util.OptionalLong;

/** Where forwarded evidence goes (a syslog server, a JSON lines file). */
public interface EvidenceSink extends AutoCloseable {
    /** Hands the events over in order; when it returns they are written and flushed. */
    void send(List<EvidenceEvent> batch);

    /** The last sequence number the sink itself holds, when it can tell (a file can; a syslog stream cannot). */
    default OptionalLong lastDelivered() {
        return OptionalLong.empty();
    }

    @Override
    void close();
}
