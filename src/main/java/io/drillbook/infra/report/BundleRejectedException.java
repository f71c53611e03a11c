package io.drillbook.infra.report;

import java.io.IOException;

/** A file that is not safe to read as a bundle (too big, too many entries, a path-like or repeated name); the message is one line. */
public final class BundleRejectedException extends IOException {
    public BundleRejectedException(String message) {
        super(message);
    }
}
