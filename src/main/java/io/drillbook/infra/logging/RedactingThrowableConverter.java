package io.drillbook.infra.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import io.drillbook.core.evidence.Redaction;

/**
 * {@code %redactedEx}: a logged exception's stack trace with secrets masked, since exception
 * messages quote commands, URLs and values (a bad URL holding a token, a failed command line).
 */
public final class RedactingThrowableConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return Redaction.redact(super.throwableProxyToString(proxy));
    }
}
