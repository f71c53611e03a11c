package io.drillbook.core.connect;

/** A connector could not do what was asked: the message says where and why, without secrets. */
public class ConnectorException extends RuntimeException {
    public ConnectorException(String message) {
        super(message);
    }

    public ConnectorException(String message, Throwable cause) {
        super(message, cause);
    }
}
