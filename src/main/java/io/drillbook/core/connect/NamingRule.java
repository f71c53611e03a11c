package io.drillbook.core.connect;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How backup object keys are named, e.g. {@code {system}/{env}/{yyyy}-{MM}-{dd}T{HH}{mm}.dump}.
 * Tokens: {@code {system}}, {@code {env}}, {@code {yyyy}}, {@code {MM}}, {@code {dd}},
 * {@code {HH}}, {@code {mm}}, {@code {ss}} and {@code {*}} (anything within one path segment).
 * Times in keys are read as UTC. Everything else must match literally.
 */
public final class NamingRule {
    private static final Pattern TOKEN = Pattern.compile("\\{([^}]*)}");
    private static final Map<String, String> TOKEN_REGEX = Map.of(
            "system", "(?<system>[^/]+?)", "env", "(?<env>[^/]+?)",
            "yyyy", "(?<yyyy>\\d{4})", "MM", "(?<MM>\\d{2})", "dd", "(?<dd>\\d{2})",
            "HH", "(?<HH>\\d{2})", "mm", "(?<mm>\\d{2})", "ss", "(?<ss>\\d{2})", "*", "[^/]*?");

    private final String pattern;
    private final Pattern regex;
    private final boolean hasSeconds;

    public NamingRule(String pattern) {
        this.pattern = pattern;
        this.regex = compile(pattern);
        this.hasSeconds = pattern.contains("{ss}");
    }

    private static Pattern compile(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("naming rule is empty");
        }
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder re = new StringBuilder();
        List<String> seen = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            String token = m.group(1);
            String part = TOKEN_REGEX.get(token);
            if (part == null) {
                throw new IllegalArgumentException("naming rule: unknown token {" + token + "} at column " + (m.start() + 1)
                        + " of " + pattern + " (known: " + TOKEN_REGEX.keySet().stream().sorted().toList() + ")");
            }
            if (!token.equals("*") && seen.contains(token)) {
                throw new IllegalArgumentException("naming rule: {" + token + "} appears twice in " + pattern);
            }
            seen.add(token);
            re.append(Pattern.quote(pattern.substring(last, m.start()))).append(part);
            last = m.end();
        }
        re.append(Pattern.quote(pattern.substring(last)));
        for (String required : List.of("system", "env", "yyyy", "MM", "dd")) {
            if (!seen.contains(required)) {
                throw new IllegalArgumentException("naming rule: {" + required + "} is missing from " + pattern);
            }
        }
        return Pattern.compile(re.toString());
    }

    /** The system, environment and time a key names, or empty when it does not follow the rule. */
    public Optional<NamedKey> parse(String key) {
        Matcher m = regex.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime time = LocalDateTime.of(number(m, "yyyy"), number(m, "MM"), number(m, "dd"),
                    number(m, "HH"), number(m, "mm"), hasSeconds ? number(m, "ss") : 0);
            return Optional.of(new NamedKey(key, m.group("system"), m.group("env"), time.toInstant(ZoneOffset.UTC)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Sorts {@code keys} into those the rule understands and those it does not, for a settings preview. */
    public Preview preview(List<String> keys) {
        List<NamedKey> matched = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (String key : keys) {
            parse(key).ifPresentOrElse(matched::add, () -> unmatched.add(key));
        }
        return new Preview(List.copyOf(matched), List.copyOf(unmatched));
    }

    private static int number(Matcher m, String group) {
        try {
            String text = m.group(group);
            return text == null ? 0 : Integer.parseInt(text);
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    public String pattern() {
        return pattern;
    }

    /** A key the rule understood. */
    public record NamedKey(String key, String system, String environment, Instant time) {
    }

    /** Keys sorted by whether the rule understood them. */
    public record Preview(List<NamedKey> matched, List<String> unmatched) {
    }
}
