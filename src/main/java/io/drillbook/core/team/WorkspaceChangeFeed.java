package io.drillbook.core.team;

import java.util.function.Consumer;

/**
 * Tells a console that the workspace changed, so its screens can refresh with a visible notice.
 * Every change is recorded as evidence, so a change is an appended evidence event. The listener
 * is called on the feed's own thread; a UI hands it on to its own thread.
 */
public interface WorkspaceChangeFeed extends AutoCloseable {

    /** Starts delivering changes made from now on. Call once. */
    void start(Consumer<WorkspaceChange> listener);

    /** Stops delivering and frees the feed's thread and connection. */
    @Override
    void close();
}
