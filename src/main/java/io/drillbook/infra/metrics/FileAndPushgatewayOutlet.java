package io.drillbook.infra.metrics;

import io.drillbook.core.metrics.MetricsOutlet;

import java.nio.file.Path;

/** {@link MetricsOutlet} through {@link AtomicTextFile} and {@link PushgatewayClient}. */
public final class FileAndPushgatewayOutlet implements MetricsOutlet {
    @Override
    public void writeFile(Path target, String text) {
        AtomicTextFile.write(target, text);
    }

    @Override
    public void push(String baseUrl, String job, String text) {
        new PushgatewayClient().push(baseUrl, job, text);
    }
}
