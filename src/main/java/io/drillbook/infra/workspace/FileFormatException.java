package io.drillbook.infra.workspace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.stream.Collectors;

/**
 * A file people wrote (YAML, JSON, CSV, ICS) that cannot be read, with where and what:
 * {@code workspace.yaml:12:7: unknown key 'rpoo' (known: rpo, rto, ...)}.
 */
public class FileFormatException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public FileFormatException(String file, int line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public static FileFormatException from(String file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        return new FileFormatException(file, line, column, describe(e));
    }

    private static String describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException m ? pathOf(m) : "";
        String where = path.isEmpty() ? "" : " at '" + path + "'";
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown key '" + u.getPropertyName() + "'" + where + " (known: "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() != null ? v.getCause() : v;
            return "invalid value" + where + ": " + cause.getMessage();
        }
        if (e instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not a valid " + f.getTargetType().getSimpleName() + where;
        }
        if (e instanceof MismatchedInputException m && m.getOriginalMessage().startsWith("Missing required creator property")) {
            return "missing required field" + where.replace(" at ", " ");
        }
        return e.getOriginalMessage() + where;
    }

    private static String pathOf(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String format(String file, int line, int column, String problem) {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + problem;
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
