package io.drillbook.infra.report;

import io.drillbook.core.evidence.Redaction;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;

/** Text made safe for the standard PDF fonts (WinAnsi) and fitted to a width. */
final class PdfText {
    private PdfText() {
    }

    /** Redacts, flattens line breaks and replaces what WinAnsi cannot show with '?'. */
    static String clean(String text) {
        String redacted = Redaction.redact(text);
        StringBuilder out = new StringBuilder(redacted.length());
        for (char c : redacted.toCharArray()) {
            if (c < 32) {
                out.append(' ');
            } else if ((c >= 127 && c < 160) || c > 255) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static float width(PDFont font, float fontSize, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * fontSize;
    }

    /** {@code text}, cut with "..." when wider than {@code maxWidth}. */
    static String fit(PDFont font, float fontSize, String text, float maxWidth) throws IOException {
        if (width(font, fontSize, text) <= maxWidth) {
            return text;
        }
        int len = Math.min(text.length(), (int) (maxWidth / (fontSize * 0.3f)));
        while (len > 0 && width(font, fontSize, text.substring(0, len) + "...") > maxWidth) {
            len--;
        }
        return text.substring(0, len) + "...";
    }
}
