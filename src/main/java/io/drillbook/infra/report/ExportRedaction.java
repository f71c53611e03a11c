package io.drillbook.infra.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.drillbook.core.evidence.CanonicalJson;
import io.drillbook.core.evidence.Redaction;

import java.io.IOException;

/**
 * {@link Redaction} for exports, applied to each value rather than to whole documents, and skipped
 * for values that hold none of the words every redaction pattern needs: a quarter's report is
 * mostly dates, states and names, and running six regular expressions over megabytes of JSON was
 * most of a bundle's writing time. The result is redacted the same way.
 */
final class ExportRedaction {
    private static final ObjectMapper MAPPER = CanonicalJson.mapper().copy()
            .registerModule(new SimpleModule("export-redaction").addSerializer(String.class, new RedactingStrings()));

    private ExportRedaction() {
    }

    static String redact(String text) {
        return text == null || !mayHoldSecret(text) ? text : Redaction.redact(text);
    }

    /**
     * False only when none of '@' (a URL password), pass, secret, token, key, credential, bearer or an
     * AWS key prefix occurs in {@code text}, ignoring case: then no redaction pattern can match.
     */
    static boolean mayHoldSecret(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '@' -> {
                    return true;
                }
                case 'p', 'P' -> {
                    if (at(text, i, "pass")) {
                        return true;
                    }
                }
                case 's', 'S' -> {
                    if (at(text, i, "secret")) {
                        return true;
                    }
                }
                case 't', 'T' -> {
                    if (at(text, i, "token")) {
                        return true;
                    }
                }
                case 'k', 'K' -> {
                    if (at(text, i, "key")) {
                        return true;
                    }
                }
                case 'c', 'C' -> {
                    if (at(text, i, "credential")) {
                        return true;
                    }
                }
                case 'b', 'B' -> {
                    if (at(text, i, "bearer")) {
                        return true;
                    }
                }
                case 'a', 'A' -> {
                    if (at(text, i, "akia") || at(text, i, "asia")) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean at(String text, int i, String word) {
        return text.regionMatches(true, i, word, 0, word.length());
    }

    /** Canonical JSON (sorted keys, ISO times) with every string value redacted. */
    static String canonicalJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static final class RedactingStrings extends StdSerializer<String> {
        RedactingStrings() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(redact(value));
        }
    }
}
