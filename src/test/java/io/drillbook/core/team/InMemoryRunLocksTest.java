package io.drillbook.core.team;

import io.drillbook.testing.fakes.InMemoryRunLocks;

import java.time.Clock;

/** The run-lock contract on the in-memory fake: two consoles on one lock table. */
class InMemoryRunLocksTest extends RunLockContract {
    @Override
    protected void openTwoConsoles(Clock clock) {
        InMemoryRunLocks table = new InMemoryRunLocks(clock);
        alice = table.console();
        bob = table.console();
    }
}
