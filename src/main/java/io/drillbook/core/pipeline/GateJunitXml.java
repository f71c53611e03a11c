package io.drillbook.core.pipeline;

import io.drillbook.core.calendar.GateDecision;
import io.drillbook.core.calendar.GateResult;
import io.drillbook.core.calendar.GateStatus;

import java.util.Locale;

/**
 * A gate decision as JUnit XML, the shape GitLab's {@code artifacts:reports:junit} and Jenkins'
 * {@code junit} step show: one test suite per decision, one test case per gate. A failed or unknown
 * gate is a {@code <failure>} carrying the gate's reason; a waived gate passes and says so in
 * {@code <system-out>}.
 */
public final class GateJunitXml {
    private GateJunitXml() {
    }

    public static String of(GateDecision decision) {
        long failures = decision.results().stream().filter(r -> !r.status().allowsGo()).count();
        String suite = "drillbook gate " + decision.target() + (decision.releaseId() == null ? "" : " " + decision.releaseId());
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuites name=\"drillbook gate\" tests=\"").append(decision.results().size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\">\n");
        sb.append("  <testsuite name=\"").append(attr(suite)).append("\" tests=\"").append(decision.results().size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\" timestamp=\"")
                .append(decision.at()).append("\" time=\"0\">\n");
        String className = "drillbook.gate." + decision.target().system() + "." + decision.target().environment();
        for (GateResult r : decision.results()) {
            sb.append("    <testcase classname=\"").append(attr(className)).append("\" name=\"")
                    .append(attr(GateNames.slug(r.gate()) + ": " + r.gate().title())).append("\" time=\"0\"");
            if (r.status().allowsGo() && r.status() != GateStatus.WAIVED) {
                sb.append("/>\n");
                continue;
            }
            sb.append(">\n");
            if (r.status() == GateStatus.WAIVED) {
                sb.append("      <system-out>").append(text(r.reason())).append("</system-out>\n");
            } else {
                sb.append("      <failure type=\"").append(r.status().name()).append("\" message=\"").append(attr(r.reason()))
                        .append("\">").append(text(r.status().name().toLowerCase(Locale.ROOT) + ": " + r.reason()
                                + (r.data().isEmpty() ? "" : "\n" + r.data()))).append("</failure>\n");
            }
            sb.append("    </testcase>\n");
        }
        return sb.append("  </testsuite>\n</testsuites>\n").toString();
    }

    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? '?' : c);
            }
        }
        return sb.toString();
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }
}
