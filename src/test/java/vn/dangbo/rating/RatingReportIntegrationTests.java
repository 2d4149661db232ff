package vn.dangbo.rating;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.rating.rules.Level;
import vn.dangbo.shared.Viewer;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// The demo organization's published figures: they need it as loaded, not as other test classes
// sharing the cached context left it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@SpringBootTest
@AutoConfigureMockMvc
class RatingReportIntegrationTests {

    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);

    @Autowired
    RatingManagement ratings;
    @Autowired
    MemberRegistry registry;
    @Autowired
    MockMvc mvc;

    @Test
    void demoHasFiveYearsInWhichEveryMemberCompletedTasksAndEightyPercentWereGoodOrBetter() {
        assertThat(ratings.rounds(COMMITTEE)).extracting(RatingManagement.RoundSummary::year)
                .containsExactly(2024, 2023, 2022, 2021, 2020);
        for (int year = 2020; year <= 2024; year++) {
            RatingManagement.ReportRow total = ratings.report(year, COMMITTEE).total();
            assertThat(total.pending()).as("pending in " + year).isZero();
            assertThat(total.notRated()).as("not rated in " + year).isZero();
            assertThat(total.count(Level.NOT_COMPLETED)).as("not completed in " + year).isZero();
            assertThat(total.completedOrBetter()).isEqualTo(total.rated());
            assertThat(total.goodOrBetter() * 100).as("good or better in " + year).isGreaterThanOrEqualTo(80 * total.rated());
            assertThat(ratings.report(year, COMMITTEE).targetMet()).isTrue();
        }
        // The 33rd member was admitted in May 2023.
        assertThat(ratings.report(2022, COMMITTEE).total().rated()).isEqualTo(32);
        assertThat(ratings.report(2024, COMMITTEE).total().rated()).isEqualTo(33);
    }

    @Test
    void reportFiguresEqualTheRegistryAndTheDecisions() {
        RatingManagement.Report report = ratings.report(2024, COMMITTEE);
        Map<Long, Long> onRolls = registry.countsByCell();
        assertThat(report.cells()).hasSize(4);
        for (RatingManagement.ReportRow row : report.cells()) {
            assertThat(row.listed()).as(row.cellName()).isEqualTo(onRolls.get(row.cellId()));
        }
        assertThat(report.total().listed()).isEqualTo(onRolls.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(33);

        List<RatingManagement.RosterEntry> roster = ratings.round(2024, COMMITTEE).rated();
        for (RatingManagement.ReportRow row : report.cells()) {
            Map<Level, Long> decided = roster.stream().filter(e -> e.cellId() == row.cellId())
                    .collect(Collectors.groupingBy(RatingManagement.RosterEntry::decided, Collectors.counting()));
            for (Level level : Level.values()) {
                assertThat(row.count(level)).as(row.cellName() + " " + level).isEqualTo(decided.getOrDefault(level, 0L));
            }
        }
        long sum = report.cells().stream().mapToLong(r -> r.count(Level.GOOD)).sum();
        assertThat(report.total().count(Level.GOOD)).isEqualTo(sum);
        assertThat(report.total().percentOf(report.total().goodOrBetter())).isCloseTo(31 * 100.0 / 33, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void theTermsOneReprimandIsOnRecordAndShownToOtherModules() {
        List<RatingManagement.DisciplineView> term = IntStream.rangeClosed(2020, 2025)
                .mapToObj(ratings::disciplineIn).flatMap(List::stream).toList();
        assertThat(term).hasSize(1);
        RatingManagement.DisciplineView reprimand = term.getFirst();
        assertThat(reprimand.form()).isEqualTo("REPRIMAND");
        assertThat(reprimand.formLabel()).isEqualTo("khiển trách");
        assertThat(ratings.disciplineOf(reprimand.memberId(), COMMITTEE)).containsExactly(reprimand);
        // And on the member's timeline, with its decision.
        assertThat(registry.timeline(reprimand.memberId(), COMMITTEE)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(vn.dangbo.members.MemberEventKind.DISCIPLINED);
            assertThat(e.occurredOn()).isEqualTo(java.time.LocalDate.of(2025, 3, 12));
            assertThat(e.decisionNumber()).isEqualTo("03-QĐ/CB");
            assertThat(e.details()).contains("khiển trách", "Thiếu trách nhiệm");
        });
    }

    @Test
    void workbookHoldsTheSameFiguresAsThePage() throws Exception {
        RatingManagement.Report report = ratings.report(2024, COMMITTEE);
        MvcResult result = mvc.perform(get("/ratings/2024/report.xlsx").session(login("bithu.dangbo")))
                .andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row total = sheet.getRow(report.cells().size() + 1);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Toàn đảng bộ");
            assertThat((long) total.getCell(1).getNumericCellValue()).isEqualTo(33);
            assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(report.total().count(Level.EXCELLENT));
            assertThat((long) total.getCell(4).getNumericCellValue()).isEqualTo(report.total().count(Level.GOOD));
            assertThat(sheet.getRow(report.cells().size() + 3).getCell(0).getStringCellValue()).startsWith("Đạt chỉ tiêu");
        }
    }

    @Test
    void wordReportInThePartyFormatHoldsTheRoundsFigures() throws Exception {
        RatingManagement.Report report = ratings.report(2024, COMMITTEE);
        MvcResult result = mvc.perform(get("/ratings/2024/report.docx").session(login("bithu.dangbo")))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).isEqualTo(vn.dangbo.shared.PartyDocumentWriter.DOCX_TYPE);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO",
                    "kết quả đánh giá, xếp loại chất lượng đảng viên và tổ chức đảng năm 2024",
                    "T/M ĐẢNG ỦY", "BÍ THƯ", "Chỉ tiêu ≥ 80% hoàn thành tốt nhiệm vụ trở lên", "Đạt (đạt 93,9%)");
            XWPFTable table = docx.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Chi bộ"))
                    .findFirst().orElseThrow();
            assertThat(table.getRows()).hasSize(report.cells().size() + 2);
            for (int i = 0; i < report.cells().size(); i++) {
                RatingManagement.ReportRow row = report.cells().get(i);
                XWPFTableRow printed = table.getRow(i + 1);
                assertThat(printed.getCell(0).getText()).isEqualTo(row.cellName());
                assertThat(printed.getCell(1).getText()).isEqualTo(String.valueOf(row.rated()));
                assertThat(printed.getCell(2).getText()).startsWith(row.count(Level.EXCELLENT) + " (");
                assertThat(printed.getCell(3).getText()).startsWith(row.count(Level.GOOD) + " (");
                assertThat(printed.getCell(4).getText()).startsWith(row.count(Level.COMPLETED) + " (");
                assertThat(printed.getCell(5).getText()).isEqualTo("0 (0,0%)");
            }
            XWPFTableRow total = table.getRow(report.cells().size() + 1);
            assertThat(total.getCell(0).getText()).isEqualTo("Toàn đảng bộ");
            assertThat(total.getCell(1).getText()).isEqualTo("33");
            assertThat(total.getCell(2).getText()).isEqualTo(report.total().count(Level.EXCELLENT) + " ("
                    + String.format(java.util.Locale.of("vi"), "%.1f", report.total().percent(Level.EXCELLENT)) + "%)");
            assertThat(total.getCell(6).getText()).isEqualTo("31 (93,9%)");
        }
        // The workbook says the same.
        byte[] xlsx = mvc.perform(get("/ratings/2024/report.xlsx").session(login("bithu.dangbo"))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row totalRow = workbook.getSheetAt(0).getRow(report.cells().size() + 1);
            assertThat((long) totalRow.getCell(2).getNumericCellValue()).isEqualTo(report.total().count(Level.EXCELLENT));
            assertThat((long) totalRow.getCell(4).getNumericCellValue()).isEqualTo(report.total().count(Level.GOOD));
        }
    }

    @Test
    void pdfReportHoldsTheSameFiguresAndIsSignedForTheCommittee() throws Exception {
        RatingManagement.Report report = ratings.report(2024, COMMITTEE);
        MvcResult result = mvc.perform(get("/ratings/2024/report.pdf").session(login("bithu.dangbo")))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "T/M ĐẢNG ỦY", "BÍ THƯ", "Toàn đảng bộ",
                    "Đạt (đạt 93,9%)", "31 (93,9%)");
            for (RatingManagement.ReportRow row : report.cells()) {
                assertThat(text).contains(row.cellName());
            }
            assertThat(text).contains(report.total().count(Level.GOOD) + " ("
                    + String.format(java.util.Locale.of("vi"), "%.1f", report.total().percent(Level.GOOD)) + "%)");
            String signer = ratings.reportSigner(COMMITTEE);
            assertThat(signer).isNotBlank();
            assertThat(text).contains(signer);
        }
    }

    @Test
    void aCellSecretarysDocumentCoversTheirCellAndAMemberGetsNone() throws Exception {
        MvcResult result = mvc.perform(get("/ratings/2024/report.docx").session(login("bithu.chibo1")))
                .andExpect(status().isOk()).andReturn();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains("T/M CHI BỘ", "Chi bộ 1 – Văn phòng Sở").doesNotContain("Toàn đảng bộ");
        }
        mvc.perform(get("/ratings/2024/report.pdf").session(login("dangvien"))).andExpect(status().isForbidden());
        mvc.perform(get("/ratings/1999/report.docx").session(login("bithu.dangbo"))).andExpect(status().isNotFound());
    }

    @Test
    void pagesShowTheRoundsTheRoundAndTheReport() throws Exception {
        MockHttpSession committee = login("bithu.dangbo");
        String rounds = mvc.perform(get("/ratings").session(committee)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rounds).contains("Kiểm điểm, xếp loại năm 2024", "Mở đợt kiểm điểm mới");
        String report = mvc.perform(get("/ratings/2024/report").session(committee)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("Đạt chỉ tiêu", "93,9%");
        String english = mvc.perform(get("/ratings/2024/report").param("lang", "en").session(committee))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Member rating report 2024", "Target met: at least 80% of members good or better");
        mvc.perform(get("/ratings/1999").session(committee)).andExpect(status().isNotFound());
        mvc.perform(get("/ratings/abc").session(committee)).andExpect(status().isBadRequest());
        mvc.perform(get("/ratings/2024/report").session(login("dangvien"))).andExpect(status().isForbidden());
    }

    @Test
    void aCellSecretarysReportCoversTheirCellOnly() {
        RatingManagement.Report all = ratings.report(2024, COMMITTEE);
        RatingManagement.ReportRow first = all.cells().getFirst();
        Viewer secretary = new Viewer("bithu.chibo", Set.of(Viewer.CELL_SECRETARY), first.cellId(), null);

        RatingManagement.Report own = ratings.report(2024, secretary);

        assertThat(own.cells()).singleElement().satisfies(row -> assertThat(row.counts()).isEqualTo(first.counts()));
        assertThat(own.total().rated()).isEqualTo(first.rated());
        assertThat(own.scopeName()).isEqualTo(first.cellName());
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("dangbo-demo"))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
