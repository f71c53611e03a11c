package io.drillbook.infra.team;

import io.drillbook.core.evidence.ChainVerification;
import io.drillbook.core.evidence.EvidenceEvent;
import io.drillbook.infra.db.FreshDatabases;
import io.drillbook.infra.db.RequiresPostgres;
import io.drillbook.infra.db.JdbcEvidenceRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Several JVMs append to one PostgreSQL evidence chain at once; the result is one intact chain. */
@RequiresPostgres
class CrossProcessEvidenceTest {
    static final int WRITERS = 3;
    static final int EVENTS_EACH = 60;

    @TempDir
    Path dir;
    FreshDatabases.FreshDatabase fresh;

    @BeforeEach
    void open() {
        fresh = FreshDatabases.open(FreshDatabases.Kind.POSTGRES, dir);
    }

    @AfterEach
    void close() {
        fresh.close();
    }

    @Test
    void appendsFromSeveralJvmsFormOneIntactChain() throws Exception {
        List<Process> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(ChildJvm.start(EvidenceAppenderMain.class, fresh.url(), "writer-" + w, Integer.toString(EVENTS_EACH)));
        }
        List<BufferedReader> outputs = new ArrayList<>();
        for (Process p : writers) {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo(EvidenceAppenderMain.READY);
            outputs.add(out);
        }
        for (Process p : writers) {
            p.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().flush();
        }
        for (int w = 0; w < WRITERS; w++) {
            Process p = writers.get(w);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("writer finished").isTrue();
            assertThat(p.exitValue()).isZero();
            assertThat(outputs.get(w).readLine()).isEqualTo(EvidenceAppenderMain.DONE);
        }
        JdbcEvidenceRepository evidence = new JdbcEvidenceRepository(fresh.database());
        ChainVerification verification = evidence.verify();
        assertThat(verification.isIntact()).as(verification.describe()).isTrue();
        assertThat(verification.checked()).isEqualTo(WRITERS * EVENTS_EACH);
        assertEachWriterAppendedAllInOrder(evidence);
    }

    private static void assertEachWriterAppendedAllInOrder(JdbcEvidenceRepository evidence) {
        Map<String, List<String>> byWriter = new HashMap<>();
        evidence.forEachInOrder(1, Long.MAX_VALUE, (EvidenceEvent e) ->
                byWriter.computeIfAbsent(e.actor(), k -> new ArrayList<>()).add(e.payload()));
        assertThat(byWriter).hasSize(WRITERS);
        byWriter.values().forEach(payloads -> {
            assertThat(payloads).hasSize(EVENTS_EACH);
            for (int i = 0; i < EVENTS_EACH; i++) {
                assertThat(payloads.get(i)).isEqualTo("{\"i\":" + i + "}");
            }
        });
    }
}
