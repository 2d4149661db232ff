package vn.dangbo.members;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.SpreadsheetException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.dangbo.members.MemberWorkbooks.OFFICE_CELL;
import static vn.dangbo.members.MemberWorkbooks.goodRow;
import static vn.dangbo.members.MemberWorkbooks.with;

class MemberSpreadsheetTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final List<OrganizationUnit> CELLS = List.of(
            new OrganizationUnit(7, OFFICE_CELL, OrganizationKind.CELL, 1L, LocalDate.of(2005, 3, 1), null, null),
            new OrganizationUnit(8, "Chi bộ 3 – Chi cục Tiêu chuẩn Đo lường Chất lượng", OrganizationKind.CELL, 1L, null, null, null));

    @TempDir
    Path dir;

    private final MemberSpreadsheet spreadsheet = new MemberSpreadsheet(MemberSpreadsheet.labels(vietnameseMessages()), CELLS, TODAY);

    @Test
    void readsDatesFromDateCellsAndFromDdMmYyyyText() throws IOException {
        Object[] row = with(with(goodRow("Trần Thị Bình", "036085012345", null), "Ngày vào Đảng (dd/MM/yyyy)", "19/05/2010"),
                "Ngày chính thức (dd/MM/yyyy)", "1/6/2011");

        MemberSpreadsheet.Reading reading = read(List.<Object[]>of(row));

        assertThat(reading.problems().shown()).isEmpty();
        MemberData member = reading.members().getFirst();
        assertThat(member.birthDate()).isEqualTo(LocalDate.of(1985, 3, 5));
        assertThat(member.admittedOn()).isEqualTo(LocalDate.of(2010, 5, 19));
        assertThat(member.officialOn()).isEqualTo(LocalDate.of(2011, 6, 1));
    }

    @Test
    void givesBackTheLeadingZerosExcelDropsFromACitizenIdTypedAsANumber() throws IOException {
        MemberSpreadsheet.Reading reading = read(List.of(
                with(goodRow("Lê Văn Cường", null, null), "Số CCCD", 36085012345L),
                with(goodRow("Phạm Thị Dung", null, null), "Số CCCD", 1085012345L),
                with(goodRow("Hoàng Văn Em", null, null), "Số CCCD", 12345L)));

        assertThat(reading.members()).extracting(MemberData::citizenId).startsWith("036085012345", "001085012345");
        assertThat(reading.problems().shown()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("G");
            assertThat(p.columnTitle()).isEqualTo("Số CCCD");
            assertThat(p.reason()).contains("12 chữ số").contains("Văn bản");
        });
    }

    @Test
    void readsLabelsWhateverTheirCaseAndDiacriticsAndCellNamesWithAPlainHyphen() throws IOException {
        Object[] row = goodRow("Vũ Thị Giang", "036185012345", "20123457");
        row = with(row, "Giới tính (Nam/Nữ)", "nữ");
        row = with(row, "Trình độ chuyên môn", "THẠC SĨ");
        row = with(row, "Lý luận chính trị", "cao cap");
        row = with(row, "Chi bộ", "chi bo 1 - van phong so");
        row = with(row, "Ngày vào Đảng (dd/MM/yyyy)", LocalDate.of(2026, 1, 10));
        row = with(row, "Ngày chính thức (dd/MM/yyyy)", null);
        row = with(row, "Loại đảng viên (Chính thức/Dự bị)", "Dự bị");

        MemberSpreadsheet.Reading reading = read(List.<Object[]>of(row));

        assertThat(reading.problems().shown()).isEmpty();
        MemberData member = reading.members().getFirst();
        assertThat(member.gender()).isEqualTo(Gender.FEMALE);
        assertThat(member.education()).isEqualTo(Education.MASTER);
        assertThat(member.politicalTheory()).isEqualTo(PoliticalTheory.ADVANCED);
        assertThat(member.cellId()).isEqualTo(7L);
        assertThat(member.kind()).isEqualTo(MembershipKind.PROBATIONARY);
    }

    @Test
    void reportsEveryProblemWithTheRowAndColumnExcelShowsAndAReasonInVietnamese() throws IOException {
        MemberSpreadsheet.Reading reading = read(List.of(
                goodRow("Nguyễn Văn Hải", "036085000001", "30000001"),
                with(with(goodRow("Nguyễn Văn Hùng", "036085000002", "30000002"), "Ngày sinh (dd/MM/yyyy)", "31/02/1985"),
                        "Giới tính (Nam/Nữ)", "Khác"),
                with(goodRow("<script>alert(1)</script>", "036085000003", "30000003"), "Chi bộ", "Chi bộ không có"),
                with(goodRow("Đỗ Văn Khoa", "036085000004", "30000004"), "Nghề nghiệp/chức vụ", "'); DROP TABLE member; --<b>")));

        assertThat(reading.problems().shown())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::columnTitle)
                .containsExactly(
                        tuple(3, "B", "Ngày sinh"),
                        tuple(3, "C", "Giới tính"),
                        tuple(4, "A", "Họ và tên"),
                        tuple(4, "J", "Chi bộ"),
                        tuple(5, "M", "Nghề nghiệp/chức vụ"));
        assertThat(reading.problems().shown()).extracting(ImportProblem::reason).satisfiesExactly(
                birth -> assertThat(birth).contains("31/02/1985").contains("dd/MM/yyyy"),
                gender -> assertThat(gender).contains("\"Khác\"").contains("Nam, Nữ"),
                name -> assertThat(name).contains("chỉ có chữ cái"),
                cell -> assertThat(cell).contains("Chi bộ không có"),
                job -> assertThat(job).contains("< > { }"));
        assertThat(reading.problems().rowCount()).isEqualTo(3);
    }

    @Test
    void findsRepeatedNumbersInsideTheFileAndNumbersAlreadyOnRecord() throws IOException {
        Path file = MemberWorkbooks.write(dir, "repeats.xlsx", List.of(
                goodRow("Nguyễn Văn Hải", "036085000001", "30000001"),
                goodRow("Nguyễn Văn Hùng", "036085000001", "30000002"),
                goodRow("Nguyễn Văn Khánh", "036085000003", "30000002"),
                goodRow("Nguyễn Văn Lâm", "036085000004", "30000004")));
        MemberSpreadsheet.Taken onRecord = new MemberSpreadsheet.Taken() {
            @Override
            public List<String> citizenIds(List<String> ids) {
                return ids.stream().filter("036085000004"::equals).toList();
            }

            @Override
            public List<String> cardNumbers(List<String> cards) {
                return cards.stream().filter("30000001"::equals).toList();
            }
        };

        MemberSpreadsheet.Reading reading = spreadsheet.read(file, onRecord, MemberSpreadsheet.Progress.NONE);

        assertThat(reading.problems().shown())
                .extracting(ImportProblem::row, ImportProblem::columnTitle, ImportProblem::reason)
                .containsExactly(
                        tuple(2, "Số thẻ đảng", "Số thẻ đảng 30000001 đã có trong danh sách đảng viên."),
                        tuple(3, "Số CCCD", "Số CCCD 036085000001 trùng với dòng 2 của tệp."),
                        tuple(4, "Số thẻ đảng", "Số thẻ đảng 30000002 trùng với dòng 3 của tệp."),
                        tuple(5, "Số CCCD", "Số CCCD 036085000004 đã có trong danh sách đảng viên."));
    }

    @Test
    void findsTheHeaderBelowATitleAndIgnoresColumnsNotInTheTemplate() throws IOException {
        List<String> header = new java.util.ArrayList<>(MemberWorkbooks.header());
        header.addFirst("STT");
        Object[] row = goodRow("Nguyễn Văn Hải", "036085000001", null);
        Object[] numbered = new Object[row.length + 1];
        numbered[0] = 1;
        System.arraycopy(row, 0, numbered, 1, row.length);
        Path file = MemberWorkbooks.writeRows(dir, "titled.xlsx", List.of(
                new Object[]{"DANH SÁCH ĐẢNG VIÊN"}, new Object[]{}, header.toArray(), numbered));

        MemberSpreadsheet.Reading reading = spreadsheet.read(file, MemberSpreadsheet.Taken.NONE, MemberSpreadsheet.Progress.NONE);

        assertThat(reading.problems().shown()).isEmpty();
        assertThat(reading.rowNumbers()).containsExactly(4);
        assertThat(reading.ignoredColumns()).containsExactly("A \"STT\"");
    }

    @Test
    void refusesAFileWithoutHeaderWithoutRowsOrWithoutARequiredColumn() throws IOException {
        Path noHeader = MemberWorkbooks.writeRows(dir, "no-header.xlsx", List.<Object[]>of(goodRow("Nguyễn Văn Hải", "036085000001", null)));
        Path noRows = MemberWorkbooks.write(dir, "no-rows.xlsx", List.of());
        List<String> withoutCitizenId = MemberWorkbooks.header().stream().filter(t -> !t.equals("Số CCCD")).toList();
        Path noColumn = MemberWorkbooks.writeRows(dir, "no-column.xlsx", List.<Object[]>of(withoutCitizenId.toArray()));

        assertThat(fileProblem(noHeader)).contains("dòng tiêu đề");
        assertThat(fileProblem(noRows)).contains("chưa có dòng dữ liệu");
        assertThat(fileProblem(noColumn)).contains("thiếu cột \"Số CCCD\"");
    }

    @Test
    void refusesFilesThatAreNoWorkbookWithAVietnameseReason() throws IOException {
        Path text = Files.writeString(dir.resolve("danh-sach.xlsx"), "Họ và tên;Ngày sinh\nNguyễn Văn A;01/01/1980\n");
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);

        assertThatThrownBy(() -> spreadsheet.read(text, MemberSpreadsheet.Taken.NONE, MemberSpreadsheet.Progress.NONE))
                .isInstanceOf(SpreadsheetException.class).hasMessageContaining("không phải bảng tính Excel");
        assertThatThrownBy(() -> spreadsheet.read(empty, MemberSpreadsheet.Taken.NONE, MemberSpreadsheet.Progress.NONE))
                .isInstanceOf(SpreadsheetException.class).hasMessageContaining("Tệp rỗng");
    }

    @Test
    void templateHasTheColumnsDropDownsOfActiveCellsAndAGuide() throws IOException {
        Path file = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            spreadsheet.writeTemplate(out);
        }

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet members = workbook.getSheetAt(0);
            assertThat(members.getSheetName()).isEqualTo("Đảng viên");
            assertThat(members.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(members.getRow(0).getLastCellNum()).isEqualTo((short) MemberColumn.values().length);
            assertThat(members.getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
                    .containsExactlyInAnyOrder("DS_GENDER", "DS_CELL", "DS_EDUCATION", "DS_POLITICAL_THEORY", "DS_KIND");
            DataValidation cells = members.getDataValidations().stream()
                    .filter(v -> v.getValidationConstraint().getFormula1().equals("DS_CELL")).findFirst().orElseThrow();
            assertThat(cells.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(MemberColumn.CELL.ordinal());
            XSSFSheet lists = workbook.getSheet("Danh mục");
            assertThat(List.of(lists.getRow(1).getCell(1).getStringCellValue(), lists.getRow(2).getCell(1).getStringCellValue()))
                    .containsExactly(OFFICE_CELL, CELLS.get(1).name());
            assertThat(workbook.getSheet("Hướng dẫn")).isNotNull();
        }
        assertThat(fileProblem(file)).contains("chưa có dòng dữ liệu");
    }

    @Test
    void anExportReadsBackAsTheSameMembersWithDateCellsAndTextIds() throws IOException {
        MemberView member = new MemberView(1, "Nguyễn Thị Minh Khai", "Nguyễn", "Thị Minh", "Khai", LocalDate.of(1980, 1, 2),
                Gender.FEMALE, "Tày", "Phật giáo", "=HYPERLINK(\"http://x\")", "001180000123", null, "0912000111",
                LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), MembershipKind.OFFICIAL, Standing.ACTIVE, 7, OFFICE_CELL,
                Education.DOCTORATE, PoliticalTheory.BACHELOR, "@SUM(A1)");
        Path file = dir.resolve("export.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            spreadsheet.writeMembers(List.of(member), out);
        }

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(MemberColumn.BIRTH_DATE.ordinal()))).isTrue();
            assertThat(row.getCell(MemberColumn.CITIZEN_ID.ordinal()).getCellType()).isEqualTo(CellType.STRING);
            var hometown = row.getCell(MemberColumn.HOMETOWN.ordinal());
            assertThat(hometown.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hometown.getCellStyle().getQuotePrefixed()).isTrue();
        }
        MemberSpreadsheet.Reading reading = spreadsheet.read(file, MemberSpreadsheet.Taken.NONE, MemberSpreadsheet.Progress.NONE);
        assertThat(reading.members()).singleElement().isEqualTo(new MemberData("Nguyễn Thị Minh Khai", LocalDate.of(1980, 1, 2),
                Gender.FEMALE, "Tày", "Phật giáo", "=HYPERLINK(\"http://x\")", "001180000123", null, "0912000111", 7L,
                Education.DOCTORATE, PoliticalTheory.BACHELOR, "@SUM(A1)", LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7),
                MembershipKind.OFFICIAL));
    }

    @Test
    void anEmailAddressTravelsInItsOptionalColumnAndABadOneIsNamed() throws IOException {
        MemberView member = new MemberView(1, "Lò Văn Pá", "Lò", "Văn", "Pá", LocalDate.of(1980, 1, 2), Gender.MALE, "Thái", "Không",
                "Lai Châu", "012080000123", null, null, LocalDate.of(2005, 6, 7), LocalDate.of(2006, 6, 7), MembershipKind.OFFICIAL,
                Standing.ACTIVE, 7, OFFICE_CELL, Education.BACHELOR, PoliticalTheory.INTERMEDIATE, "Kỹ sư", "pa.lo@example.vn");
        Path file = dir.resolve("export-email.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            spreadsheet.writeMembers(List.of(member), out);
        }
        MemberSpreadsheet.Reading reading = spreadsheet.read(file, MemberSpreadsheet.Taken.NONE, MemberSpreadsheet.Progress.NONE);
        assertThat(reading.members()).singleElement().extracting(MemberData::email).isEqualTo("pa.lo@example.vn");

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.getSheetAt(0).getRow(1).getCell(MemberColumn.EMAIL.ordinal()).setCellValue("pa.lo@@example");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        var problems = spreadsheet.read(file, MemberSpreadsheet.Taken.NONE, MemberSpreadsheet.Progress.NONE).problems().shown();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.columnTitle()).isEqualTo("E-mail");
            assertThat(p.reason()).contains("Địa chỉ e-mail không hợp lệ");
        });
    }

    private MemberSpreadsheet.Reading read(List<Object[]> rows) throws IOException {
        Path file = MemberWorkbooks.write(dir, "members-" + System.nanoTime() + ".xlsx", rows);
        return spreadsheet.read(file, MemberSpreadsheet.Taken.NONE, MemberSpreadsheet.Progress.NONE);
    }

    private String fileProblem(Path file) {
        return spreadsheet.read(file, MemberSpreadsheet.Taken.NONE, MemberSpreadsheet.Progress.NONE).problems().shown()
                .getFirst().reason();
    }

    static ResourceBundleMessageSource vietnameseMessages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
