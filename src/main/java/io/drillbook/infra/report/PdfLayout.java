package io.drillbook.infra.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A small flowing layout over PDFBox: headings, wrapped paragraphs and tables that break across
 * pages with their header row repeated, then "Page n of m" on every page. Body text is set in
 * Liberation Sans (shipped inside PDFBox), embedded as a subset, so names and notes in Latin,
 * Greek or Cyrillic scripts print as written; what it has no glyph for prints as '?'.
 */
final class PdfLayout implements AutoCloseable {
    /** The TrueType font PDFBox ships for substituting Helvetica. */
    private static final String UNICODE_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDFont MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private static final float MARGIN = 40;
    private static final float BOTTOM = 50;

    private final PDDocument doc = new PDDocument();
    private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private final PDFont regular;
    private PDPageContentStream cs;
    private float y;

    PdfLayout() throws IOException {
        regular = unicodeFont(doc);
        newPage();
    }

    /** Liberation Sans embedded in {@code doc}, or Helvetica (WinAnsi only) if PDFBox no longer ships it. */
    private static PDFont unicodeFont(PDDocument doc) throws IOException {
        try (InputStream ttf = PdfLayout.class.getResourceAsStream(UNICODE_FONT)) {
            return ttf == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA) : PDType0Font.load(doc, ttf);
        }
    }

    /** The font for body text and table rows. */
    PDFont regular() {
        return regular;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    void heading(String text, float fontSize) throws IOException {
        ensure(fontSize * 3);
        y -= fontSize * 1.6f;
        String shown = PdfText.clean(text, regular);
        text(PdfText.canShow(BOLD, shown) ? BOLD : regular, fontSize, MARGIN, y, shown);
        y -= fontSize * 0.6f;
    }

    void paragraph(PDFont font, float fontSize, String text) throws IOException {
        for (String line : wrap(font, fontSize, PdfText.clean(text, font), width())) {
            ensure(fontSize * 1.4f);
            y -= fontSize * 1.4f;
            text(font, fontSize, MARGIN, y, line);
        }
    }

    void gap(float points) {
        y -= points;
    }

    void table(String[] header, float[] widths, List<Object[]> rows) throws IOException {
        float rowHeight = 11;
        ensure(rowHeight * 3);
        row(BOLD, header, widths, rowHeight);
        for (Object[] r : rows) {
            if (y - rowHeight < BOTTOM) {
                newPage();
                row(BOLD, header, widths, rowHeight);
            }
            row(regular, r, widths, rowHeight);
        }
        y -= rowHeight / 2;
    }

    private void row(PDFont font, Object[] cells, float[] widths, float height) throws IOException {
        y -= height;
        float x = MARGIN;
        for (int i = 0; i < widths.length && i < cells.length; i++) {
            String cell = cells[i] == null ? "" : PdfText.clean(cells[i].toString(), font);
            text(font, 7, x + 1, y + 2, PdfText.fit(font, 7, cell, widths[i] - 3));
            x += widths[i];
        }
        cs.setLineWidth(0.3f);
        cs.moveTo(MARGIN, y);
        cs.lineTo(x, y);
        cs.stroke();
    }

    private void ensure(float needed) throws IOException {
        if (y - needed < BOTTOM) {
            newPage();
        }
    }

    private void text(PDFont font, float fontSize, float x, float atY, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, fontSize);
        cs.newLineAtOffset(x, atY);
        cs.showText(text);
        cs.endText();
    }

    static List<String> wrap(PDFont font, float fontSize, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && PdfText.width(font, fontSize, candidate) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Numbers the pages and writes the document; its file ID comes from {@code idSeed}, so the bytes are reproducible. */
    byte[] finish(String idSeed) throws IOException {
        cs.close();
        org.apache.pdfbox.cos.COSArray id = new org.apache.pdfbox.cos.COSArray();
        org.apache.pdfbox.cos.COSString idString = new org.apache.pdfbox.cos.COSString(
                java.util.HexFormat.of().parseHex(io.drillbook.core.evidence.EvidenceHashing.sha256Hex(idSeed).substring(0, 32)));
        id.add(idString);
        id.add(idString);
        doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, id);
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.beginText();
                footer.setFont(regular, 8);
                footer.newLineAtOffset(size.getWidth() / 2 - 25, 25);
                footer.showText("Page " + (i + 1) + " of " + total);
                footer.endText();
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
