package io.drillbook.core.report;

import java.util.Locale;

/** The forms a report can be written in. CSV writes a folder of files, one per record kind. */
public enum ReportFormat {
    PDF("pdf"), JSON("json"), CSV(""), HTML("html"), BUNDLE("zip"),
    /** NIST OSCAL assessment results (JSON), for GRC platforms. */
    OSCAL("json");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** File extension without the dot; empty for CSV, which writes a folder. */
    public String extension() {
        return extension;
    }

    public static ReportFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown report format '" + text + "' (use pdf, csv, json, html, bundle or oscal)", e);
        }
    }
}
