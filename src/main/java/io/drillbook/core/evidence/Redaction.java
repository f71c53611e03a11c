package io.drillbook.core.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets before text is logged, stored, shown or written: first every value known to be a
 * secret ({@link #registerSecretValue}: parameters declared secret, values read from the environment
 * or a prompt), wherever it appears; then what looks like one: passwords in URLs, {@code NAME=value}
 * assignments whose name says secret, bearer tokens, AWS keys, private keys.
 */
public final class Redaction {
    public static final String MASK = "***";
    /** Shorter values are not registered: masking every "ab" in every text would hide more than it protects. */
    public static final int MIN_SECRET_LENGTH = 4;

    /** Known secret values of this process, longest first (so a value containing another is masked whole). */
    private static volatile List<String> secretValues = List.of();

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)([a-z][a-z0-9+.-]*://[^/\\s:@]+:)([^@\\s/]+)(@)");
    private static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
            "(?i)\\b([A-Z0-9_]*(?:PASSWORD|PASSWD|PASSPHRASE|PASS(?![A-Z0-9])|_PW(?![A-Z0-9])|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)[A-Z0-9_]*\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s\"';&|]+)");
    private static final Pattern SECRET_FLAG = Pattern.compile(
            "(?i)(--?(?:password|passwd|passphrase|secret|token|api-key|access-key)(?:=|\\s+))(\"[^\"]*\"|'[^']*'|\\S+)");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)([A-Za-z0-9._~+/-]+=*)");
    private static final Pattern AWS_ACCESS_KEY = Pattern.compile("\\b(AKIA|ASIA)[A-Z0-9]{16}\\b");
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----");

    /** Parameter and variable names whose values are secrets: masked wherever a command is shown. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|passphrase|secret|token|api_?key|access_?key|private_?key|credential).*"
                    + "|(?i)(.*[^a-z0-9])?(pw|pwd|pass)([^a-z0-9].*)?");

    private Redaction() {
    }

    public static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name).matches();
    }

    /**
     * Makes {@code value} a secret of this process: from now on {@link #redact} replaces it wherever
     * it appears (logs, evidence, journals, reports, output files). Values shorter than
     * {@value #MIN_SECRET_LENGTH} characters are ignored. @return true when it is (now) masked
     */
    public static synchronized boolean registerSecretValue(String value) {
        if (value == null || value.length() < MIN_SECRET_LENGTH) {
            return false;
        }
        if (!secretValues.contains(value)) {
            List<String> next = new ArrayList<>(secretValues);
            next.add(value);
            next.sort(java.util.Comparator.comparingInt(String::length).reversed());
            secretValues = List.copyOf(next);
        }
        return true;
    }

    /** The known secret values, longest first (for masking byte streams). */
    public static List<String> secretValues() {
        return secretValues;
    }

    public static boolean isSecretValue(String value) {
        return value != null && secretValues.contains(value);
    }

    /** The same values with those of secret-looking names, or known secret values, replaced by {@value #MASK}. */
    public static Map<String, String> maskSecretValues(Map<String, String> values) {
        Map<String, String> out = new java.util.HashMap<>(values);
        out.replaceAll((name, value) -> isSecretName(name) || isSecretValue(value) ? MASK : value);
        return Map.copyOf(out);
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secretValues) {
            out = out.replace(secret, MASK);
        }
        out = PRIVATE_KEY.matcher(out).replaceAll("-----BEGIN PRIVATE KEY----- " + MASK + " -----END PRIVATE KEY-----");
        out = replaceGroup(URL_PASSWORD, out);
        out = replaceGroup(SECRET_ASSIGNMENT, out);
        out = replaceGroup(SECRET_FLAG, out);
        out = replaceGroup(BEARER, out);
        return AWS_ACCESS_KEY.matcher(out).replaceAll(MASK);
    }

    /** Redacts every string inside a payload of maps, lists and scalars. */
    public static Map<String, Object> redactValues(Map<String, ?> payload) {
        Map<String, Object> out = new LinkedHashMap<>();
        payload.forEach((k, v) -> out.put(k, redactValue(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object redactValue(Object value) {
        if (value instanceof String s) {
            return redact(s);
        }
        if (value instanceof Map<?, ?> m) {
            return redactValues((Map<String, ?>) m);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(redactValue(item)));
            return out;
        }
        return value;
    }

    private static String replaceGroup(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String tail = m.groupCount() >= 3 ? m.group(3) : "";
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + MASK + tail));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
