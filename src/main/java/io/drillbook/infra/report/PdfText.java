package io.drillbook.infra.report;

import io.drillbook.core.evidence.Redaction;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;

/** Text made safe for a PDF font and fitted to a width. */
final class PdfText {
    private PdfText() {
    }

    /** Redacts, flattens line breaks and control characters, and replaces what {@code font} cannot show with '?'. */
    static String clean(String text, PDFont font) {
        String redacted = Redaction.redact(text);
        StringBuilder out = new StringBuilder(redacted.length());
        redacted.codePoints().forEach(c -> {
            if (c < 32 || (c >= 127 && c < 160)) {
                out.append(' ');
            } else if (c < 127) {
                out.append((char) c);
            } else if (!canShow(font, Character.toString(c))) {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** True when {@code font} has a glyph for every character of {@code text}. */
    static boolean canShow(PDFont font, String text) {
        try {
            font.encode(text);
            return text.codePoints().allMatch(c -> c == ' ' || hasGlyph(font, c));
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static boolean hasGlyph(PDFont font, int codePoint) {
        try {
            return font.getStringWidth(Character.toString(codePoint)) > 0;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
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
