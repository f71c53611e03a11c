package io.drillbook.core.workspace;

import java.util.List;

/** An import names systems or environments the workspace does not have (and was not asked to create them). */
public final class UnknownTargetException extends RuntimeException {
    public UnknownTargetException(String source, List<String> unknown) {
        super(source + ": " + String.join(", ", unknown) + " (define it in the workspace file first, or add --create to create it)");
    }
}
