package io.drillbook.infra.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A webhook's url as written in the workspace file: {@code env:NAME}, {@code file:PATH} or a plain
 * http(s) URL. (On main, {@code infra.secrets.SecretResolver} resolves references for connection
 * profiles, including {@code command:}; the composition root may pass that instead.)
 */
public final class WebhookUrls implements UnaryOperator<String> {
    private final Map<String, String> environment;

    public WebhookUrls(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String apply(String reference) {
        if (reference.startsWith("env:")) {
            String value = environment.get(reference.substring(4));
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(reference + ": the environment variable is not set");
            }
            return value.strip();
        }
        if (reference.startsWith("file:")) {
            try {
                return Files.readString(Path.of(reference.substring(5)), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(reference + ": cannot read the file", e);
            }
        }
        return reference;
    }
}
