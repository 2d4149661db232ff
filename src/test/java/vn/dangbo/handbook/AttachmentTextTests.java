package vn.dangbo.handbook;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentTextTests {

    static byte[] pdf(String text) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String text) throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void extractsTheTextOfPdfAndDocx() throws Exception {
        assertThat(AttachmentText.extract(AttachmentText.Kind.PDF, pdf("Nghi quyet Trung uong 4"))).contains("Nghi quyet Trung uong 4");
        assertThat(AttachmentText.extract(AttachmentText.Kind.DOCX, docx("Chỉnh đốn Đảng"))).contains("Chỉnh đốn Đảng");
    }

    @Test
    void refusesFakesAndOtherTypes() {
        byte[] fake = "this is not a pdf".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AttachmentText.extract(AttachmentText.Kind.PDF, fake)).hasMessage("Tệp không phải là PDF hợp lệ.");
        assertThatThrownBy(() -> AttachmentText.extract(AttachmentText.Kind.PDF, "%PDF-1.7 garbage".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Tệp PDF bị hỏng hoặc không đọc được.");
        assertThatThrownBy(() -> AttachmentText.extract(AttachmentText.Kind.DOCX, fake)).hasMessage("Tệp không phải là DOCX hợp lệ.");
        assertThatThrownBy(() -> AttachmentText.kindOf("virus.exe")).hasMessage("Chỉ nhận tệp PDF hoặc DOCX.");
        assertThatThrownBy(() -> AttachmentText.kindOf(".pdf")).isInstanceOf(HandbookException.class);
    }

    @Test
    void namesLoseTheirPathsAndControlCharacters() {
        assertThat(AttachmentText.safeName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(AttachmentText.safeName("C:\\Users\\a\\Nghị quyết.docx")).isEqualTo("Nghị quyết.docx");
        assertThat(AttachmentText.safeName("..\u0000evil\r\n\".pdf")).isEqualTo("evil.pdf");
        assertThat(AttachmentText.safeName("a".repeat(300) + ".pdf")).hasSize(AttachmentText.MAX_NAME).endsWith(".pdf");
    }

    /** A DOCX whose document part inflates from under 2 MB to 200 MB of zeros. */
    static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            byte[] docx = docx("Tiêu đề");
            try (java.util.zip.ZipInputStream real = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
                for (java.util.zip.ZipEntry entry; (entry = real.getNextEntry()) != null; ) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    if (entry.getName().equals("word/document.xml")) {
                        byte[] head = real.readAllBytes();
                        zip.write(head, 0, head.length - "</w:document>".length());
                        byte[] zeros = new byte[1 << 20];
                        for (int i = 0; i < 200; i++) {
                            zip.write(zeros);
                        }
                        zip.write("</w:document>".getBytes(StandardCharsets.UTF_8));
                    } else {
                        real.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void refusesAZipBombDressedAsDocx() throws Exception {
        byte[] bomb = zipBomb();
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        assertThatThrownBy(() -> AttachmentText.extract(AttachmentText.Kind.DOCX, bomb))
                .hasMessage("Tệp DOCX nén bất thường (nghi là bom nén), không nhận.");
    }
}
