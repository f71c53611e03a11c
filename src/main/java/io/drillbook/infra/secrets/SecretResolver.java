package io.drillbook.infra.secrets;

import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.workspace.SecretReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Turns a {@link SecretReference} into the secret, on the operator's machine, when a connection
 * needs it: the environment variable, the file's content, or a command's standard output (e.g.
 * {@code vault kv get -field=password secret/drill}), without its final line break. The value is
 * returned to the caller only; nothing here stores or logs it. Errors name the reference, never a value.
 */
public final class SecretResolver {
    private static final Logger LOGGER = LoggerFactory.getLogger(SecretResolver.class);
    private static final long COMMAND_TIMEOUT_SECONDS = 60;

    private final Map<String, String> environment;

    public SecretResolver() {
        this(System.getenv());
    }

    public SecretResolver(Map<String, String> environment) {
        this.environment = environment;
    }

    public char[] resolve(SecretReference ref) {
        byte[] bytes = switch (ref.kind()) {
            case ENV -> fromEnvironment(ref);
            case FILE -> fromFile(ref);
            case COMMAND -> fromCommand(ref);
            case AGENT -> throw new ConnectorException("'agent' is not a secret value: the ssh-agent signs for Drillbook", null);
        };
        try {
            return chars(withoutFinalLineBreak(bytes));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private byte[] fromEnvironment(SecretReference ref) {
        String value = environment.get(ref.target());
        if (value == null) {
            throw new ConnectorException(ref + ": the environment variable " + ref.target() + " is not set", null);
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fromFile(SecretReference ref) {
        try {
            return Files.readAllBytes(Path.of(ref.target()));
        } catch (IOException e) {
            throw new ConnectorException(ref + ": cannot read the file (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static byte[] fromCommand(SecretReference ref) {
        LOGGER.info("Running the secret command of a reference ({} characters); its output is not logged", ref.target().length());
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", ref.target()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            byte[] out = readAll(p.getInputStream());
            if (!p.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new ConnectorException(ref + ": no answer within " + COMMAND_TIMEOUT_SECONDS + " s", null);
            }
            if (p.exitValue() != 0) {
                Arrays.fill(out, (byte) 0);
                String firstLine = new String(err.join(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
                throw new ConnectorException(ref + ": exited with status " + p.exitValue()
                        + (firstLine.isBlank() ? "" : ": " + firstLine.substring(0, Math.min(200, firstLine.length()))), null);
            }
            return out;
        } catch (IOException e) {
            throw new ConnectorException(ref + ": cannot run (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(ref + ": interrupted", e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static byte[] withoutFinalLineBreak(byte[] b) {
        int end = b.length;
        if (end > 0 && b[end - 1] == '\n') {
            end--;
        }
        if (end > 0 && b[end - 1] == '\r') {
            end--;
        }
        return end == b.length ? b : Arrays.copyOf(b, end);
    }

    private static char[] chars(byte[] bytes) {
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        char[] out = Arrays.copyOfRange(decoded.array(), decoded.position(), decoded.limit());
        Arrays.fill(decoded.array(), '\0');
        return out;
    }
}
