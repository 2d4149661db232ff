package vn.dangbo.rating;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.rating.rules.Level;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may do which step: a cell secretary proposes for their own cell only; only the committee decides. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@SpringBootTest
@AutoConfigureMockMvc
class RatingScopeIntegrationTests {

    static final int YEAR = 2025;
    static final String OFFICE = "Chi bộ 1 – Văn phòng Sở";
    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);
    static final Viewer ADMIN = new Viewer("admin", Set.of(Viewer.ADMIN), null, null);

    @Autowired
    RatingManagement ratings;
    @Autowired
    MemberRegistry registry;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    MockMvc mvc;

    long office;
    Viewer officeSecretary;
    List<MemberView> inOffice;
    List<MemberView> elsewhere;

    @BeforeEach
    void openTheRound() {
        office = organization.activeCells().stream().filter(c -> c.name().equals(OFFICE)).findFirst().map(OrganizationUnit::id).orElseThrow();
        officeSecretary = new Viewer("bithu.chibo1", Set.of(Viewer.CELL_SECRETARY), office, null);
        List<MemberView> all = registry.all(MemberQuery.all(), COMMITTEE);
        inOffice = all.stream().filter(m -> m.cellId() == office).toList();
        elsewhere = all.stream().filter(m -> m.cellId() != office).toList();
        if (ratings.rounds(COMMITTEE).stream().noneMatch(r -> r.year() == YEAR)) {
            ratings.openRound(YEAR, LocalDate.of(YEAR, 12, 15), COMMITTEE);
        }
    }

    @Test
    void cellSecretaryProposesOnlyForTheirCell() {
        long own = inOffice.get(3).id();
        long other = elsewhere.get(3).id();

        ratings.propose(YEAR, own, good(), officeSecretary);

        assertThatThrownBy(() -> ratings.propose(YEAR, other, good(), officeSecretary))
                .isInstanceOf(RatingException.class)
                .hasMessageContaining("Chỉ bí thư chi bộ của đảng viên này");
        assertThat(entry(own).proposed()).isEqualTo(Level.GOOD);
        assertThat(entry(own).proposedBy()).isEqualTo("bithu.chibo1");
        assertThat(entry(own).proposedAt()).isNotNull();
        assertThat(entry(other).proposed()).isNull();
    }

    @Test
    void cellSecretarySeesOnlyTheirCellInTheRound() {
        assertThat(ratings.round(YEAR, officeSecretary).rated()).extracting(RatingManagement.RosterEntry::cellId).containsOnly(office);
        assertThat(ratings.round(YEAR, officeSecretary).rated()).hasSize(inOffice.size());
    }

    @Test
    void onlyTheCommitteeDecides() {
        long member = inOffice.get(4).id();
        ratings.propose(YEAR, member, good(), officeSecretary);

        for (Viewer notCommittee : List.of(officeSecretary, ADMIN, new Viewer("dangvien", Set.of(Viewer.MEMBER), office, member))) {
            assertThatThrownBy(() -> ratings.decide(YEAR, member, Level.GOOD, null, notCommittee))
                    .as(notCommittee.username()).isInstanceOf(RatingException.class).hasMessageContaining("Chỉ đảng ủy");
        }
        assertThat(entry(member).decided()).isNull();

        ratings.decide(YEAR, member, Level.GOOD, null, COMMITTEE);
        assertThat(entry(member).decided()).isEqualTo(Level.GOOD);
        assertThat(entry(member).decidedBy()).isEqualTo("bithu.dangbo");
    }

    @Test
    void onlyTheCommitteeOpensARound() {
        assertThatThrownBy(() -> ratings.openRound(2019, LocalDate.of(2019, 12, 15), officeSecretary)).isInstanceOf(RatingException.class);
        assertThat(ratings.rounds(COMMITTEE)).noneMatch(r -> r.year() == 2019);
    }

    @Test
    void theWebRefusesAnotherCellsProposalAndPostsWithoutCsrf() throws Exception {
        MockHttpSession secretary = login("bithu.chibo1");
        long other = elsewhere.get(5).id();
        mvc.perform(post("/ratings/" + YEAR + "/members/" + other + "/proposal").session(secretary).with(csrf())
                        .param("generalPoints", "25").param("taskPoints", "55").param("allTasksOnTime", "true").param("level", "GOOD"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("Chỉ bí thư chi bộ")));
        long own = inOffice.get(5).id();
        mvc.perform(post("/ratings/" + YEAR + "/members/" + own + "/proposal").session(secretary)
                        .param("generalPoints", "25").param("taskPoints", "55").param("level", "GOOD"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ratings/" + YEAR + "/members/" + own + "/proposal").session(secretary).with(csrf())
                        .param("generalPoints", "abc").param("taskPoints", "55").param("level", "GOOD"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/ratings/" + YEAR + "/members/" + own + "/proposal").session(secretary).with(csrf())
                        .param("generalPoints", "25").param("taskPoints", "55").param("level", "BEST"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/ratings/" + YEAR + "/members/" + own + "/proposal").session(secretary).with(csrf())
                        .param("generalPoints", "25").param("taskPoints", "200").param("level", "GOOD"))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("Điểm không hợp lệ")));
        assertThat(entry(other).proposed()).isNull();
        assertThat(entry(own).proposed()).isNull();
    }

    @Test
    void aMemberWritesTheirOwnReviewAndSeesOnlyTheirOwnEntry() {
        MemberView self = inOffice.get(6);
        Viewer member = new Viewer("dv", Set.of(Viewer.MEMBER), office, self.id());

        ratings.writeSelfReview(YEAR, self.id(), "Tôi hoàn thành nhiệm vụ được giao.", member);

        assertThatThrownBy(() -> ratings.writeSelfReview(YEAR, inOffice.get(7).id(), "Bản kiểm điểm hộ.", member))
                .isInstanceOf(RatingException.class);
        assertThatThrownBy(() -> ratings.propose(YEAR, self.id(), good(), member)).isInstanceOf(RatingException.class);
        assertThat(ratings.round(YEAR, member).rated()).singleElement().satisfies(e -> {
            assertThat(e.memberId()).isEqualTo(self.id());
            assertThat(e.selfReview()).isEqualTo("Tôi hoàn thành nhiệm vụ được giao.");
            assertThat(e.selfReviewedBy()).isEqualTo("dv");
            assertThat(e.mayPropose()).isFalse();
            assertThat(e.mayDecide()).isFalse();
        });
        assertThat(entry(inOffice.get(7).id()).selfReview()).isNull();
    }

    @Test
    void onlyTheCommitteeRecordsDisciplineEvenAReprimandTheCellDecided() throws Exception {
        MockHttpSession secretary = login("bithu.chibo1");
        long own = inOffice.get(8).id();
        for (String form : new String[]{"EXPULSION", "REPRIMAND"}) {
            mvc.perform(post("/ratings/" + YEAR + "/discipline").session(secretary).with(csrf())
                            .param("memberId", String.valueOf(own)).param("form", form).param("reason", "Chậm báo cáo")
                            .param("decisionNumber", "09-QĐ/CB").param("decidedOn", "2025-06-01").param("decidingBody", OFFICE)
                            .param("effectiveFrom", "2025-06-01"))
                    .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("Chỉ đảng ủy ghi quyết định kỷ luật")));
        }
        assertThat(ratings.disciplineOf(own, COMMITTEE)).isEmpty();

        mvc.perform(post("/ratings/" + YEAR + "/discipline").session(login("bithu.dangbo")).with(csrf())
                        .param("memberId", String.valueOf(own)).param("form", "REPRIMAND").param("reason", "Chậm báo cáo")
                        .param("decisionNumber", "09-QĐ/CB").param("decidedOn", "2025-06-01").param("decidingBody", OFFICE)
                        .param("effectiveFrom", "2025-06-01"))
                .andExpect(flash().attribute("flash", "Đã ghi quyết định kỷ luật."));
        assertThat(ratings.disciplineOf(own, COMMITTEE)).singleElement().satisfies(d -> {
            assertThat(d.formLabel()).isEqualTo("khiển trách");
            assertThat(d.recordedBy()).isEqualTo("bithu.dangbo");
        });
    }

    @Test
    void aReviewWithMarkupIsShownAsText() throws Exception {
        long own = inOffice.get(2).id();
        ratings.writeSelfReview(YEAR, own, "<script>alert(1)</script> Tôi hoàn thành nhiệm vụ.", officeSecretary);
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/ratings/" + YEAR)
                .session(login("bithu.dangbo"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; Tôi hoàn thành nhiệm vụ.").doesNotContain("<script>alert(1)");
    }

    private RatingManagement.RosterEntry entry(long member) {
        return ratings.round(YEAR, COMMITTEE).rated().stream().filter(e -> e.memberId() == member).findFirst().orElseThrow();
    }

    static RatingManagement.Proposal good() {
        return new RatingManagement.Proposal(25, 55, true, 0, Level.GOOD, "Theo biên bản họp chi bộ.");
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("dangbo-demo"))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
