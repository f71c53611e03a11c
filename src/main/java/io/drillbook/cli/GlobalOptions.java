package io.drillbook.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command accepts, before or after the subcommand's name. The picocli annotations
 * document and validate them; {@link #scan} reads them up front, because the store must be known
 * before any command (or the console) opens it.
 */
public final class GlobalOptions {
    @Option(names = "--db", paramLabel = "JDBC-URL", scope = ScopeType.INHERIT,
            description = "Database to use, e.g. jdbc:postgresql://host/drillbook (default: embedded H2 in the data folder)")
    String db;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data folder (default: $DRILLBOOK_DATA_DIR or the OS's per-user data folder)")
    String dataDir;

    public String db() {
        return db;
    }

    public String dataDir() {
        return dataDir;
    }

    /** Finds {@code --db} and {@code --data-dir} (as {@code --opt value} or {@code --opt=value}) anywhere in {@code args}. */
    public static GlobalOptions scan(String[] args) {
        GlobalOptions g = new GlobalOptions();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--".equals(a)) {
                break;
            }
            if (a.startsWith("--db=")) {
                g.db = a.substring(5);
            } else if (a.equals("--db") && i + 1 < args.length) {
                g.db = args[++i];
            } else if (a.startsWith("--data-dir=")) {
                g.dataDir = a.substring(11);
            } else if (a.equals("--data-dir") && i + 1 < args.length) {
                g.dataDir = args[++i];
            }
        }
        return g;
    }

    /** True when {@code args} hold nothing but global options: the console should open. */
    public static boolean onlyGlobalOptions(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--db") || a.equals("--data-dir")) {
                i++;
            } else if (!a.startsWith("--db=") && !a.startsWith("--data-dir=")) {
                return false;
            }
        }
        return true;
    }
}
