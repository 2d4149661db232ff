package vn.dangbo.handbook;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import vn.dangbo.shared.VietnameseText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * Checks an uploaded file is the PDF or DOCX its name says, by its content, and extracts its
 * text for search: PDFBox for PDF, POI for DOCX (POI refuses zip bombs by their inflate ratio).
 */
final class AttachmentText {

    static final int MAX_TEXT = 2_000_000;
    static final int MAX_NAME = 150;

    enum Kind {
        PDF("application/pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        final String contentType;

        Kind(String contentType) {
            this.contentType = contentType;
        }
    }

    private AttachmentText() {
    }

    /**
     * The name to show and to offer on download: the last segment of what the browser sent, with no
     * control or path characters, at most {@value #MAX_NAME} characters, ending in .pdf or .docx.
     */
    static String safeName(String uploaded) {
        String name = uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}\"*:<>?|;%]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        name = VietnameseText.clean(name);
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = dot >= 0 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return name;
    }

    static Kind kindOf(String safeName) {
        String lower = safeName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf") && lower.length() > 4) {
            return Kind.PDF;
        }
        if (lower.endsWith(".docx") && lower.length() > 5) {
            return Kind.DOCX;
        }
        throw new HandbookException("Chỉ nhận tệp PDF hoặc DOCX.");
    }

    static String extract(Kind kind, byte[] content) {
        String text = switch (kind) {
            case PDF -> pdf(content);
            case DOCX -> docx(content);
        };
        text = text.replace('\u0000', ' ');
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    private static String pdf(byte[] content) {
        if (content.length < 5 || !new String(content, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new HandbookException("Tệp không phải là PDF hợp lệ.");
        }
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted()) {
                throw new HandbookException("Tệp PDF được mã hóa, không đọc được nội dung.");
            }
            return new PDFTextStripper().getText(pdf);
        } catch (IOException | RuntimeException e) {
            if (e instanceof HandbookException refused) {
                throw refused;
            }
            throw new HandbookException("Tệp PDF bị hỏng hoặc không đọc được.");
        }
    }

    private static String docx(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw new HandbookException("Tệp không phải là DOCX hợp lệ.");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                    throw new HandbookException("Tệp DOCX nén bất thường (nghi là bom nén), không nhận.");
                }
            }
            throw new HandbookException("Tệp DOCX bị hỏng hoặc không đọc được.");
        }
    }
}
