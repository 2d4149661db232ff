package vn.dangbo.rating;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangbo.members.Education;
import vn.dangbo.members.Gender;
import vn.dangbo.members.MemberAdmitted;
import vn.dangbo.members.MemberEventKind;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.members.MembershipKind;
import vn.dangbo.members.PoliticalTheory;
import vn.dangbo.members.Standing;
import vn.dangbo.members.TimelineEntry;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.rating.rules.AdmissionRules;
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

/** The pipeline with the demo organization: who may do which step, the rules' refusals, admission through the registry. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PartyDevelopmentIntegrationTests {

    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);
    static final AtomicInteger SERIAL = new AtomicInteger(100);
    static final String OFFICE = "Chi bộ 1 – Văn phòng Sở";

    @Autowired
    PartyDevelopment development;
    @Autowired
    MemberRegistry registry;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    long office;
    long other;
    Viewer secretary;
    List<MemberView> officeOfficials;
    LocalDate today;

    @BeforeEach
    void demoOrganization() {
        today = registry.today();
        office = organization.activeCells().stream().filter(c -> c.name().equals(OFFICE)).findFirst().orElseThrow().id();
        other = organization.activeCells().stream().filter(c -> c.name().startsWith("Chi bộ 2 – ")).findFirst().orElseThrow().id();
        secretary = new Viewer("bithu.chibo1", Set.of(Viewer.CELL_SECRETARY), office, null);
        officeOfficials = registry.all(new MemberQuery(null, office, MembershipKind.OFFICIAL, null, null, null, null, null, false), COMMITTEE)
                .stream().filter(m -> m.standing() == Standing.ACTIVE && m.officialOn() != null && m.admittedOn().getYear() < 2020).toList();
    }

    long propose(String name, LocalDate birth, Viewer by) {
        return development.propose(new PartyDevelopment.ProspectEntry(name, birth, Gender.FEMALE, "Chuyên viên", office,
                today.minusMonths(3)), by);
    }

    /** Proposed, trained and introduced by the office cell's secretary: ready for the vote. */
    long readyForVote(String name) {
        long id = propose(name, LocalDate.of(1998, 4, 9), secretary);
        development.recordCourse(id, "77-GCN/TTCT", today.minusMonths(2), secretary);
        development.addIntroducer(id, officeOfficials.get(0).id(), LocalDate.of(2020, 1, 6), false, secretary);
        development.addIntroducer(id, officeOfficials.get(1).id(), LocalDate.of(2021, 3, 1), false, secretary);
        return id;
    }

    static PartyDevelopment.AdmissionEntry admission(LocalDate ceremony) {
        return new PartyDevelopment.AdmissionEntry(String.format("0793%08d", SERIAL.incrementAndGet()), "Kinh", "Không", "Lai Châu",
                Education.BACHELOR, PoliticalTheory.ELEMENTARY, ceremony);
    }

    PartyDevelopment.ProspectView view(long id) {
        return development.pipeline(COMMITTEE).prospects().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    @Test
    void theDemoAdmittedTwoInTwentyTwentyThreeAgainstATargetOfOne() {
        PartyDevelopment.TargetView year2023 = development.targets().stream().filter(t -> t.year() == 2023).findFirst().orElseThrow();
        assertThat(year2023.target()).isEqualTo(1);
        assertThat(year2023.admitted()).isEqualTo(2);
        assertThat(year2023.percent()).isEqualTo(200);

        PartyDevelopment.ProspectView son = development.pipeline(COMMITTEE).prospects().stream()
                .filter(p -> p.fullName().equals("Vàng Văn Sơn")).findFirst().orElseThrow();
        assertThat(son.introducers()).hasSize(2);
        assertThat(son.votes()).extracting(PartyDevelopment.VoteView::purpose).containsExactly("ADMISSION", "RECOGNITION");
        assertThat(son.officialOn()).isEqualTo(LocalDate.of(2024, 10, 13));
        MemberView member = registry.view(son.memberId(), COMMITTEE);
        assertThat(member.kind()).isEqualTo(MembershipKind.OFFICIAL);
        assertThat(member.officialOn()).isEqualTo(LocalDate.of(2024, 10, 13));
        assertThat(member.standing()).isEqualTo(Standing.TRANSFERRED_OUT);
        assertThat(registry.timeline(son.memberId(), COMMITTEE)).extracting(TimelineEntry::kind)
                .contains(MemberEventKind.ADMITTED, MemberEventKind.RECOGNIZED, MemberEventKind.TRANSFERRED_OUT);
        // The published 33 members stand.
        assertThat(registry.all(MemberQuery.all(), COMMITTEE).stream().filter(m -> m.admittedOn().getYear() == 2023)
                .map(MemberView::fullName)).contains("Lò Thị Duyên").doesNotContain("Vàng Văn Sơn");
    }

    @Test
    void fromProposalToAdmissionTheCellDoesItsStepsAndOnlyTheCommitteeDecidesAndAdmits() {
        long id = readyForVote("Mùa Thị Pàng");
        assertThat(development.recordAdmissionVote(id, today.minusDays(20), 8, 11, secretary)).isTrue();

        assertThatThrownBy(() -> development.decide(id, "70-QĐ/ĐU", today.minusDays(10), secretary))
                .isInstanceOf(RatingException.class).hasMessageContaining("Chỉ đảng ủy");
        development.decide(id, "70-QĐ/ĐU", today.minusDays(10), COMMITTEE);
        assertThatThrownBy(() -> development.admit(id, admission(today), secretary))
                .isInstanceOf(RatingException.class).hasMessageContaining("Chỉ đảng ủy");
        assertThat(view(id).deadlines()).extracting(AdmissionRules.Deadline::kind).containsExactly(AdmissionRules.DeadlineKind.CEREMONY);

        long member = development.admit(id, admission(today), COMMITTEE);

        MemberView admitted = registry.view(member, COMMITTEE);
        assertThat(admitted.fullName()).isEqualTo("Mùa Thị Pàng");
        assertThat(admitted.kind()).isEqualTo(MembershipKind.PROBATIONARY);
        assertThat(admitted.cellId()).isEqualTo(office);
        assertThat(admitted.admittedOn()).isEqualTo(today);
        assertThat(events.stream(MemberAdmitted.class)).anySatisfy(e -> assertThat(e.memberId()).isEqualTo(member));
        assertThat(registry.timeline(member, COMMITTEE)).extracting(TimelineEntry::kind).containsExactly(MemberEventKind.ADMITTED);
        PartyDevelopment.ProspectView after = view(id);
        assertThat(after.stage()).isEqualTo("PROBATIONARY");
        assertThat(after.probationEnds()).isEqualTo(today.plusMonths(12));
        assertThat(after.deadlines()).extracting(AdmissionRules.Deadline::kind)
                .containsExactly(AdmissionRules.DeadlineKind.PROBATION_END, AdmissionRules.DeadlineKind.RECOGNITION_VOTE);

        // Recognition waits for the end of probation (R31); the registry's lifecycle guards it too.
        assertThatThrownBy(() -> development.recognize(id, today, 9, 11, "71-QĐ/ĐU", today, COMMITTEE))
                .isInstanceOf(RatingException.class).hasMessageContaining("12 tháng dự bị").hasMessageContaining("R31");
        assertThatThrownBy(() -> development.admit(id, admission(today), COMMITTEE))
                .isInstanceOf(RatingException.class).hasMessageContaining("đã được kết nạp");
    }

    @Test
    void aCellSecretaryProposesOnlyForTheirCellAndAMemberSeesNothing() {
        assertThatThrownBy(() -> development.propose(new PartyDevelopment.ProspectEntry("Lường Văn Tiến", LocalDate.of(1997, 1, 1),
                Gender.MALE, "Kỹ sư", other, today.minusDays(1)), secretary))
                .isInstanceOf(RatingException.class).hasMessageContaining("Chỉ bí thư chi bộ");
        long elsewhere = development.propose(new PartyDevelopment.ProspectEntry("Lường Văn Tiến", LocalDate.of(1997, 1, 1),
                Gender.MALE, "Kỹ sư", other, today.minusDays(1)), COMMITTEE);
        assertThatThrownBy(() -> development.recordCourse(elsewhere, "1-GCN", today, secretary))
                .isInstanceOf(RatingException.class).hasMessageContaining("Chỉ bí thư chi bộ");
        assertThat(development.pipeline(secretary).prospects()).allSatisfy(p -> assertThat(p.cellId()).isEqualTo(office))
                .noneMatch(p -> p.id() == elsewhere);
        assertThatThrownBy(() -> development.setTarget(2027, 3, secretary)).isInstanceOf(RatingException.class);
        Viewer member = new Viewer("dangvien", Set.of(Viewer.MEMBER), office, officeOfficials.get(2).id());
        assertThatThrownBy(() -> development.pipeline(member)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> development.propose(new PartyDevelopment.ProspectEntry("Lường Văn Tiến", LocalDate.of(1997, 1, 1),
                Gender.MALE, "Kỹ sư", office, today), member)).isInstanceOf(RatingException.class);
    }

    @Test
    void everyRefusalNamesItsRuleAndChangesNothing() {
        long id = propose("Sùng Thị Dua", LocalDate.of(1996, 2, 2), secretary);
        // No course, no introducers yet.
        assertThatThrownBy(() -> development.recordAdmissionVote(id, today, 9, 10, secretary))
                .isInstanceOf(RatingException.class).hasMessageContaining("lớp bồi dưỡng").hasMessageContaining("(R28)");
        development.recordCourse(id, "78-GCN/TTCT", today.minusDays(5), secretary);
        assertThatThrownBy(() -> development.recordAdmissionVote(id, today, 9, 10, secretary))
                .isInstanceOf(RatingException.class).hasMessageContaining("Cần 2").hasMessageContaining("(R29)");
        MemberView fromAnotherCell = registry.all(new MemberQuery(null, other, MembershipKind.OFFICIAL, null, null, null, null, null, false), COMMITTEE).getFirst();
        assertThatThrownBy(() -> development.addIntroducer(id, fromAnotherCell.id(), LocalDate.of(2019, 1, 1), false, secretary))
                .isInstanceOf(RatingException.class).hasMessageContaining("cùng chi bộ").hasMessageContaining("(R29)");
        assertThatThrownBy(() -> development.addIntroducer(id, officeOfficials.get(0).id(), today.minusMonths(6), false, secretary))
                .isInstanceOf(RatingException.class).hasMessageContaining("ít nhất 12 tháng");
        development.addIntroducer(id, officeOfficials.get(0).id(), LocalDate.of(2019, 1, 1), false, secretary);
        assertThatThrownBy(() -> development.addIntroducer(id, officeOfficials.get(0).id(), LocalDate.of(2019, 1, 1), false, secretary))
                .isInstanceOf(RatingException.class).hasMessageContaining("đã là người giới thiệu");
        development.addIntroducer(id, officeOfficials.get(1).id(), LocalDate.of(2019, 1, 1), false, secretary);

        assertThatThrownBy(() -> development.recordAdmissionVote(id, today, 11, 10, secretary))
                .isInstanceOf(RatingException.class).hasMessageContaining("(R30)");
        // Three failed votes, then the case goes to the upper committee.
        for (int i = 0; i < 3; i++) {
            assertThat(development.recordAdmissionVote(id, today, 6, 10, secretary)).isFalse();
        }
        assertThatThrownBy(() -> development.recordAdmissionVote(id, today, 10, 10, secretary))
                .isInstanceOf(RatingException.class).hasMessageContaining("cấp ủy cấp trên").hasMessageContaining("(R30)");
        assertThatThrownBy(() -> development.decide(id, "72-QĐ/ĐU", today, COMMITTEE))
                .isInstanceOf(RatingException.class).hasMessageContaining("2/3").hasMessageContaining("R30");
        assertThat(view(id).votes()).hasSize(3).noneMatch(PartyDevelopment.VoteView::passed);
        assertThat(view(id).stage()).isEqualTo("TRAINED");

        long young = propose("Giàng Thị Ly", today.minusYears(17), secretary);
        development.recordCourse(young, "79-GCN/TTCT", today.minusDays(5), secretary);
        development.addIntroducer(young, officeOfficials.get(0).id(), LocalDate.of(2019, 1, 1), false, secretary);
        development.addIntroducer(young, officeOfficials.get(1).id(), LocalDate.of(2019, 1, 1), false, secretary);
        assertThatThrownBy(() -> development.recordAdmissionVote(young, today, 10, 10, secretary))
                .isInstanceOf(RatingException.class).hasMessageContaining("đủ 18 tuổi").hasMessageContaining("(R28)");
        assertThat(view(young).votes()).isEmpty();
    }

    @Test
    void aDecisionWithoutACeremonyForSixWeeksIsOverdueOnThePage() {
        long id = development.propose(new PartyDevelopment.ProspectEntry("Hờ Thị Chở", LocalDate.of(1995, 5, 5), Gender.FEMALE,
                "Kế toán", office, today.minusDays(80)), secretary);
        development.recordCourse(id, "80-GCN/TTCT", today.minusDays(79), secretary);
        development.addIntroducer(id, officeOfficials.get(0).id(), LocalDate.of(2019, 1, 1), false, secretary);
        development.addIntroducer(id, officeOfficials.get(1).id(), LocalDate.of(2019, 1, 1), false, secretary);
        development.recordAdmissionVote(id, today.minusDays(70), 9, 10, secretary);
        development.decide(id, "73-QĐ/ĐU", today.minusDays(60), COMMITTEE);

        assertThat(development.pipeline(secretary).warnings()).anySatisfy(w -> {
            assertThat(w.prospectId()).isEqualTo(id);
            assertThat(w.kind()).isEqualTo(AdmissionRules.DeadlineKind.CEREMONY);
            assertThat(w.overdue()).isTrue();
        });
    }

    @Test
    void targetsAreTheCommitteesAndShowTheirFulfilment() {
        development.setTarget(2028, 4, COMMITTEE);
        development.setTarget(2028, 5, COMMITTEE);
        assertThat(development.targets()).filteredOn(t -> t.year() == 2028).singleElement().satisfies(t -> {
            assertThat(t.target()).isEqualTo(5);
            assertThat(t.admitted()).isZero();
            assertThat(t.percent()).isZero();
        });
        assertThatThrownBy(() -> development.setTarget(2028, 0, COMMITTEE)).isInstanceOf(RatingException.class).hasMessageContaining("từ 1");
        assertThatThrownBy(() -> development.setTarget(1999, 2, COMMITTEE)).isInstanceOf(RatingException.class);
    }

    @Test
    void thePageAndItsFormsTakeHostileInputAsTextOrRefuseIt() throws Exception {
        MockHttpSession cellSecretary = login("bithu.chibo1");
        String html = mvc.perform(get("/development").session(cellSecretary)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Phát triển đảng viên", "Quần chúng ưu tú");
        mvc.perform(get("/development").session(login("dangvien"))).andExpect(status().isForbidden());

        for (String name : List.of("<script>alert(1)</script>", "Robert'); DROP TABLE member;--", "A".repeat(500), " ", "../../etc/passwd")) {
            mvc.perform(post("/development/prospects").session(cellSecretary).with(csrf()).param("fullName", name)
                            .param("birthDate", "1998-01-01").param("gender", "MALE").param("job", "Kỹ sư")
                            .param("cellId", String.valueOf(office)).param("proposedOn", today.toString()))
                    .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("Họ và tên")));
        }
        mvc.perform(post("/development/prospects").session(cellSecretary).with(csrf()).param("fullName", "Lý Thị Mai")
                        .param("birthDate", "1998-01-01").param("gender", "FEMALE").param("job", "<img src=x onerror=alert(1)>")
                        .param("cellId", String.valueOf(office)).param("proposedOn", today.toString()))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("< > { }")));
        mvc.perform(post("/development/prospects").session(cellSecretary).with(csrf()).param("fullName", "Lý Thị Mai")
                        .param("birthDate", "not-a-date").param("gender", "FEMALE").param("job", "Kỹ sư")
                        .param("cellId", String.valueOf(office)).param("proposedOn", today.toString()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/development/prospects/1/vote").session(cellSecretary).with(csrf()).param("heldOn", today.toString())
                .param("inFavour", "abc").param("officialMembers", "10")).andExpect(status().isBadRequest());
        mvc.perform(post("/development/prospects").session(cellSecretary).param("fullName", "Lý Thị Mai")
                        .param("birthDate", "1998-01-01").param("gender", "FEMALE").param("job", "Kỹ sư")
                        .param("cellId", String.valueOf(office)).param("proposedOn", today.toString()))
                .andExpect(status().isForbidden());
        assertThat(development.pipeline(COMMITTEE).prospects()).noneMatch(p -> p.fullName().contains("Mai") || p.fullName().contains("script"));

        mvc.perform(post("/development/prospects").session(cellSecretary).with(csrf()).param("fullName", "Lý Thị Mai")
                        .param("birthDate", "1998-01-01").param("gender", "FEMALE").param("job", "Kỹ sư 'Ứng dụng' & \"đo lường\"")
                        .param("cellId", String.valueOf(office)).param("proposedOn", today.toString()))
                .andExpect(flash().attribute("flash", "Đã ghi đề nghị của chi bộ."));
        String after = mvc.perform(get("/development").session(cellSecretary)).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Lý Thị Mai", "&amp; &quot;đo lường&quot;");
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("dangbo-demo"))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
