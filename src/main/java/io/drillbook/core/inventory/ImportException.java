package io.drillbook.core.inventory;

/**
 * Input a backup importer could not read: names the file, the line and column (1-based, 0 when
 * unknown) and what is wrong. Nothing of the file is stored when this is thrown.
 */
public class ImportException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public ImportException(String file, int line, int column, String problem) {
        this(file, line, column, problem, null);
    }

    public ImportException(String file, int line, int column, String problem, Throwable cause) {
        super(describe(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String describe(String file, int line, int column, String problem) {
        if (line <= 0) {
            return file + ": " + problem;
        }
        return column <= 0 ? file + ":" + line + ": " + problem : file + ":" + line + ":" + column + ": " + problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
