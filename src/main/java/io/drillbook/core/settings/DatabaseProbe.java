package io.drillbook.core.settings;

import java.time.Duration;

/** Tries a database connection without changing anything in it: for choosing a shared workspace. */
@FunctionalInterface
public interface DatabaseProbe {

    /**
     * @param password a password typed for this test, or null to use the usual sources
     *                 ({@code PGPASSWORD}, {@code ~/.pgpass}); used once and never stored
     */
    Result test(String jdbcUrl, char[] password);

    /** What the test found: the server and round trip, or why it failed. */
    record Result(boolean ok, String server, Duration roundTrip, String problem) {
        public static Result failed(String problem) {
            return new Result(false, "", Duration.ZERO, problem);
        }
    }
}
