package io.drillbook.infra.report;

/**
 * How much a bundle may hold before the verifier refuses it unread: the number of entries, the
 * unpacked size of one entry and of all of them. The writer keeps well inside the same limits.
 */
public record BundleLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
    public static final BundleLimits DEFAULT = new BundleLimits(20_000, 512L << 20, 1L << 30);

    /** A full command output larger than this is left out of a bundle (and named in the log). */
    public static final long MAX_OUTPUT_BYTES = 64L << 20;

    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        }
        return bytes + " bytes";
    }
}
