package vn.dangbo.rating;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangbo.members.Decision;
import vn.dangbo.members.Education;
import vn.dangbo.members.Gender;
import vn.dangbo.members.MemberData;
import vn.dangbo.members.MemberEventKind;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MembershipKind;
import vn.dangbo.members.PoliticalTheory;
import vn.dangbo.members.Standing;
import vn.dangbo.members.TimelineEntry;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.rating.rules.DisciplineForm;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Discipline shows on the member's timeline; expulsion ends membership through the lifecycle. Members of its own. */
@SpringBootTest
@AutoConfigureMockMvc
class DisciplineTimelineIntegrationTests {

    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);
    static final AtomicInteger SERIAL = new AtomicInteger(300);

    @Autowired
    RatingManagement ratings;
    @Autowired
    MemberRegistry registry;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    MockMvc mvc;

    long official(String name) {
        long cell = organization.activeCells().getFirst().id();
        registry.importAll(List.of(data(name, cell, MembershipKind.OFFICIAL)), COMMITTEE);
        return registry.all(new MemberQuery(name, null, null, null, null, null, null, null, false), COMMITTEE).stream()
                .filter(m -> m.fullName().equals(name)).findFirst().orElseThrow().id();
    }

    static MemberData data(String name, long cell, MembershipKind kind) {
        String citizenId = String.format("0792%08d", SERIAL.incrementAndGet());
        boolean isOfficial = kind == MembershipKind.OFFICIAL;
        return new MemberData(name, LocalDate.of(1988, 3, 2), Gender.FEMALE, "Kinh", "Không", "Huế", citizenId, null, null,
                cell, Education.BACHELOR, PoliticalTheory.INTERMEDIATE, "Chuyên viên",
                isOfficial ? LocalDate.of(2015, 3, 1) : LocalDate.of(2026, 2, 1), isOfficial ? LocalDate.of(2016, 3, 1) : null, kind);
    }

    static RatingManagement.DisciplineEntry entry(long member, DisciplineForm form, String reason, String number) {
        return new RatingManagement.DisciplineEntry(member, form, reason, number, LocalDate.of(2026, 4, 2),
                "Đảng ủy Sở Khoa học và Công nghệ", LocalDate.of(2026, 4, 2), LocalDate.of(2027, 4, 2), false);
    }

    @Test
    void aWarningShowsOnTheTimelineWithItsDecisionAndTheMemberStaysOnTheRolls() throws Exception {
        long member = official("Hoàng Thị Cảnh");
        ratings.recordDiscipline(entry(member, DisciplineForm.WARNING, "Vi phạm quy chế làm việc của cơ quan.", "11-QĐ/ĐU"), COMMITTEE);

        List<TimelineEntry> timeline = registry.timeline(member, COMMITTEE);
        assertThat(timeline.getFirst()).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(MemberEventKind.DISCIPLINED);
            assertThat(e.occurredOn()).isEqualTo(LocalDate.of(2026, 4, 2));
            assertThat(e.decisionNumber()).isEqualTo("11-QĐ/ĐU");
            assertThat(e.details()).contains("cảnh cáo", "Vi phạm quy chế làm việc", "02/04/2027");
            assertThat(e.recordedBy()).isEqualTo("bithu.dangbo");
        });
        assertThat(registry.view(member, COMMITTEE).standing()).isEqualTo(Standing.ACTIVE);

        String page = mvc.perform(get("/members/" + member).session(login("bithu.dangbo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kỷ luật", "Vi phạm quy chế làm việc của cơ quan.", "11-QĐ/ĐU");
    }

    @Test
    void expulsionTakesAnOfficialMemberOffTheRollsThroughTheLifecycle() {
        long member = official("Trịnh Văn Khải");
        long before = registry.countsByCell().values().stream().mapToLong(Long::longValue).sum();

        ratings.recordDiscipline(entry(member, DisciplineForm.EXPULSION, "Vi phạm nghiêm trọng Điều lệ Đảng.", "12-QĐ/ĐU"), COMMITTEE);

        assertThat(registry.view(member, COMMITTEE).standing()).isEqualTo(Standing.EXPELLED);
        assertThat(registry.countsByCell().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(before - 1);
        assertThat(registry.timeline(member, COMMITTEE).getFirst()).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(MemberEventKind.EXPELLED);
            assertThat(e.details()).contains("Khai trừ khỏi Đảng", "Vi phạm nghiêm trọng Điều lệ Đảng.");
        });
        assertThat(ratings.disciplineOf(member, COMMITTEE)).singleElement().satisfies(d -> assertThat(d.form()).isEqualTo("EXPULSION"));
        // Off the rolls: no further discipline, and the lifecycle refuses a second expulsion.
        assertThatThrownBy(() -> ratings.recordDiscipline(entry(member, DisciplineForm.REPRIMAND, "Lần nữa", "13-QĐ/ĐU"), COMMITTEE))
                .isInstanceOf(RatingException.class).hasMessageContaining("không còn trong danh sách");
    }

    @Test
    void aProbationaryMemberIsNeitherExpelledNorRemovedFromOfficeAndNothingIsKept() {
        long cell = organization.activeCells().getFirst().id();
        long member = registry.admit(data("Đinh Thị Mơ", cell, MembershipKind.PROBATIONARY),
                new Decision(LocalDate.of(2026, 1, 20), "05-QĐ/ĐU", ""), COMMITTEE);
        for (DisciplineForm form : List.of(DisciplineForm.EXPULSION, DisciplineForm.REMOVAL_FROM_OFFICE)) {
            assertThatThrownBy(() -> ratings.recordDiscipline(entry(member, form, "Vi phạm", "14-QĐ/ĐU"), COMMITTEE))
                    .isInstanceOf(RatingException.class).hasMessageContaining("R32").hasMessageContaining("dự bị");
        }
        assertThat(ratings.disciplineOf(member, COMMITTEE)).isEmpty();
        assertThat(registry.view(member, COMMITTEE).standing()).isEqualTo(Standing.ACTIVE);
        assertThat(registry.timeline(member, COMMITTEE)).extracting(TimelineEntry::kind).doesNotContain(MemberEventKind.DISCIPLINED);
    }

    @Test
    void theRegisterIsTheCommitteesAndHostileInputIsRefusedOrShownAsText() throws Exception {
        long member = official("Lương Thị Hiền");
        MockHttpSession committee = login("bithu.dangbo");
        mvc.perform(post("/discipline").session(committee).with(csrf()).param("memberId", String.valueOf(member))
                        .param("form", "REPRIMAND").param("reason", "<script>alert('x')</script>'; drop table member; --")
                        .param("decisionNumber", "15-QĐ/ĐU").param("decidedOn", "2026-04-02")
                        .param("decidingBody", "Đảng ủy Sở").param("effectiveFrom", "2026-04-02"))
                .andExpect(flash().attribute("flash", "Đã ghi quyết định kỷ luật."));
        String register = mvc.perform(get("/discipline").session(committee)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(register).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
        String detail = mvc.perform(get("/members/" + member).session(committee)).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");

        mvc.perform(post("/discipline").session(committee).with(csrf()).param("memberId", String.valueOf(member))
                        .param("form", "WARNING").param("reason", "Vi phạm").param("decisionNumber", "<b>16</b>")
                        .param("decidedOn", "2026-04-02").param("decidingBody", "Đảng ủy").param("effectiveFrom", "2026-04-02"))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("< > { }")));
        mvc.perform(post("/discipline").session(committee).with(csrf()).param("memberId", String.valueOf(member))
                        .param("form", "WARNING").param("reason", "x".repeat(5000)).param("decisionNumber", "17")
                        .param("decidedOn", "2026-04-02").param("decidingBody", "Đảng ủy").param("effectiveFrom", "2026-04-02"))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("tối đa 1000")));
        mvc.perform(post("/discipline").session(committee).with(csrf()).param("memberId", String.valueOf(member))
                        .param("form", "BANISHMENT").param("reason", "Vi phạm").param("decisionNumber", "18")
                        .param("decidedOn", "2026-04-02").param("decidingBody", "Đảng ủy").param("effectiveFrom", "2026-04-02"))
                .andExpect(status().isBadRequest());
        assertThat(ratings.disciplineOf(member, COMMITTEE)).hasSize(1);

        mvc.perform(get("/discipline").session(login("bithu.chibo1"))).andExpect(status().isForbidden());
        mvc.perform(get("/discipline").session(login("dangvien"))).andExpect(status().isForbidden());
        mvc.perform(post("/discipline").session(committee).param("memberId", String.valueOf(member))
                .param("form", "WARNING").param("reason", "Không có CSRF").param("decisionNumber", "19")
                .param("decidedOn", "2026-04-02").param("decidingBody", "Đảng ủy").param("effectiveFrom", "2026-04-02"))
                .andExpect(status().isForbidden());
        assertThat(ratings.disciplineOf(member, COMMITTEE)).hasSize(1);
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("dangbo-demo"))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
