package io.drillbook.infra.ics;

import io.drillbook.core.calendar.IcsProblem;


/** A problem found at one line while mapping an event; collected into an {@link IcsProblem}. */
final class LineException extends RuntimeException {
    private final int line;

    LineException(int line, String message) {
        super(message);
        this.line = line;
    }

    IcsProblem problem() {
        return new IcsProblem(line, getMessage());
    }
}
