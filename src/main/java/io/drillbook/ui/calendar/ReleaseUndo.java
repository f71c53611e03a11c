package io.drillbook.ui.calendar;

import io.drillbook.core.model.Release;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The releases as they were before each move or edit, newest first (Ctrl+Z restores the newest). */
final class ReleaseUndo {
    private static final int LIMIT = 50;
    private final Deque<Release> before = new ArrayDeque<>();

    void remember(Release previous) {
        before.push(previous);
        if (before.size() > LIMIT) {
            before.removeLast();
        }
    }

    Optional<Release> pop() {
        return Optional.ofNullable(before.poll());
    }

    boolean isEmpty() {
        return before.isEmpty();
    }
}
