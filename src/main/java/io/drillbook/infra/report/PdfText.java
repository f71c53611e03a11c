package io.drillbook.infra.report;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text made safe for one PDF font, measured and wrapped. Widths and glyph checks are cached per
 * character, so laying out thousands of rows does not ask the font again and again.
 */
final class PdfText {
    private final PDFont font;
    private final float[] ascii = new float[128];
    private final Map<Integer, Float> widths = new HashMap<>();

    PdfText(PDFont font) throws IOException {
        this.font = font;
        for (int c = 32; c < 127; c++) {
            ascii[c] = font.getStringWidth(Character.toString(c)) / 1000;
        }
    }

    PDFont font() {
        return font;
    }

    /** Redacts, flattens line breaks and control characters, and replaces what the font cannot show with '?'. */
    String clean(String text) {
        String redacted = ExportRedaction.redact(text);
        StringBuilder out = new StringBuilder(redacted.length());
        redacted.codePoints().forEach(c -> {
            if (c < 32 || (c >= 127 && c < 160)) {
                out.append(' ');
            } else if (c < 127 || charWidth(c) > 0) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Width of one character in text space units per point of font size; 0 when the font has no glyph for it. */
    private float charWidth(int c) {
        if (c < 128) {
            return c < 32 ? 0 : ascii[c];
        }
        return widths.computeIfAbsent(c, k -> {
            try {
                String s = Character.toString(k);
                font.encode(s);
                return font.getStringWidth(s) / 1000;
            } catch (IllegalArgumentException | IOException e) {
                return 0f;
            }
        });
    }

    float width(float size, String text) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            w += c < 128 ? ascii[c < 32 ? 32 : c] : charWidth(c);
            i += Character.charCount(c);
        }
        return w * size;
    }

    /** Lines no wider than {@code max}: breaks at spaces, and inside a word only when the word alone is too wide. Never cuts. */
    List<String> wrap(float size, String text, float max) {
        List<String> lines = new ArrayList<>();
        if (width(size, text) <= max) {
            lines.add(text);
            return lines;
        }
        float space = width(size, " ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : text.split(" ", -1)) {
            float w = width(size, word);
            if (line.length() > 0 && lineWidth + space + w <= max) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(size, rest) > max && rest.length() > 1) {
                int cut = fitting(size, rest, max);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
            lineWidth = width(size, rest);
        }
        lines.add(line.toString());
        return lines;
    }

    private int fitting(float size, String text, float max) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            w += (c < 128 ? ascii[c < 32 ? 32 : c] : charWidth(c)) * size;
            if (w > max) {
                return Math.max(1, i);
            }
            i += Character.charCount(c);
        }
        return text.length();
    }
}
