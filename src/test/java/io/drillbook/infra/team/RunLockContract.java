package io.drillbook.infra.team;

import io.drillbook.infra.db.FreshDatabases;

import java.time.Clock;

/** The core's run-lock contract on two consoles of a real store; H2 and PostgreSQL subclasses. */
abstract class RunLockContract extends io.drillbook.core.team.RunLockContract {
    TwoConsoles consoles;

    abstract FreshDatabases.Kind kind();

    @Override
    protected void openTwoConsoles(Clock clock) {
        consoles = new TwoConsoles(kind(), dir);
        alice = TeamAdapters.runLock(consoles.first, clock);
        bob = TeamAdapters.runLock(consoles.second, clock);
    }

    @Override
    protected void closeConsoles() {
        consoles.close();
    }
}
