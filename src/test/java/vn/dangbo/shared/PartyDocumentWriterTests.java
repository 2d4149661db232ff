package vn.dangbo.shared;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartyDocumentWriterTests {

    static final PartyDocument MINUTES = new PartyDocument("Đảng bộ Sở Khoa học và Công nghệ", "Chi bộ Văn phòng",
            "07-BB/CB", "Hà Tĩnh", LocalDate.of(2026, 2, 5), "Biên bản", "họp chi bộ thường kỳ tháng 02 năm 2026",
            List.of(new PartyDocument.Heading("I. THÀNH PHẦN"),
                    new PartyDocument.Field("Chủ trì", "đồng chí Nguyễn Văn An, Bí thư chi bộ"),
                    new PartyDocument.Paragraph("Chi bộ có 9 đảng viên, có mặt 8 <đồng chí>, vắng 1 có lý do & đủ số lượng."),
                    new PartyDocument.Bullets(List.of("Quán triệt Nghị quyết 04-NQ/TW", "Góp ý đảng viên")),
                    new PartyDocument.Table(List.of("TT", "Họ và tên", "Có mặt"),
                            List.of(List.of("1", "Trần Thị Bình", "Có"), List.of("2", "Lê Văn Cường", "Vắng")))),
            List.of(new PartyDocument.Signature("", "Thư ký", "Lê Văn Cường"),
                    new PartyDocument.Signature("T/M Chi bộ", "Bí thư", "Nguyễn Văn An")),
            List.of("Đảng ủy Sở (để b/c)", "Lưu chi bộ"));

    @Test
    void docxCarriesThePartyHeaderTheNumberAndTheDateLine() throws Exception {
        byte[] docx = PartyDocumentWriter.docx(MINUTES);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("ĐẢNG BỘ SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI BỘ VĂN PHÒNG", "Số 07-BB/CB",
                    "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Tĩnh, ngày 05 tháng 02 năm 2026", "BIÊN BẢN",
                    "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An", "Nơi nhận:", "8 <đồng chí>", "Trần Thị Bình");
            assertThat(document.getTables().getFirst().getRow(0).getCell(1).getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM");
        }
    }

    @Test
    void pdfIsOneA4PageWithVietnameseTextIntact() throws Exception {
        byte[] pdf = PartyDocumentWriter.pdf(MINUTES);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 07-BB/CB", "Hà Tĩnh, ngày 05 tháng 02 năm 2026",
                    "BIÊN BẢN", "8 <đồng chí>", "Lê Văn Cường");
        }
    }

    @Test
    void textPastedInDecomposedFormPrintsAsTheComposedLetters() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Nghị quyết Đại hội Đảng bộ lần thứ IV", java.text.Normalizer.Form.NFD);
        PartyDocument pasted = new PartyDocument("", "Chi bộ A", "", "Hà Nội", LocalDate.of(2025, 11, 28), "Thông báo", "",
                List.of(new PartyDocument.Paragraph(decomposed)), List.of(), List.of());
        try (var document = Loader.loadPDF(PartyDocumentWriter.pdf(pasted))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Nghị quyết Đại hội Đảng bộ lần thứ IV");
        }
    }

    @Test
    void datesFromTheTenthOfMarchOnHaveNoLeadingZero() {
        PartyDocument late = new PartyDocument("", "Chi bộ A", "", "Hà Nội", LocalDate.of(2025, 11, 28), "Nghị quyết", "",
                List.of(), List.of(), List.of());
        assertThat(late.placeAndDate()).isEqualTo("Hà Nội, ngày 28 tháng 11 năm 2025");
        assertThat(late.numberLine()).startsWith("Số ").hasSizeGreaterThan(5);
    }
}
