package io.drillbook.core.connect;

/**
 * POSIX shell quoting: every value becomes one word that the shell takes literally, whatever it
 * holds ({@code $(...)}, backticks, {@code ;}, quotes, newlines).
 */
public final class ShellQuote {
    private ShellQuote() {
    }

    /** Wraps {@code value} in single quotes; an embedded single quote becomes {@code '\''}. */
    public static String quote(String value) {
        if (value == null) {
            throw new IllegalArgumentException("cannot quote a null value");
        }
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a shell word cannot hold a NUL character");
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
