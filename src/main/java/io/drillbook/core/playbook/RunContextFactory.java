package io.drillbook.core.playbook;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Makes the job context of each execution of one run (its shells live as long as the execution). */
record RunContextFactory(Map<String, String> values, PlaybookConnections connections, PlaybookGate gate, Path outputDir,
                         Clock clock) {

    JobContext open(String runId, String operator, PlaybookListener listener) {
        return new JobContext(runId, operator, values, connections, gate, outputDir, clock, listener);
    }
}
