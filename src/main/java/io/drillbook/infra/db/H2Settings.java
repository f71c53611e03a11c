package io.drillbook.infra.db;

import java.util.Locale;

/**
 * The H2 URL settings every embedded workspace is opened with, whatever URL the user gave.
 * See docs/adr/0010-durability-h2-postgresql.md for why each one is there.
 * <ul>
 *   <li>{@code WRITE_DELAY=0}: a commit writes its MVStore chunk to the file before it returns
 *       (no background writer holding it back), so a killed process loses nothing it committed.</li>
 *   <li>{@code REUSE_SPACE=FALSE}: every chunk is appended at the end of the file and no chunk is
 *       ever overwritten in place. With space reuse, H2 2.x writes new chunks into holes earlier in
 *       the file and finds them after a crash only through a store header that can point at an
 *       older chunk: every commit since could vanish (the lost drill runs of issue 13). Appended
 *       chunks are found from the file's last block. The file grows; {@link H2Compaction} shrinks
 *       it when the last user closes it.</li>
 *   <li>{@code AUTO_SERVER=TRUE}: the first process serves the file to the others over a local
 *       socket (console and command line at once); the file is still written by one process.</li>
 * </ul>
 * And one setting of the H2 engine in this JVM ({@link #useNoObjectCache()}).
 */
public final class H2Settings {
    static final String COMPATIBILITY = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final String[][] DURABILITY = {{"WRITE_DELAY", "0"}, {"REUSE_SPACE", "FALSE"}};
    private static final String[] SHARING = {"AUTO_SERVER", "TRUE"};

    private H2Settings() {
    }

    /** {@code url} with the compatibility, durability and sharing settings Drillbook needs (those given win). */
    public static String complete(String url) {
        StringBuilder out = new StringBuilder(url);
        if (!has(url, "MODE")) {
            out.append(COMPATIBILITY);
        }
        for (String[] setting : DURABILITY) {
            if (!has(url, setting[0])) {
                out.append(';').append(setting[0]).append('=').append(setting[1]);
            }
        }
        if (isFile(url) && !has(url, SHARING[0])) {
            out.append(';').append(SHARING[0]).append('=').append(SHARING[1]);
        }
        return out.toString();
    }

    /**
     * Turns off H2's object cache ({@code h2.objectCache}), unless the user set it: with it, every
     * string H2 reads from a row is hashed (all its characters) to look up an equal one to share,
     * which cost a fifth of reading the evidence chain for {@code verify}; the sharing only saves
     * memory on large repeated results, which Drillbook does not keep. H2 reads the property once,
     * when its engine first loads, so {@link Database} calls this before it opens anything.
     */
    static void useNoObjectCache() {
        if (System.getProperty(OBJECT_CACHE) == null) {
            System.setProperty(OBJECT_CACHE, "false");
        }
    }

    static final String OBJECT_CACHE = "h2.objectCache";

    /** True for a file database (not {@code jdbc:h2:mem:} or a {@code tcp:} server). */
    static boolean isFile(String url) {
        String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
    }

    private static boolean has(String url, String setting) {
        return url.toUpperCase(Locale.ROOT).contains(";" + setting + "=");
    }
}
