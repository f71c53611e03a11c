package io.drillbook.infra.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillbook.core.connect.ConnectorException;
import io.drillbook.core.workspace.SecretReference;
import io.drillbook.infra.secrets.SecretResolver;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import java.io.IOException;
import java.util.Arrays;

/**
 * AWS credentials from a storage profile's reference ({@code command:vault read -format=json ...},
 * {@code file:PATH}, {@code env:NAME}) whose text is the JSON {@code credential_process} prints:
 * {@code {"Version": 1, "AccessKeyId": ..., "SecretAccessKey": ..., "SessionToken": ...}}. Resolved
 * once, on first use, and kept in memory for this client only.
 */
final class ReferencedAwsCredentials implements AwsCredentialsProvider {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretReference reference;
    private final SecretResolver resolver;
    private volatile AwsCredentials resolved;

    ReferencedAwsCredentials(SecretReference reference, SecretResolver resolver) {
        this.reference = reference;
        this.resolver = resolver;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        AwsCredentials c = resolved;
        if (c == null) {
            c = read();
            resolved = c;
        }
        return c;
    }

    private AwsCredentials read() {
        char[] text = resolver.resolve(reference);
        try {
            JsonNode json = JSON.readTree(new String(text));
            String id = json.path("AccessKeyId").asText("");
            String secret = json.path("SecretAccessKey").asText("");
            if (id.isEmpty() || secret.isEmpty()) {
                throw new ConnectorException(reference + ": the output has no AccessKeyId and SecretAccessKey"
                        + " (expected the JSON credential_process prints)");
            }
            String token = json.path("SessionToken").asText("");
            return token.isEmpty() ? AwsBasicCredentials.create(id, secret) : AwsSessionCredentials.create(id, secret, token);
        } catch (IOException e) {
            throw new ConnectorException(reference + ": the output is not the JSON credential_process prints", null);
        } finally {
            Arrays.fill(text, '\0');
        }
    }
}
