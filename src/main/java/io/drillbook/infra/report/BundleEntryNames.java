package io.drillbook.infra.report;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which entry names a bundle may hold: relative paths of plain segments, nothing that could land
 * outside the folder it is unpacked into or mean something else on another system.
 */
final class BundleEntryNames {
    private static final Pattern UNSAFE_CHAR = Pattern.compile("[\\x00-\\x1f\\x7f\\\\:*?\"<>|]");
    private static final Pattern SAFE_FILE_CHAR = Pattern.compile("[^A-Za-z0-9._-]");

    private BundleEntryNames() {
    }

    /** Why {@code name} may not be a bundle entry, or empty when it may. */
    static Optional<String> problem(String name) {
        if (name.isEmpty() || name.length() > 255) {
            return Optional.of("is empty or longer than 255 characters");
        }
        if (name.startsWith("/")) {
            return Optional.of("is an absolute path");
        }
        if (UNSAFE_CHAR.matcher(name).find()) {
            return Optional.of("holds a backslash, colon, control or wildcard character");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.of("is a path with an empty, '.' or '..' part");
            }
        }
        return Optional.empty();
    }

    /** A file name made safe to be an entry name's last part. */
    static String safeFileName(String fileName) {
        String safe = SAFE_FILE_CHAR.matcher(fileName).replaceAll("_");
        if (safe.length() > 120) {
            safe = safe.substring(safe.length() - 120);
        }
        return safe.matches("\\.*") ? "output" : safe;
    }
}
