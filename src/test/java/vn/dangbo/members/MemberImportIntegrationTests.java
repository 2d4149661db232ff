package vn.dangbo.members;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangbo.shared.Viewer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangbo.members.MemberWorkbooks.goodRow;
import static vn.dangbo.members.MemberWorkbooks.with;

/** Import and export through HTTP, against the demo organization (33 members in 4 cells). */
@SpringBootTest
@AutoConfigureMockMvc
class MemberImportIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MemberRegistry registry;
    @Autowired
    MemberImport imports;

    @TempDir
    Path dir;

    @Test
    void templateDownloadsAsAWorkbookWithTheColumnTitlesAndTheActiveCells() throws Exception {
        MvcResult result = mvc.perform(get("/members/import/template.xlsx").with(user(committee())))
                .andExpect(status().isOk()).andReturn();

        assertThat(result.getResponse().getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(result.getResponse().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"mau-nhap-dang-vien.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Row header = workbook.getSheet("Đảng viên").getRow(0);
            List<String> titles = new ArrayList<>();
            header.forEach(cell -> titles.add(cell.getStringCellValue()));
            assertThat(titles).startsWith("Họ và tên", "Ngày sinh (dd/MM/yyyy)", "Giới tính (Nam/Nữ)").contains("Số CCCD", "Chi bộ");
            Sheet lists = workbook.getSheet("Danh mục");
            List<String> cells = new ArrayList<>();
            for (int r = 1; lists.getRow(r) != null && lists.getRow(r).getCell(1) != null; r++) {
                cells.add(lists.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(cells).hasSize(4).contains(MemberWorkbooks.OFFICE_CELL);
        }
    }

    @Test
    void oneBadRowSavesNothingAndTheReportNamesRowColumnAndReason() throws Exception {
        int before = memberCount();
        Path file = MemberWorkbooks.write(dir, "members.xlsx", List.of(
                goodRow("Nguyễn Văn Hải", "036085100001", "40000001"),
                with(goodRow("Nguyễn Văn Hùng", "036085100002", "40000002"), "Ngày sinh (dd/MM/yyyy)", "31/02/1985"),
                with(goodRow("<img src=x onerror=alert(1)>", "036085100003", "40000003"), "Nghề nghiệp/chức vụ", "<script>x</script>")));

        String page = upload(file);

        assertThat(page).contains("Chưa lưu dòng nào").contains("Tệp có 3 lỗi ở 2 trong số 3 dòng")
                .contains("B – Ngày sinh").contains("&quot;31/02/1985&quot; không phải ngày dạng dd/MM/yyyy")
                .contains("A – Họ và tên").contains("M – Nghề nghiệp/chức vụ").contains("không được chứa các ký tự &lt; &gt; { }")
                .doesNotContain("<img src=x").doesNotContain("<script>x");
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void aCitizenIdRepeatedInTheFileSavesNothing() throws Exception {
        int before = memberCount();
        Path file = MemberWorkbooks.write(dir, "repeated.xlsx", List.of(
                goodRow("Nguyễn Văn Hải", "036085200001", "40000011"),
                goodRow("Nguyễn Văn Hùng", "036085200001", "40000012")));

        assertThat(upload(file)).contains("Chưa lưu dòng nào").contains("Số CCCD 036085200001 trùng với dòng 2 của tệp.");
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void aCitizenIdOrCardAlreadyOnRecordSavesNothing() throws Exception {
        MemberView existing = registry.all(everyone(), viewer(committee())).getFirst();
        int before = memberCount();
        Path file = MemberWorkbooks.write(dir, "taken.xlsx", List.of(
                goodRow("Nguyễn Văn Hải", "036085300001", "40000021"),
                goodRow("Nguyễn Văn Hùng", existing.citizenId(), "40000022"),
                goodRow("Nguyễn Văn Khang", "036085300003", existing.partyCardNumber())));

        assertThat(upload(file)).contains("Chưa lưu dòng nào")
                .contains("Số CCCD " + existing.citizenId() + " đã có trong danh sách đảng viên.")
                .contains("Số thẻ đảng " + existing.partyCardNumber() + " đã có trong danh sách đảng viên.");
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void aGoodFileSavesEveryRowWhateverTheNameTheBrowserSends() throws Exception {
        int before = memberCount();
        Path file = MemberWorkbooks.write(dir, "good.xlsx", List.of(
                goodRow("Lương Văn Quế", "036085400001", "40000031"),
                with(goodRow("Triệu Thị Rạng", "036185400002", null), "Giới tính (Nam/Nữ)", "Nữ"),
                with(goodRow("Mai Văn Sáng", null, "40000033"), "Số CCCD", 36085400003L)));

        String page = upload(Files.readAllBytes(file), "../../etc/passwd.xlsx");

        assertThat(page).contains("Đã nhập 3 đảng viên.").doesNotContain("passwd");
        assertThat(memberCount()).isEqualTo(before + 3);
        assertThat(registry.all(query("Triệu Thị Rạng"), viewer(committee()))).singleElement()
                .satisfies(m -> {
                    assertThat(m.gender()).isEqualTo(Gender.FEMALE);
                    assertThat(m.cellName()).isEqualTo(MemberWorkbooks.OFFICE_CELL);
                    assertThat(m.officialOn()).isEqualTo(LocalDate.of(2011, 5, 19));
                });
        assertThat(registry.all(query("Mai Văn Sáng"), viewer(committee()))).singleElement()
                .satisfies(m -> assertThat(m.citizenId()).isEqualTo("036085400003"));
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAtOnce() throws Exception {
        int before = memberCount();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        String pngPage = mvc.perform(multipart("/members/import").file(new MockMultipartFile("file", "photo.xlsx", "image/png", png))
                        .with(csrf()).with(user(committee())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String textPage = mvc.perform(multipart("/members/import")
                        .file(new MockMultipartFile("file", "list.xlsx", "text/plain", "Họ và tên\nNguyễn Văn A".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(user(committee())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(pngPage).contains("Tệp không phải bảng tính Excel (.xlsx)");
        assertThat(textPage).contains("Tệp không phải bảng tính Excel (.xlsx)");
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void aTruncatedWorkbookIsRefusedWithAVietnameseReason() throws Exception {
        int before = memberCount();
        byte[] whole = Files.readAllBytes(MemberWorkbooks.write(dir, "whole.xlsx", List.<Object[]>of(goodRow("Nguyễn Văn Hải", "036085500001", null))));

        String page = upload(Arrays.copyOf(whole, whole.length * 2 / 3), "cut.xlsx");

        assertThat(page).contains("Không đọc được tệp; chưa lưu dòng nào").contains("bị hỏng");
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void aZipBombIsRefusedWithoutBeingInflated() throws Exception {
        int before = memberCount();
        byte[] whole = Files.readAllBytes(MemberWorkbooks.write(dir, "seed.xlsx", List.<Object[]>of(goodRow("Nguyễn Văn Hải", "036085600001", null))));

        String page = upload(bomb(whole), "bomb.xlsx");

        assertThat(page).contains("Không đọc được tệp; chưa lưu dòng nào").contains("nén bất thường");
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void onlyTheCommitteeMayImport() throws Exception {
        for (String username : List.of("dangvien", "bithu.chibo1")) {
            UserDetails other = users.loadUserByUsername(username);
            mvc.perform(get("/members/import").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(get("/members/import/template.xlsx").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(multipart("/members/import").file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream", new byte[]{1}))
                    .with(csrf()).with(user(other))).andExpect(status().isForbidden());
        }
    }

    @Test
    void exportHoldsExactlyTheFilteredListInVietnameseOrder() throws Exception {
        MemberQuery women = new MemberQuery(null, null, null, Gender.FEMALE, null, null, null, null, false);
        List<MemberView> expected = registry.all(women, viewer(committee()));

        MvcResult result = mvc.perform(get("/members/export.xlsx").param("gender", "FEMALE").with(user(committee())))
                .andExpect(status().isOk()).andReturn();

        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .matches("attachment; filename=\"danh-sach-dang-vien-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).isEqualTo("Nữ");
            }
            assertThat(expected).isNotEmpty().hasSizeLessThan(memberCount());
            assertThat(names).containsExactlyElementsOf(expected.stream().map(MemberView::fullName).toList());
            Cell birth = sheet.getRow(1).getCell(1);
            assertThat(birth.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected.getFirst().birthDate());
            assertThat(birth.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        }
    }

    @Test
    void exportWritesFormulaLikeTextAsTextAndIsRefusedToPlainMembers() throws Exception {
        MemberData sly = new MemberData("-Lò Văn Pá", LocalDate.of(1980, 1, 1), Gender.MALE, "Thái", "Không", "+84 Lai Châu",
                "036080700001", null, null, registry.all(everyone(), viewer(committee())).getFirst().cellId(), Education.BACHELOR,
                PoliticalTheory.ELEMENTARY, "=HYPERLINK(\"http://example.com\",\"Bấm\")", LocalDate.of(2005, 1, 1),
                LocalDate.of(2006, 1, 1), MembershipKind.OFFICIAL);
        registry.importAll(List.of(sly), viewer(committee()));

        MvcResult result = mvc.perform(get("/members/export.xlsx").param("q", "036080700001").with(user(committee())))
                .andExpect(status().isOk()).andReturn();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            for (int column : new int[]{0, 5, 12}) {
                Cell cell = row.getCell(column);
                assertThat(cell.getCellType()).as("column %d", column).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as("column %d", column).isTrue();
            }
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("-Lò Văn Pá");
            assertThat(row.getCell(12).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.com\",\"Bấm\")");
        }
        mvc.perform(get("/members/export.xlsx").with(user(users.loadUserByUsername("dangvien")))).andExpect(status().isForbidden());
        mvc.perform(get("/members/export.xlsx").param("gender", "X").with(user(committee()))).andExpect(status().isBadRequest());
    }

    // ---- helpers

    private String upload(Path file) throws Exception {
        return upload(Files.readAllBytes(file), file.getFileName().toString());
    }

    /** Uploads, waits for the job to end and returns the page that reports it. */
    private String upload(byte[] content, String fileName) throws Exception {
        MvcResult posted = mvc.perform(multipart("/members/import")
                        .file(new MockMultipartFile("file", fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content))
                        .with(csrf()).with(user(committee())))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/members/import/");
        String id = location.substring("/members/import/".length());
        assertThat(imports.awaitFinish(id, viewer(committee()), Duration.ofSeconds(60))).hasValueSatisfying(s -> assertThat(s.finished()).isTrue());
        return mvc.perform(get(location).with(user(committee()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The workbook with its sheet padded by 40 MB of spaces, which deflate to almost nothing. */
    private static byte[] bomb(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(data);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private int memberCount() {
        return registry.all(everyone(), viewer(committee())).size();
    }

    private static MemberQuery everyone() {
        return new MemberQuery(null, null, null, null, null, null, null, null, true);
    }

    private static MemberQuery query(String q) {
        return new MemberQuery(q, null, null, null, null, null, null, null, true);
    }

    private UserDetails committee() {
        return users.loadUserByUsername("bithu.dangbo");
    }

    private static Viewer viewer(UserDetails user) {
        return ((Viewer.Source) user).viewer();
    }
}
