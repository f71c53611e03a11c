package io.drillbook.cli;

/** Turns an exception into the one line a person reads on standard error. */
final class ErrorMessages {
    private ErrorMessages() {
    }

    static String oneLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && (root.getMessage() == null || root instanceof java.io.UncheckedIOException)) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replace('\n', ' ');
    }
}
