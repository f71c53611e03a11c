package io.drillbook.core.drill;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a check's output (trimmed standard output) must be.
 *
 * @param value the expected text, regular expression, bound, or SHA-256 hex digest
 */
public record Expectation(Kind kind, String value) {

    /** How the output is compared. */
    public enum Kind { EQUALS, MATCHES, AT_LEAST, AT_MOST, CHECKSUM_EQUALS }

    public Expectation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "expected value");
        if (kind == Kind.MATCHES) {
            compile(value);
        }
        if (kind == Kind.AT_LEAST || kind == Kind.AT_MOST) {
            number(value, "bound");
        }
    }

    public static Expectation equalTo(String text) {
        return new Expectation(Kind.EQUALS, text);
    }

    public static Expectation matching(String regex) {
        return new Expectation(Kind.MATCHES, regex);
    }

    public static Expectation atLeast(long bound) {
        return new Expectation(Kind.AT_LEAST, Long.toString(bound));
    }

    public static Expectation atMost(long bound) {
        return new Expectation(Kind.AT_MOST, Long.toString(bound));
    }

    public static Expectation checksumEquals(String sha256) {
        return new Expectation(Kind.CHECKSUM_EQUALS, sha256);
    }

    /** Compares {@code actualOutput} (already trimmed) with this expectation. */
    public Verdict evaluate(String actualOutput) {
        String actual = actualOutput.strip();
        return switch (kind) {
            case EQUALS -> new Verdict(actual.equals(value), describe(), actual);
            case MATCHES -> new Verdict(compile(value).matcher(actual).matches(), describe(), actual);
            case AT_LEAST -> compareNumber(actual, c -> c >= 0);
            case AT_MOST -> compareNumber(actual, c -> c <= 0);
            case CHECKSUM_EQUALS -> checksum(actual);
        };
    }

    /** The expectation as a person reads it: {@code = 5}, {@code >= 5000}. */
    public String describe() {
        return switch (kind) {
            case EQUALS -> "= " + value;
            case MATCHES -> "matches " + value;
            case AT_LEAST -> ">= " + value;
            case AT_MOST -> "<= " + value;
            case CHECKSUM_EQUALS -> "sha256 " + value.toLowerCase(Locale.ROOT);
        };
    }

    private Verdict compareNumber(String actual, java.util.function.IntPredicate accept) {
        BigDecimal bound = number(value, "bound");
        try {
            return new Verdict(accept.test(new BigDecimal(actual).compareTo(bound)), describe(), actual);
        } catch (NumberFormatException e) {
            return new Verdict(false, describe(), actual + " (not a number)");
        }
    }

    /** The first word of the output, so {@code sha256sum FILE} output works as it is. */
    private Verdict checksum(String actual) {
        String digest = actual.isEmpty() ? "" : actual.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return new Verdict(digest.equals(value.toLowerCase(Locale.ROOT)), describe(), digest);
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad regular expression '" + regex + "': " + e.getDescription(), e);
        }
    }

    private static BigDecimal number(String text, String what) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number", e);
        }
    }

    /** The outcome of one comparison, with both sides as text for evidence. */
    public record Verdict(boolean met, String expected, String actual) {
        public Verdict {
            actual = io.drillbook.core.evidence.Redaction.redact(actual);
        }
    }
}
