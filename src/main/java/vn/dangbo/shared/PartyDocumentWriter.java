package vn.dangbo.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.web.util.HtmlUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a {@link PartyDocument} for printing: DOCX (Apache POI) for officials who edit before they
 * sign, PDF (openhtmltopdf) for those who print at once. Both use a Times New Roman face (the format
 * asks for it; the PDF embeds Liberation Serif, which has the same metrics) on A4 with the format's
 * margins: 20 mm top and bottom, 30 mm left, 15 mm right.
 */
public final class PartyDocumentWriter {

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF_TYPE = "application/pdf";

    private static final String FONT = "Times New Roman";
    private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    /** Twentieths of a point in a millimetre. */
    private static final double TWIPS_PER_MM = 56.6929;

    private PartyDocumentWriter() {
    }

    public static byte[] docx(PartyDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(docx);
            header(docx, document);
            title(docx, document);
            for (PartyDocument.Block block : document.body()) {
                block(docx, block);
            }
            signaturesAndRecipients(docx, document);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(PartyDocument document) {
        return pdfFromXhtml(html(document));
    }

    /**
     * A PDF from well-formed XHTML (every tag closed, text escaped), in Liberation Serif, for pages
     * a {@link PartyDocument} does not fit, such as ballots. CSS {@code @page} sets size and margins.
     */
    public static byte[] pdfFromXhtml(String xhtml) {
        // Our own document, so that the fonts can be loaded into it with their substitutions (GSUB) off.
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
             TrueTypeFont regular = serif("LiberationSerif-Regular.ttf"); TrueTypeFont bold = serif("LiberationSerif-Bold.ttf");
             TrueTypeFont italic = serif("LiberationSerif-Italic.ttf"); TrueTypeFont boldItalic = serif("LiberationSerif-BoldItalic.ttf")) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            // Its INFO lines (font loading, timings) would fill the log on every download.
            com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
            builder.useFastMode();
            builder.usePDDocument(pdf);
            font(builder, pdf, regular, 400, FontStyle.NORMAL);
            font(builder, pdf, bold, 700, FontStyle.NORMAL);
            font(builder, pdf, italic, 400, FontStyle.ITALIC);
            font(builder, pdf, boldItalic, 700, FontStyle.ITALIC);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- DOCX ----

    private static void pageSetup(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
    }

    private static BigInteger twips(double millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }

    private static void header(XWPFDocument docx, PartyDocument document) {
        XWPFTable table = docx.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("45%");
        right.setWidth("55%");
        XWPFParagraph first = left.getParagraphs().getFirst();
        if (!document.superiorBody().isBlank()) {
            run(centered(first), document.superiorBody().toUpperCase(VietnameseText.LOCALE), 14, false, false);
            first = left.addParagraph();
        }
        run(centered(first), document.issuingBody().toUpperCase(VietnameseText.LOCALE), 14, true, false);
        run(centered(left.addParagraph()), "*", 14, false, false);
        run(centered(left.addParagraph()), document.numberLine(), 14, false, false);

        XWPFRun party = run(centered(right.getParagraphs().getFirst()), PARTY, 15, true, false);
        party.setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph spacer = right.addParagraph();
        spacer.setSpacingBefore(120);
        run(centered(spacer), document.placeAndDate(), 14, false, true);
    }

    private static void title(XWPFDocument docx, PartyDocument document) {
        XWPFParagraph kind = centered(docx.createParagraph());
        kind.setSpacingBefore(360);
        run(kind, document.kind().toUpperCase(VietnameseText.LOCALE), 15, true, false);
        if (!document.summary().isBlank()) {
            run(centered(docx.createParagraph()), document.summary(), 14, true, false);
        }
        XWPFParagraph rule = centered(docx.createParagraph());
        rule.setSpacingAfter(240);
        run(rule, "-----", 14, false, false);
    }

    private static void block(XWPFDocument docx, PartyDocument.Block block) {
        switch (block) {
            case PartyDocument.Heading heading -> {
                XWPFParagraph p = docx.createParagraph();
                p.setSpacingBefore(120);
                run(p, heading.text(), 14, true, false);
            }
            case PartyDocument.Paragraph paragraph -> {
                XWPFParagraph p = docx.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(720);
                run(p, paragraph.text(), 14, false, false);
            }
            case PartyDocument.Field field -> {
                XWPFParagraph p = docx.createParagraph();
                run(p, field.label() + ": ", 14, true, false);
                run(p, field.value(), 14, false, false);
            }
            case PartyDocument.Bullets bullets -> {
                for (String item : bullets.items()) {
                    XWPFParagraph p = docx.createParagraph();
                    p.setIndentationLeft(360);
                    p.setAlignment(ParagraphAlignment.BOTH);
                    run(p, "- " + item, 14, false, false);
                }
            }
            case PartyDocument.Table table -> {
                XWPFTable t = docx.createTable(table.rows().size() + 1, table.headers().size());
                t.setWidth("100%");
                // getRows() is a list; getRow(i) counts the table's rows in the XML first, which made a long table quadratic.
                List<XWPFTableRow> rows = t.getRows();
                fillRow(rows.getFirst(), table.headers(), true);
                for (int i = 0; i < table.rows().size(); i++) {
                    fillRow(rows.get(i + 1), table.rows().get(i), false);
                }
                docx.createParagraph();
            }
        }
    }

    private static void fillRow(XWPFTableRow row, List<String> cells, boolean bold) {
        List<XWPFTableCell> tableCells = row.getTableCells();
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = tableCells.get(c).getParagraphs().getFirst();
            run(bold ? centered(p) : p, cells.get(c), 13, bold, false);
        }
    }

    private static void signaturesAndRecipients(XWPFDocument docx, PartyDocument document) {
        List<PartyDocument.Signature> signatures = document.signatures();
        boolean recipients = !document.recipients().isEmpty();
        if (signatures.isEmpty() && !recipients) {
            return;
        }
        docx.createParagraph();
        XWPFTable table = docx.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("50%");
        right.setWidth("50%");
        if (signatures.size() >= 2) {
            boolean onBehalfLine = signatures.stream().anyMatch(sig -> !sig.onBehalfOf().isBlank());
            signature(left, signatures.get(0), onBehalfLine);
            signature(right, signatures.get(1), onBehalfLine);
        } else {
            if (!signatures.isEmpty()) {
                signature(right, signatures.getFirst(), false);
            }
        }
        if (recipients) {
            XWPFTableCell cell = signatures.size() >= 2 ? null : left;
            if (cell == null) {
                XWPFParagraph after = docx.createParagraph();
                after.setSpacingBefore(240);
                recipientsInto(docx.createParagraph(), docx, document.recipients());
            } else {
                XWPFParagraph p = cell.getParagraphs().getFirst();
                XWPFRun label = run(p, "Nơi nhận:", 14, false, false);
                label.setUnderline(UnderlinePatterns.SINGLE);
                for (String recipient : document.recipients()) {
                    run(cell.addParagraph(), "- " + recipient, 12, false, false);
                }
            }
        }
    }

    private static void recipientsInto(XWPFParagraph label, XWPFDocument docx, List<String> recipients) {
        run(label, "Nơi nhận:", 14, false, false).setUnderline(UnderlinePatterns.SINGLE);
        for (String recipient : recipients) {
            run(docx.createParagraph(), "- " + recipient, 12, false, false);
        }
    }

    private static void signature(XWPFTableCell cell, PartyDocument.Signature signature, boolean onBehalfLine) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        if (!signature.onBehalfOf().isBlank() || onBehalfLine) {
            run(centered(p), signature.onBehalfOf().toUpperCase(VietnameseText.LOCALE), 14, true, false);
            p = cell.addParagraph();
        }
        run(centered(p), signature.title().toUpperCase(VietnameseText.LOCALE), 14, true, false);
        XWPFParagraph space = cell.addParagraph();
        space.setSpacingAfter(1200);
        run(centered(cell.addParagraph()), signature.name(), 14, true, false);
    }

    private static XWPFParagraph centered(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    // ---- PDF ----

    /** The Liberation Serif files, read once: each PDF parses its own copy, as a parsed font belongs to one document. */
    private static final Map<String, byte[]> SERIF_FILES = new ConcurrentHashMap<>();

    private static TrueTypeFont serif(String file) throws IOException {
        byte[] bytes = SERIF_FILES.computeIfAbsent(file, PartyDocumentWriter::serifFile);
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        // PDFBox's Latin substitutions (ligatures) compiled a pattern for every piece of text drawn: 70% of
        // the time of a thousand-row table. Vietnamese text is stored composed (NFC) and needs none of them.
        font.setEnableGsub(false);
        return font;
    }

    private static byte[] serifFile(String file) {
        try (InputStream in = PartyDocumentWriter.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The Liberation Serif font " + file + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, PDDocument pdf, TrueTypeFont font, int weight, FontStyle style) throws IOException {
        builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, font, true)), "Liberation Serif", weight, style, true);
    }

    static String html(PartyDocument document) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"/><title>")
                .append(text(document.kind() + " " + document.summary())).append("</title><style>")
                .append("@page{size:A4;margin:20mm 15mm 20mm 30mm}")
                .append("body{font-family:'Liberation Serif';font-size:14pt;line-height:1.3}")
                .append("table.layout{width:100%;border-collapse:collapse}table.layout td{vertical-align:top;text-align:center}")
                .append(".party{font-size:15pt;font-weight:bold;text-decoration:underline}.date{font-style:italic;margin-top:6pt}")
                .append(".kind{font-size:15pt;font-weight:bold;text-align:center;margin-top:18pt}")
                .append(".summary{font-weight:bold;text-align:center}.rule{text-align:center;margin-bottom:12pt}")
                .append("h2{font-size:14pt;margin:8pt 0 2pt 0}p.body{text-align:justify;text-indent:12.7mm;margin:0 0 4pt 0}")
                .append("p.field{margin:0 0 2pt 0}ul{margin:0 0 4pt 0;padding-left:8mm;list-style:none}li:before{content:'- '}")
                .append("table.data{width:100%;border-collapse:collapse;font-size:13pt;margin:4pt 0 8pt 0}")
                .append("table.data th,table.data td{border:0.5pt solid #000;padding:2pt 4pt;vertical-align:top}")
                .append(".sign{font-weight:bold;text-align:center}.space{height:28mm}")
                .append(".recipients{text-align:left;font-size:12pt}.recipients .label{font-size:14pt;text-decoration:underline}")
                .append("</style></head><body>");
        h.append("<table class=\"layout\"><tr><td style=\"width:45%\">");
        if (!document.superiorBody().isBlank()) {
            h.append("<div>").append(text(upper(document.superiorBody()))).append("</div>");
        }
        h.append("<div><b>").append(text(upper(document.issuingBody()))).append("</b></div><div>*</div><div>")
                .append(text(document.numberLine())).append("</div></td><td style=\"width:55%\"><div class=\"party\">")
                .append(PARTY).append("</div><div class=\"date\">").append(text(document.placeAndDate()))
                .append("</div></td></tr></table>");
        h.append("<div class=\"kind\">").append(text(upper(document.kind()))).append("</div>");
        if (!document.summary().isBlank()) {
            h.append("<div class=\"summary\">").append(text(document.summary())).append("</div>");
        }
        h.append("<div class=\"rule\">-----</div>");
        for (PartyDocument.Block block : document.body()) {
            switch (block) {
                case PartyDocument.Heading heading -> h.append("<h2>").append(text(heading.text())).append("</h2>");
                case PartyDocument.Paragraph paragraph ->
                        h.append("<p class=\"body\">").append(text(paragraph.text())).append("</p>");
                case PartyDocument.Field field -> h.append("<p class=\"field\"><b>").append(text(field.label()))
                        .append(":</b> ").append(text(field.value())).append("</p>");
                case PartyDocument.Bullets bullets -> {
                    h.append("<ul>");
                    bullets.items().forEach(item -> h.append("<li>").append(text(item)).append("</li>"));
                    h.append("</ul>");
                }
                case PartyDocument.Table table -> {
                    h.append("<table class=\"data\"><thead><tr>");
                    table.headers().forEach(cell -> h.append("<th>").append(text(cell)).append("</th>"));
                    h.append("</tr></thead><tbody>");
                    for (List<String> row : table.rows()) {
                        h.append("<tr>");
                        row.forEach(cell -> h.append("<td>").append(text(cell)).append("</td>"));
                        h.append("</tr>");
                    }
                    h.append("</tbody></table>");
                }
            }
        }
        htmlSignatures(h, document);
        return h.append("</body></html>").toString();
    }

    private static void htmlSignatures(StringBuilder h, PartyDocument document) {
        List<PartyDocument.Signature> signatures = document.signatures();
        if (signatures.isEmpty() && document.recipients().isEmpty()) {
            return;
        }
        StringBuilder recipients = new StringBuilder();
        if (!document.recipients().isEmpty()) {
            recipients.append("<div class=\"recipients\"><div class=\"label\">Nơi nhận:</div>");
            document.recipients().forEach(r -> recipients.append("<div>- ").append(text(r)).append("</div>"));
            recipients.append("</div>");
        }
        h.append("<table class=\"layout\" style=\"margin-top:12pt;page-break-inside:avoid\"><tr><td style=\"width:50%\">");
        if (signatures.size() >= 2) {
            boolean onBehalfLine = signatures.stream().anyMatch(sig -> !sig.onBehalfOf().isBlank());
            htmlSignature(h, signatures.get(0), onBehalfLine);
            h.append("</td><td style=\"width:50%\">");
            htmlSignature(h, signatures.get(1), onBehalfLine);
            h.append("</td></tr></table>").append(recipients);
        } else {
            h.append(recipients).append("</td><td style=\"width:50%\">");
            if (!signatures.isEmpty()) {
                htmlSignature(h, signatures.getFirst(), false);
            }
            h.append("</td></tr></table>");
        }
    }

    /** With {@code onBehalfLine}, a signature without "T/M …" keeps an empty line so both names align. */
    private static void htmlSignature(StringBuilder h, PartyDocument.Signature signature, boolean onBehalfLine) {
        if (!signature.onBehalfOf().isBlank()) {
            h.append("<div class=\"sign\">").append(text(upper(signature.onBehalfOf()))).append("</div>");
        } else if (onBehalfLine) {
            h.append("<div class=\"sign\">&#160;</div>");
        }
        h.append("<div class=\"sign\">").append(text(upper(signature.title()))).append("</div><div class=\"space\"></div>")
                .append("<div class=\"sign\">").append(text(signature.name())).append("</div>");
    }

    private static String upper(String s) {
        return s.toUpperCase(VietnameseText.LOCALE);
    }

    /** Escaped for XHTML (for {@link #pdfFromXhtml}); characters XML forbids (control characters a user might paste) are dropped. */
    public static String text(String s) {
        // composed, so each Vietnamese letter is one glyph of the font (the PDF draws without substitutions)
        String composed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(composed.length());
        composed.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
                .forEach(clean::appendCodePoint);
        return HtmlUtils.htmlEscape(clean.toString(), "UTF-8");
    }
}
