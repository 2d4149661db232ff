package vn.dangbo.rating.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.dangbo.rating.RatingManagement;
import vn.dangbo.rating.rules.Level;
import vn.dangbo.rating.rules.Rule;
import vn.dangbo.shared.PartyDocumentWriter;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of a province: a thousand cells in the table, and lists of names too long to print,
 * which the document counts and the workbook names in full.
 */
class ReportDocumentTests {

    static final ResourceBundleMessageSource MESSAGES = messages();
    static final LocalDate REVIEWED = LocalDate.of(2024, 12, 15);

    @Test
    void aThousandCellsArePrintedEachWithItsFiguresAndTheTotalIsTheirSum() throws Exception {
        RatingManagement.Report report = report(1000);
        String[] text = new String[1];
        XWPFTable table = docx(report, details(0, 0, 0), text).getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals("Chi bộ")).findFirst().orElseThrow();

        assertThat(table.getRows()).hasSize(1002);
        for (int i = 0; i < 1000; i++) {
            XWPFTableRow printed = table.getRows().get(i + 1);
            RatingManagement.ReportRow row = report.cells().get(i);
            assertThat(printed.getCell(0).getText()).isEqualTo(row.cellName());
            assertThat(printed.getCell(1).getText()).isEqualTo(String.valueOf(row.rated()));
            assertThat(printed.getCell(3).getText()).startsWith(row.count(Level.GOOD) + " (");
        }
        XWPFTableRow total = table.getRows().get(1001);
        assertThat(total.getCell(0).getText()).isEqualTo("Toàn đảng bộ");
        assertThat(total.getCell(1).getText()).isEqualTo(String.valueOf(report.cells().stream().mapToLong(RatingManagement.ReportRow::rated).sum()));
        assertThat(total.getCell(3).getText()).startsWith(report.cells().stream().mapToLong(r -> r.count(Level.GOOD)).sum() + " (");
    }

    @Test
    void shortListsOfNamesArePrintedInFull() throws Exception {
        String[] text = new String[1];
        docx(report(4), details(3, 2, 4), text);

        assertThat(text[0]).contains("Đảng viên không đánh giá, xếp loại và lý do:", "Đảng viên Mới 0 (Chi bộ 0)",
                "Đảng viên Mới 2 (Chi bộ 2)", "Trong năm 2024 có 2 đảng viên bị kỷ luật:", "Người Kỷ Luật 1: khiển trách",
                "Chi bộ 3: Hoàn thành tốt nhiệm vụ (80)").doesNotContain("trang tính");
    }

    @Test
    void longListsAreCountedInTheDocumentAndNamedInFullInTheWorkbook() throws Exception {
        RatingManagement.ReportDetails details = details(ReportDocument.NAMED_LIST_LIMIT + 5, ReportDocument.NAMED_LIST_LIMIT + 1, 1000);
        String[] text = new String[1];
        XWPFDocument docx = docx(report(1000), details, text);

        int notRated = ReportDocument.NAMED_LIST_LIMIT + 5;
        assertThat(text[0]).contains("Có " + notRated + " đảng viên không đánh giá, xếp loại, theo lý do:",
                        "Trong năm 2024 có " + (ReportDocument.NAMED_LIST_LIMIT + 1) + " đảng viên bị kỷ luật:",
                        "trang tính “Không xếp loại”", "trang tính “Kỷ luật”", "trang tính “Xếp loại chi bộ”")
                .doesNotContain("Đảng viên Mới 0", "Người Kỷ Luật 0", "Chi bộ 3: Hoàn thành");
        XWPFTable reasons = table(docx, "Lý do không xếp loại");
        assertThat(rows(reasons)).containsExactly(
                List.of("Mới kết nạp, chưa đủ thời gian để xếp loại", String.valueOf(notRated - 5)),
                List.of("Được miễn công tác và sinh hoạt đảng", "5"),
                List.of("Cộng", String.valueOf(notRated)));
        assertThat(rows(table(docx, "Hình thức kỷ luật"))).containsExactly(
                List.of("khiển trách", String.valueOf(ReportDocument.NAMED_LIST_LIMIT + 1)),
                List.of("Cộng", String.valueOf(ReportDocument.NAMED_LIST_LIMIT + 1)));
        assertThat(rows(table(docx, "Mức xếp loại")).getFirst()).containsExactly("Hoàn thành xuất sắc nhiệm vụ", "0", "0,0%");

        byte[] xlsx = ReportWorkbook.write(report(1000), details, MESSAGES, ReportDocument.VI);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet names = workbook.getSheet("Không xếp loại");
            assertThat(names.getLastRowNum()).isEqualTo(notRated);
            for (int i = 0; i < notRated; i++) {
                RatingManagement.NotRatedMember member = details.notRated().get(i);
                assertThat(names.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(member.memberName());
                assertThat(names.getRow(i + 1).getCell(2).getStringCellValue()).isEqualTo(member.reason());
            }
            assertThat(workbook.getSheet("Kỷ luật").getLastRowNum()).isEqualTo(ReportDocument.NAMED_LIST_LIMIT + 1);
            assertThat(workbook.getSheet("Xếp loại chi bộ").getLastRowNum()).isEqualTo(1000);
            assertThat(workbook.getSheet("Xếp loại chi bộ").getRow(1000).getCell(0).getStringCellValue()).isEqualTo("Chi bộ 999");
        }
    }

    @Test
    void thePdfOfAProvincePrintsEveryCellAndCountsTheLongLists() throws Exception {
        RatingManagement.Report report = report(1000);
        byte[] pdf = PartyDocumentWriter.pdf(ReportDocument.build(report, details(ReportDocument.NAMED_LIST_LIMIT + 5, 2, 1000), true,
                "Nguyễn Văn Bí Thư", new ReportDocument.Letterhead("Đảng bộ Khối các cơ quan tỉnh", "Đảng bộ Sở", "Lai Châu"),
                REVIEWED, MESSAGES));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Toàn đảng bộ", "Nguyễn Văn Bí Thư",
                    "Có " + (ReportDocument.NAMED_LIST_LIMIT + 5) + " đảng viên không đánh giá, xếp loại, theo lý do:",
                    "Mới kết nạp, chưa đủ thời gian để xếp loại", "Người Kỷ Luật 1: khiển trách");
            // A wrapped cell name comes out of the PDF in pieces, so the rows are counted by their name's start.
            assertThat(text.split("Chi bộ ", -1).length - 1).as("rows of cells").isGreaterThanOrEqualTo(1000);
            RatingManagement.ReportRow total = report.total();
            assertThat(text).contains(total.count(Level.GOOD) + " (" + ReportDocument.percent(total.percent(Level.GOOD)) + ")");
            assertThat(text).doesNotContain("Đảng viên Mới 0");
        }
    }

    private static XWPFDocument docx(RatingManagement.Report report, RatingManagement.ReportDetails details, String[] text) throws Exception {
        byte[] bytes = PartyDocumentWriter.docx(ReportDocument.build(report, details, true, "Nguyễn Văn Bí Thư",
                new ReportDocument.Letterhead("Đảng bộ Khối các cơ quan tỉnh", "Đảng bộ Sở", "Lai Châu"), REVIEWED, MESSAGES));
        XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            text[0] = extractor.getText();
        }
        return docx;
    }

    private static XWPFTable table(XWPFDocument docx, String firstHeader) {
        return docx.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader)).findFirst().orElseThrow();
    }

    private static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream().skip(1).map(r -> r.getTableCells().stream().map(c -> c.getText()).toList()).toList();
    }

    /** Cells with a spread of levels, so every row differs. */
    private static RatingManagement.Report report(int cells) {
        List<RatingManagement.ReportRow> rows = new ArrayList<>();
        Map<Level, Long> sum = new EnumMap<>(Level.class);
        long notRated = 0;
        for (int i = 0; i < cells; i++) {
            Map<Level, Long> counts = new EnumMap<>(Level.class);
            counts.put(Level.EXCELLENT, (long) (i % 3));
            counts.put(Level.GOOD, 60L + i % 17);
            counts.put(Level.COMPLETED, 20L + i % 5);
            counts.put(Level.NOT_COMPLETED, (long) (i % 2));
            counts.forEach((level, n) -> sum.merge(level, n, Long::sum));
            rows.add(new RatingManagement.ReportRow((long) i + 1, "Chi bộ " + i, counts, i % 4, 0));
            notRated += i % 4;
        }
        return new RatingManagement.Report(2024, REVIEWED, "Quy định 366-QĐ/TW", "Đảng bộ Sở", rows,
                new RatingManagement.ReportRow(null, "Đảng bộ Sở", sum, notRated, 0), 80);
    }

    /** Not rated: the last five exempt, the others new members; discipline: all reprimands. */
    private static RatingManagement.ReportDetails details(int notRated, int disciplined, int cellsRated) {
        List<RatingManagement.NotRatedMember> members = IntStream.range(0, notRated).mapToObj(i -> i >= notRated - 5 && notRated > 5
                ? new RatingManagement.NotRatedMember(i, "Đảng viên Miễn " + i, "Chi bộ " + i, Rule.EXEMPT,
                "Được miễn công tác và sinh hoạt đảng: không kiểm điểm, không xếp loại")
                : new RatingManagement.NotRatedMember(i, "Đảng viên Mới " + i, "Chi bộ " + i, Rule.NEW_MEMBER,
                "Kết nạp ngày 01/10/2024, chưa đủ 6 tháng đến ngày kiểm điểm 15/12/2024")).toList();
        List<RatingManagement.DisciplineView> discipline = IntStream.range(0, disciplined).mapToObj(i ->
                new RatingManagement.DisciplineView(i, 1000 + i, "Người Kỷ Luật " + i, "REPRIMAND", "khiển trách", "Chậm báo cáo",
                        i + "-QĐ/CB", LocalDate.of(2024, 3, 1), "Chi bộ " + i, LocalDate.of(2024, 3, 1), null, false,
                        "bithu.dangbo", Instant.parse("2024-03-01T08:00:00Z"))).toList();
        List<RatingManagement.CellRatingView> cells = IntStream.range(0, cellsRated).mapToObj(i ->
                new RatingManagement.CellRatingView(i + 1, "Chi bộ " + i, 80, 10, 3, 0, 0, Level.GOOD, null, "bithu.dangbo",
                        Instant.parse("2024-12-20T08:00:00Z"))).toList();
        return new RatingManagement.ReportDetails(members, discipline, cells);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
