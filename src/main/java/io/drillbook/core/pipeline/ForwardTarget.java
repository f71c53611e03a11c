package io.drillbook.core.pipeline;

import java.util.Objects;

/**
 * Where {@code evidence forward} sends events.
 *
 * @param kind {@code syslog} (RFC 5424 over TCP, octet-counted) or {@code jsonl} (JSON lines to a file)
 * @param address for syslog {@code host:port}; for jsonl a file path
 * @param tls    syslog over TLS
 */
public record ForwardTarget(String name, String kind, String address, boolean tls) {
    public ForwardTarget {
        Objects.requireNonNull(name, "name");
        if (!"syslog".equals(kind) && !"jsonl".equals(kind)) {
            throw new IllegalArgumentException("forward target '" + name + "' kind '" + kind + "' is not syslog or jsonl");
        }
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("forward target '" + name + "' needs an address");
        }
    }
}
