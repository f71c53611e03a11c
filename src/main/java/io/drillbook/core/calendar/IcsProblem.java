package io.drillbook.core.calendar;

/** One thing wrong in an ICS or CSV file: where (line) and what. */
public record IcsProblem(int line, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
