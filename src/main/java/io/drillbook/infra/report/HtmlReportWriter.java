package io.drillbook.infra.report;

import io.drillbook.core.evidence.Redaction;
import io.drillbook.core.report.AuditReport;

import java.nio.charset.StandardCharsets;

/** The report as one self-contained HTML file: inline style, no scripts, no external resources. */
public final class HtmlReportWriter {
    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:0 0 2em;font-size:12px}"
            + "th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}"
            + "th{background:#eee}td.mono{font-family:monospace;word-break:break-all}";

    public byte[] write(AuditReport report) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(report.cover().title())).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>").append(escape(report.cover().title())).append("</h1>\n");
        for (ReportRows.Table t : ReportRows.tables(report)) {
            table(html, t);
        }
        html.append("<h2>How to verify</h2><p>").append(escape(VerifyInstructions.TEXT)).append("</p>\n</body></html>\n");
        return Redaction.redact(html.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder html, ReportRows.Table t) {
        html.append("<h2 id=\"").append(t.stem()).append("\">").append(escape(t.title())).append("</h2>\n");
        if (t.rows().isEmpty()) {
            html.append("<p>None in this period.</p>\n");
            return;
        }
        html.append("<table><thead><tr>");
        for (String h : t.header()) {
            html.append("<th>").append(escape(h)).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (Object[] row : t.rows()) {
            html.append("<tr>");
            for (Object cell : row) {
                String text = cell == null ? "" : cell.toString();
                html.append(text.length() == 64 && text.matches("[0-9a-f]+") ? "<td class=\"mono\">" : "<td>")
                        .append(escape(text)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
