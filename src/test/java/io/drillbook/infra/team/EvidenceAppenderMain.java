package io.drillbook.infra.team;

import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcEvidenceRepository;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * A console in another JVM appending evidence. Args: URL WRITER COUNT. Opens the store, prints
 * READY, waits for a line on standard input (so all writers start together), appends, prints DONE.
 */
public final class EvidenceAppenderMain {
    static final String READY = "READY";
    static final String DONE = "DONE";

    private EvidenceAppenderMain() {
    }

    public static void main(String[] args) throws IOException {
        String writer = args[1];
        int count = Integer.parseInt(args[2]);
        try (Database db = Database.open(args[0])) {
            EvidenceLog log = new EvidenceLog(new JdbcEvidenceRepository(db), Clock.systemUTC(), () -> writer);
            System.out.println(READY);
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            for (int i = 0; i < count; i++) {
                log.record("test.append", writer, Map.of("i", i));
            }
        }
        System.out.println(DONE);
    }
}
