package io.drillbook.core.metrics;

import java.nio.file.Path;

/** Where metrics text goes besides standard output: a file a node exporter reads, or a Pushgateway. */
public interface MetricsOutlet {
    /** Writes {@code text} to {@code target} atomically (readers never see half a file). */
    void writeFile(Path target, String text);

    /** Puts {@code text} to the Pushgateway at {@code baseUrl} under {@code job}. */
    void push(String baseUrl, String job, String text);
}
