package io.drillbook.cli;

/** What a headless command's exit status means; pipelines rely on these. */
public final class ExitCodes {
    /** Success, or a positive answer (every gate passed, the chain verified). */
    public static final int OK = 0;
    /** A negative answer: a gate said no, a verify failed, a drill failed. */
    public static final int NO = 1;
    /** Usage or runtime error; one line on standard error says what. */
    public static final int ERROR = 2;

    private ExitCodes() {
    }
}
