package io.drillbook.core.inventory;

/**
 * The tool's output is well-formed but says the thing asked about does not exist or cannot be
 * read (pgBackRest exits 0 for a missing stanza and says so only in {@code status.code}). Nothing
 * is stored; headless imports exit 1 and an inventory refresh counts as failed.
 */
public class SourceMissingException extends ImportException {
    public SourceMissingException(String file, int line, int column, String problem) {
        super(file, line, column, problem);
    }
}
