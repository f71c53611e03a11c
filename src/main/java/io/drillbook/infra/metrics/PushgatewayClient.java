package io.drillbook.infra.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Pushes metrics text to a Prometheus Pushgateway: {@code PUT <url>/metrics/job/<job>} replaces
 * the job's group, so a removed target disappears too. The text format is what the gateway reads.
 */
public final class PushgatewayClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** @return the URI pushed to */
    public URI push(String baseUrl, String job, String text) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        URI uri = URI.create(base + "/metrics/job/" + java.net.URLEncoder.encode(job, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Pushgateway " + uri + " answered HTTP " + response.statusCode() + ": "
                        + response.body().lines().findFirst().orElse(""));
            }
            return uri;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot push metrics to " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pushing metrics to " + uri, e);
        }
    }
}
