package io.drillbook.cli;

import io.drillbook.core.calendar.GateDecision;
import io.drillbook.core.pipeline.GateGithubOutput;
import io.drillbook.core.pipeline.GateJunitXml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The formats {@code gate} prints: text, json, junit, github. */
final class GateOutput {
    static final List<String> FORMATS = List.of("text", "json", "junit", "github");

    private GateOutput() {
    }

    /** The format asked for; {@code --json} is {@code --format json}, and the two must not disagree. */
    static String chosen(String format, boolean json) {
        if (format == null) {
            return json ? "json" : "text";
        }
        String f = format.trim().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new IllegalArgumentException("--format '" + format + "' is not one of " + String.join(", ", FORMATS));
        }
        if (json && !f.equals("json")) {
            throw new IllegalArgumentException("--json and --format " + f + " ask for different formats; use one");
        }
        return f;
    }

    static String render(String format, GateDecision decision, String json, String text, UnaryOperator<String> variables) {
        return switch (format) {
            case "json" -> json + System.lineSeparator();
            case "junit" -> GateJunitXml.of(decision);
            case "github" -> github(decision, variables);
            default -> text + System.lineSeparator();
        };
    }

    /** Annotations on stdout; the Markdown summary appended to {@code $GITHUB_STEP_SUMMARY} when it is set. */
    private static String github(GateDecision decision, UnaryOperator<String> variables) {
        String summaryFile = variables.apply("GITHUB_STEP_SUMMARY");
        if (summaryFile != null && !summaryFile.isBlank()) {
            try {
                Files.writeString(Path.of(summaryFile), GateGithubOutput.summary(decision), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to $GITHUB_STEP_SUMMARY " + summaryFile + ": " + e.getMessage(), e);
            }
        }
        return GateGithubOutput.annotations(decision);
    }
}
