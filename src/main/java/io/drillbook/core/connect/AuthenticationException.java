package io.drillbook.core.connect;

/** The server refused every authentication method tried. */
public final class AuthenticationException extends ConnectorException {
    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
