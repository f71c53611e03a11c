package io.drillbook.core.playbook;

import java.util.List;
import java.util.Objects;

/**
 * A value a playbook asks for when it starts, used in commands as {@code ${param.NAME}}.
 *
 * @param defaultValue used when no value is given; null for none
 * @param allowed      the only accepted values (required for {@link ParameterType#ENUM}); empty for any
 * @param secret       its value is a secret: never stored, masked wherever it appears (also when its name
 *                     does not look secret), and better given from the environment or a prompt
 */
public record PlaybookParameter(String name, ParameterType type, String defaultValue, List<String> allowed,
                                boolean required, boolean secret) {

    public PlaybookParameter(String name, ParameterType type, String defaultValue, List<String> allowed, boolean required) {
        this(name, type, defaultValue, allowed, required, false);
    }

    public PlaybookParameter {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name must be letters, digits or '_', was '" + name + "'");
        }
        type = type == null ? ParameterType.STRING : type;
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
        if (type == ParameterType.ENUM && allowed.isEmpty()) {
            throw new IllegalArgumentException("parameter '" + name + "' is an enum and needs 'allowed' values");
        }
        if (defaultValue != null) {
            normalise(name, type, allowed, defaultValue);
        }
        secret = secret || io.drillbook.core.evidence.Redaction.isSecretName(name);
    }

    public static PlaybookParameter string(String name, boolean required) {
        return new PlaybookParameter(name, ParameterType.STRING, null, List.of(), required);
    }

    /** Returns {@code value} in its normal form, or throws naming the parameter and what is wrong. */
    public String check(String value) {
        return normalise(name, type, allowed, value);
    }

    private static String normalise(String name, ParameterType type, List<String> allowed, String value) {
        Objects.requireNonNull(value, "value");
        String normal = switch (type) {
            case INT -> integer(name, value);
            case BOOL -> bool(name, value);
            case STRING, ENUM -> value;
        };
        if (!allowed.isEmpty() && !allowed.contains(normal)) {
            throw new IllegalArgumentException("parameter '" + name + "': '" + value + "' is not one of " + allowed);
        }
        return normal;
    }

    private static String integer(String name, String value) {
        try {
            return Long.toString(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "': '" + value + "' is not an integer");
        }
    }

    private static String bool(String name, String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("parameter '" + name + "': '" + value + "' is not true or false");
        }
        return v;
    }
}
