package io.drillbook.infra.report;

import io.drillbook.core.evidence.EvidenceHashing;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;

/**
 * A small flowing layout over PDFBox on landscape A4: headings kept with what follows them, wrapped
 * paragraphs, tables whose cells wrap (a value is never cut) and whose header row repeats on every
 * page, and a footer with the page number and the period. Body text is Liberation Sans (shipped in
 * PDFBox), read once per JVM and embedded as one subset per document.
 */
final class PdfLayout implements AutoCloseable {
    private static final String UNICODE_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = fontBytes();
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final float MARGIN = 36;
    private static final float BOTTOM = 40;
    private static final float CELL_SIZE = 7.5f;
    private static final float LINE = 9.2f;

    private final PDDocument doc = new PDDocument();
    private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private final PdfText regular;
    private final PdfText bold;
    private PDPageContentStream cs;
    private float y;

    PdfLayout() throws IOException {
        PDFont font = FONT_BYTES.length == 0 ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
                : PDType0Font.load(doc, new java.io.ByteArrayInputStream(FONT_BYTES), true);
        regular = new PdfText(font);
        bold = new PdfText(BOLD);
        newPage();
    }

    private static byte[] fontBytes() {
        try (InputStream ttf = PdfLayout.class.getResourceAsStream(UNICODE_FONT)) {
            return ttf == null ? new byte[0] : withoutGlyphSubstitution(ttf.readAllBytes());
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /**
     * Hides the font's GSUB table (renames its tag in the table directory). PDFBox applies GSUB
     * ligature rules to every string shown with a font that has one, compiling regular expressions
     * each time: most of a long report's writing time. Report text needs no ligatures.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        int tables = ((ttf[4] & 0xFF) << 8) | (ttf[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
                ttf[at] = 'x';
            }
        }
        return ttf;
    }

    PdfText regular() {
        return regular;
    }

    PDPageContentStream canvas() {
        return cs;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
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

    /** Starts a new page unless {@code needed} points are left on this one. */
    void ensure(float needed) throws IOException {
        if (y - needed < BOTTOM) {
            newPage();
        }
    }

    /** A heading that stays on the page of the {@code keep} points that follow it. */
    void heading(String text, float fontSize, float keep) throws IOException {
        ensure(fontSize * 2 + keep);
        y -= fontSize * 1.5f;
        PdfText font = bold.clean(text).equals(text) ? bold : regular;
        text(font.font(), fontSize, MARGIN, y, font.clean(text));
        y -= fontSize * 0.5f;
    }

    void paragraph(float fontSize, String text) throws IOException {
        paragraph(regular, fontSize, text);
    }

    void boldParagraph(float fontSize, String text) throws IOException {
        paragraph(bold.clean(text).equals(text) ? bold : regular, fontSize, text);
    }

    private void paragraph(PdfText font, float fontSize, String text) throws IOException {
        for (String line : font.wrap(fontSize, font.clean(text), width())) {
            ensure(fontSize * 1.4f);
            y -= fontSize * 1.4f;
            text(font.font(), fontSize, MARGIN, y, line);
        }
        y -= fontSize * 0.4f;
    }

    /** A table (without a header row when {@code header} is null) of wrapped cells; the header repeats on every page the table reaches. */
    void table(String[] header, float[] widths, List<String[]> rows) throws IOException {
        List<List<String>> head = header == null ? null : wrapRow(bold, header, widths);
        ensure((head == null ? 0 : height(head)) + LINE * 3);
        y -= 2;
        if (head != null) {
            drawRow(bold, head, widths, true);
        }
        for (String[] r : rows) {
            List<List<String>> cells = wrapRow(regular, r, widths);
            float h = height(cells);
            if (y - h < BOTTOM) {
                newPage();
                if (head != null) {
                    drawRow(bold, head, widths, true);
                }
            }
            drawRow(regular, cells, widths, false);
        }
        y -= LINE / 2;
    }

    private List<List<String>> wrapRow(PdfText font, String[] cells, float[] widths) {
        List<List<String>> out = new ArrayList<>(widths.length);
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.length && cells[i] != null ? font.clean(cells[i]) : "";
            out.add(font.wrap(CELL_SIZE, cell, widths[i] - 4));
        }
        return out;
    }

    private static float height(List<List<String>> cells) {
        int lines = 1;
        for (List<String> c : cells) {
            lines = Math.max(lines, c.size());
        }
        return lines * LINE + 3;
    }

    private void drawRow(PdfText font, List<List<String>> cells, float[] widths, boolean shaded) throws IOException {
        float h = Math.min(height(cells), y - BOTTOM);
        if (shaded) {
            fill(MARGIN, y - h, sum(widths), h, new Color(0xE8, 0xEC, 0xF0));
        }
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            float lineY = y - LINE + 1.5f;
            for (String line : cells.get(i)) {
                if (lineY < y - h) {
                    break;
                }
                text(font.font(), CELL_SIZE, x + 2, lineY, line);
                lineY -= LINE;
            }
            x += widths[i];
        }
        y -= h;
        cs.setLineWidth(0.3f);
        cs.setStrokingColor(new Color(0xB0, 0xB0, 0xB0));
        cs.moveTo(MARGIN, y);
        cs.lineTo(MARGIN + sum(widths), y);
        cs.stroke();
    }

    private static float sum(float[] widths) {
        float s = 0;
        for (float w : widths) {
            s += w;
        }
        return s;
    }

    void fill(float x, float atY, float w, float h, Color color) throws IOException {
        cs.setNonStrokingColor(color);
        cs.addRect(x, atY, w, h);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
    }

    void text(PDFont font, float fontSize, float x, float atY, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, fontSize);
        cs.newLineAtOffset(x, atY);
        cs.showText(text);
        cs.endText();
    }

    /**
     * Adds "Page n of m" and {@code footer} to every page and writes the document. Its file ID and
     * dates come from {@code idSeed} and {@code created}, so the same report gives the same bytes.
     */
    byte[] finish(String idSeed, String footer, java.time.Instant created) throws IOException {
        cs.close();
        COSString id = new COSString(HexFormat.of().parseHex(EvidenceHashing.sha256Hex(idSeed).substring(0, 32)));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        when.setTimeInMillis(created.toEpochMilli() / 1000 * 1000);
        doc.getDocumentInformation().setCreationDate(when);
        doc.getDocumentInformation().setModificationDate(when);
        doc.getDocumentInformation().setProducer("Drillbook");
        doc.getDocumentInformation().setTitle(footer);
        int total = doc.getNumberOfPages();
        String shownFooter = regular.clean(footer);
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream f = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                f.beginText();
                f.setFont(regular.font(), 8);
                f.newLineAtOffset(MARGIN, 20);
                f.showText(shownFooter);
                f.endText();
                String page = "Page " + (i + 1) + " of " + total;
                f.beginText();
                f.setFont(regular.font(), 8);
                f.newLineAtOffset(size.getWidth() - MARGIN - regular.width(8, page), 20);
                f.showText(page);
                f.endText();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
