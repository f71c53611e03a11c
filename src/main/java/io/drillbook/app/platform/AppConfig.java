package io.drillbook.app.platform;

import io.drillbook.infra.db.Database;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How this process was asked to run: the data folder, the database, and who is operating.
 *
 * @param jdbcUrl  null for the embedded H2 store in {@code dataDir}
 * @param operator the name written as actor into evidence; defaults to the OS user
 */
public record AppConfig(Path dataDir, String jdbcUrl, String operator) {
    public AppConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        operator = operator == null || operator.isBlank() ? defaultOperator() : operator;
    }

    /** {@code --db} wins; without it, the database chosen in Settings (if any); else the embedded one. */
    public static AppConfig of(String dataDirOption, String dbOption) {
        java.nio.file.Path dataDir = DataDirectories.resolve(dataDirOption);
        String db = dbOption != null && !dbOption.isBlank() ? dbOption : new DatabaseChoice(dataDir).url().orElse(null);
        return new AppConfig(dataDir, db, System.getenv("DRILLBOOK_OPERATOR"));
    }

    /** The same, with {@code name} as operator (the authenticated login on a shared server). */
    public AppConfig actingAs(String name) {
        return name.equals(operator) ? this : new AppConfig(dataDir, jdbcUrl, name);
    }

    /** The operator name when it was set on purpose (not the OS user's default); null otherwise. */
    public String claimedOperator() {
        return operator.equals(defaultOperator()) ? null : operator;
    }

    public String effectiveJdbcUrl() {
        return jdbcUrl != null && !jdbcUrl.isBlank() ? jdbcUrl : Database.h2Url(dataDir);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public static String defaultOperator() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "operator" : user;
    }
}
