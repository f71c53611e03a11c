package io.drillbook.core.model;

import java.util.regex.Pattern;

/** Validation of the short names used as keys (systems, environments, plans). */
public final class Names {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Names() {
    }

    public static String requireName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 1-64 letters, digits, '.', '_' or '-', was '" + value + "'");
        }
        return value;
    }
}
