package io.drillbook.core.forward;

import java.util.OptionalLong;

/** The last evidence sequence number each consumer (a forward target, the webhooks) has handled. */
public interface ForwardPositions {
    OptionalLong position(String consumer);

    void save(String consumer, long seq);
}
