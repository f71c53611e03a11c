package io.drillbook.infra.db.crash;

import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.core.evidence.EvidenceLog;
import io.drillbook.infra.db.Database;
import io.drillbook.infra.db.JdbcEvidenceRepository;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * A child JVM that appends evidence to the embedded workspace in DATA-DIR until it is killed,
 * printing {@code committed SEQ} after each append returns (that is, after it committed).
 */
public final class EvidenceCommitterMain {
    static final String COMMITTED = "committed ";

    private EvidenceCommitterMain() {
    }

    public static void main(String[] args) {
        try (Database db = Database.embedded(Path.of(args[0]))) {
            EvidenceLog log = new EvidenceLog(new JdbcEvidenceRepository(db), Clock.systemUTC(), () -> "crash");
            for (int i = 0; ; i++) {
                EvidenceEvent e = log.record("crash.append", "crash-" + i, Map.of("i", i));
                System.out.println(COMMITTED + e.seq());
                System.out.flush();
            }
        }
    }
}
