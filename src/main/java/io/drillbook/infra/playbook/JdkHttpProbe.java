package io.drillbook.infra.playbook;

import io.drillbook.core.playbook.HttpProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Health-check GETs through the JDK's HTTP client (TLS verified as usual). Never throws. */
public final class JdkHttpProbe implements HttpProbe {
    private static final Logger LOGGER = LoggerFactory.getLogger(JdkHttpProbe.class);

    private final HttpClient client;

    public JdkHttpProbe(Duration connectTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public Response get(URI url, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout.isZero() ? Duration.ofSeconds(10) : timeout).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            LOGGER.debug("Health check GET {} failed", url, e);
            return new Response(-1, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(-1, "interrupted");
        }
    }
}
