package vn.dangbo.members;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangbo.members.MembershipFigures.Share;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.VietnameseDates;
import vn.dangbo.shared.Viewer;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// These tests check the demo organization's published figures: they need it as loaded, not as
// other test classes sharing the cached context left it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@SpringBootTest
@AutoConfigureMockMvc
class MemberStatisticsIntegrationTests {

    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);
    static final String OFFICE = "Chi bộ 1 – Văn phòng Sở";

    @Autowired
    MemberStatistics statistics;
    @Autowired
    MemberRegistry registry;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    @Test
    void demoOrganizationShowsItsPublishedFigures() {
        MembershipFigures figures = statistics.figures(COMMITTEE, null);

        assertThat(figures.scopeName()).isEqualTo("Đảng bộ Sở Khoa học và Công nghệ");
        assertThat(figures.cells()).hasSize(4);
        assertThat(figures.total()).isEqualTo(33);
        assertThat(figures.count(Education.DOCTORATE)).isEqualTo(3);
        assertThat(figures.count(Education.MASTER)).isEqualTo(6);
        assertThat(figures.count(Education.BACHELOR)).isEqualTo(24);
        assertThat(figures.intermediateOrHigherTheory()).isEqualTo(30);
        assertThat(figures.percentOf(figures.intermediateOrHigherTheory())).isCloseTo(90.9, within(0.05));
    }

    @Test
    void figuresAgreeWithTheMemberList() {
        MembershipFigures figures = statistics.figures(COMMITTEE, null);

        assertThat(figures.total()).isEqualTo(listed(MemberQuery.all()));
        for (Share<MembershipFigures.Cell> cell : figures.cells()) {
            assertThat(cell.count()).as(cell.key().name()).isEqualTo(listed(query(cell.key().id(), null, null, null, null, null, null)));
        }
        for (Share<MembershipKind> kind : figures.kinds()) {
            assertThat(kind.count()).as(kind.key().name()).isEqualTo(listed(query(null, kind.key(), null, null, null, null, null)));
        }
        for (Share<Gender> gender : figures.genders()) {
            assertThat(gender.count()).as(gender.key().name()).isEqualTo(listed(query(null, null, gender.key(), null, null, null, null)));
        }
        for (Share<String> ethnicity : figures.ethnicities()) {
            assertThat(ethnicity.count()).as(ethnicity.key()).isEqualTo(listed(query(null, null, null, ethnicity.key(), null, null, null)));
        }
        for (Share<Education> level : figures.education()) {
            assertThat(level.count()).as(level.key().name()).isEqualTo(listed(query(null, null, null, null, level.key(), null, null)));
        }
        for (Share<PoliticalTheory> level : figures.politicalTheory()) {
            assertThat(level.count()).as(level.key().name()).isEqualTo(listed(query(null, null, null, null, null, level.key(), null)));
        }
        for (Share<AgeBand> band : figures.ageBands()) {
            assertThat(band.count()).as(band.key().name()).isEqualTo(listed(query(null, null, null, null, null, null, band.key())));
        }

        List<List<? extends Share<?>>> breakdowns = List.of(figures.cells(), figures.kinds(), figures.standings(), figures.genders(),
                figures.ethnicities(), figures.ageBands(), figures.education(), figures.politicalTheory());
        for (List<? extends Share<?>> breakdown : breakdowns) {
            assertThat(breakdown.stream().mapToLong(Share::count).sum()).isEqualTo(figures.total());
            assertThat(breakdown.stream().mapToDouble(Share::percent).sum()).isCloseTo(100.0, within(0.001));
        }
        assertThat(figures.ageBands()).extracting(Share::key).containsExactly(AgeBand.values());
        assertThat(figures.education()).extracting(Share::key).containsExactly(Education.values());
        assertThat(figures.politicalTheory()).extracting(Share::key).containsExactly(PoliticalTheory.values());
        assertThat(figures.ethnicities()).extracting(Share::count).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void admittedMemberIsCountedInTheirCellAsProbationaryAndLeavesWhenRemoved() {
        long office = cell(OFFICE).id();
        MembershipFigures before = statistics.figures(COMMITTEE, null);
        LocalDate today = LocalDate.now(clock);

        long id = registry.admit(new MemberData("Hà Thị Mai", today.minusYears(25), Gender.FEMALE, "Mường", "Không", "Hòa Bình",
                "017196123456", null, null, office, Education.MASTER, PoliticalTheory.ELEMENTARY, "Chuyên viên",
                today.minusDays(3), null, null), new Decision(today.minusDays(3), "301-QĐ/ĐU", ""), COMMITTEE);
        MembershipFigures after = statistics.figures(COMMITTEE, null);

        assertThat(after.total()).isEqualTo(before.total() + 1);
        assertThat(countOf(after.cells(), office) - countOf(before.cells(), office)).isEqualTo(1);
        assertThat(after.count(MembershipKind.PROBATIONARY)).isEqualTo(before.count(MembershipKind.PROBATIONARY) + 1);
        assertThat(after.count(MembershipKind.OFFICIAL)).isEqualTo(before.count(MembershipKind.OFFICIAL));
        assertThat(after.count(Education.MASTER)).isEqualTo(before.count(Education.MASTER) + 1);
        assertThat(after.intermediateOrHigherTheory()).isEqualTo(before.intermediateOrHigherTheory());
        assertThat(after.ethnicities()).contains(new Share<>("Mường", 1, 100.0 / after.total()));
        assertThat(after.ageBands().getFirst().count()).isEqualTo(before.ageBands().getFirst().count() + 1);

        registry.removeFromRolls(id, new Decision(today, "302-QĐ/ĐU", ""), COMMITTEE);

        assertThat(statistics.figures(COMMITTEE, null)).isEqualTo(before);
    }

    @Test
    void cellSecretarySeesOnlyTheirOwnCell() {
        OrganizationUnit office = cell(OFFICE);
        OrganizationUnit other = organization.activeCells().stream().filter(c -> c.id() != office.id()).findFirst().orElseThrow();
        Viewer secretary = new Viewer("bithu.chibo1", Set.of(Viewer.CELL_SECRETARY), office.id(), null);

        for (Long asked : new Long[]{null, other.id()}) {
            MembershipFigures figures = statistics.figures(secretary, asked);
            assertThat(figures.cellId()).isEqualTo(office.id());
            assertThat(figures.scopeName()).isEqualTo(OFFICE);
            assertThat(figures.cells()).extracting(s -> s.key().id()).containsExactly(office.id());
            assertThat(figures.total()).isEqualTo(listed(query(office.id(), null, null, null, null, null, null))).isPositive();
            assertThat(figures.education().stream().mapToLong(Share::count).sum()).isEqualTo(figures.total());
        }
    }

    @Test
    void committeeMayNarrowTheFiguresToOneCell() {
        OrganizationUnit office = cell(OFFICE);

        MembershipFigures figures = statistics.figures(COMMITTEE, office.id());

        assertThat(figures.scopeName()).isEqualTo(OFFICE);
        assertThat(figures.total()).isEqualTo(countOf(statistics.figures(COMMITTEE, null).cells(), office.id()));
    }

    @Test
    void memberAndUnknownCellAreRefused() throws Exception {
        MockHttpSession member = login("dangvien");
        mvc.perform(get("/statistics").session(member)).andExpect(status().isForbidden());
        mvc.perform(get("/statistics.xlsx").session(member)).andExpect(status().isForbidden());

        MockHttpSession committee = login("bithu.dangbo");
        mvc.perform(get("/statistics").session(committee)).andExpect(status().isOk());
        mvc.perform(get("/statistics").param("cellId", "999999").session(committee)).andExpect(status().isNotFound());
    }

    @Test
    void cellSecretaryAskingForAnotherCellGetsTheirOwn() throws Exception {
        OrganizationUnit office = cell(OFFICE);
        OrganizationUnit other = organization.activeCells().stream().filter(c -> c.id() != office.id()).findFirst().orElseThrow();

        MvcResult result = mvc.perform(get("/statistics").param("cellId", String.valueOf(other.id())).session(login("bithu.chibo1")))
                .andExpect(status().isOk()).andReturn();

        String html = result.getResponse().getContentAsString();
        assertThat(html).contains(OFFICE).doesNotContain(other.name());
    }

    @Test
    void workbookHoldsTheSameFigures() throws Exception {
        LocalDate today = LocalDate.now(clock);
        MembershipFigures figures = statistics.figures(COMMITTEE, null);

        MvcResult result = mvc.perform(get("/statistics.xlsx").session(login("bithu.dangbo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"thong-ke-dang-vien-" + today + ".xlsx\""))
                .andReturn();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .contains("Đảng bộ Sở Khoa học và Công nghệ").contains(VietnameseDates.date(today));
            Map<String, Double> counts = firstCounts(sheet);
            assertThat(counts).containsEntry("Chi bộ trực thuộc", 4.0)
                    .containsEntry("Tổng số đảng viên", (double) figures.total())
                    .containsEntry("Tiến sĩ", 3.0).containsEntry("Thạc sĩ", 6.0).containsEntry("Đại học", 24.0)
                    .containsEntry("Lý luận chính trị trung cấp trở lên", 30.0)
                    .containsEntry(OFFICE, (double) countOf(figures.cells(), cell(OFFICE).id()));
            long totals = 0;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "Tổng số".equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(figures.total());
                    totals++;
                }
            }
            assertThat(totals).as("one total per breakdown").isEqualTo(8);
        }
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("dangbo-demo"))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private long listed(MemberQuery query) {
        return registry.search(query, COMMITTEE, 0, 1).getTotalElements();
    }

    private static MemberQuery query(@Nullable Long cellId, @Nullable MembershipKind kind, @Nullable Gender gender,
                                     @Nullable String ethnicity, @Nullable Education education,
                                     @Nullable PoliticalTheory theory, @Nullable AgeBand band) {
        return new MemberQuery(null, cellId, kind, gender, ethnicity, education, theory, band, false);
    }

    private OrganizationUnit cell(String name) {
        return organization.activeCells().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static long countOf(List<Share<MembershipFigures.Cell>> cells, long id) {
        return cells.stream().filter(s -> s.key().id() == id).mapToLong(Share::count).sum();
    }

    /** Each label in the first column with the count beside it, the first time it appears. */
    private static Map<String, Double> firstCounts(Sheet sheet) {
        Map<String, Double> counts = new LinkedHashMap<>();
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
                counts.putIfAbsent(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
            }
        }
        return counts;
    }
}
