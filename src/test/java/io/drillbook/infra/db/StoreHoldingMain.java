package io.drillbook.infra.db;

import java.io.InputStream;

/**
 * Another process on a workspace (the command line while the console is open): opens the store at
 * args[0], says {@value #OPEN}, waits for its input to end, then prints what the store holds
 * ({@link CompactionFixture#contents}) and closes it. With args[1] = {@value #GROW} it first grows
 * the store (with live data to copy), then prints {@value #CLOSING} and closes it (the crash test kills it there).
 */
public final class StoreHoldingMain {
    static final String OPEN = "OPEN";
    static final String GROW = "grow";
    static final String CLOSING = "CLOSING";
    /** About 20 MB of live data next to about 45 MB of dead chunks: the copy takes a few hundred ms. */
    static final int LIVE_ROWS = 100;

    private StoreHoldingMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(args[0]);
        if (args.length > 1 && GROW.equals(args[1])) {
            CompactionFixture.growWithLiveData(db, LIVE_ROWS);
            System.out.println(CompactionFixture.contents(db));
            System.out.println(CLOSING);
            System.out.flush();
            db.close();
            return;
        }
        System.out.println(OPEN);
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            // holds the store until the test closes this process's input
        }
        System.out.println(CompactionFixture.contents(db));
        System.out.flush();
        db.close();
    }
}
