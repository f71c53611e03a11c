package io.drillbook.infra.team;

import io.drillbook.infra.db.Database;

import java.time.Clock;

/** A console in another JVM: takes a run lock, says so, and holds it until killed. Args: URL RESOURCE WHO (H2 or PostgreSQL URL). */
public final class LockHoldingMain {
    static final String HELD = "HELD";

    private LockHoldingMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(args[0]);
        io.drillbook.core.team.RunLock lock = TeamAdapters.runLock(db, Clock.systemUTC());
        if (lock.tryAcquire(args[1], args[2]).isEmpty()) {
            System.out.println("REFUSED");
            return;
        }
        System.out.println(HELD);
        System.out.flush();
        System.in.read();
        lock.close();
        db.close();
    }
}
