package io.drillbook.infra.db;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that needs the PostgreSQL server of .ci/start-postgres.sh: without
 * {@code DRILLBOOK_TEST_PG_URL} its tests are reported as skipped, with this reason.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = FreshDatabases.PG_URL_VARIABLE, matches = "jdbc:postgresql:.+",
        disabledReason = "DRILLBOOK_TEST_PG_URL is not set: PostgreSQL tests skipped (eval \"$(.ci/start-postgres.sh)\" to run them)")
public @interface RequiresPostgres {
}
