package vn.dangbo.rating;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangbo.handbook.AnswerInput;
import vn.dangbo.handbook.CommitmentBook;
import vn.dangbo.handbook.Degree;
import vn.dangbo.handbook.ManifestationView;
import vn.dangbo.handbook.SelfAssessmentBook;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// Opens this year's round: a context of its own, so that the round lists the demo members as loaded.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@SpringBootTest
@AutoConfigureMockMvc
class SelfReviewDraftIntegrationTests {

    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);

    @Autowired
    RatingManagement ratings;
    @Autowired
    SelfReviewDrafts drafts;
    @Autowired
    SelfAssessmentBook assessments;
    @Autowired
    CommitmentBook commitments;
    @Autowired
    MemberRegistry registry;
    @Autowired
    MockMvc mvc;

    @Test
    void aMembersOwnReviewStartsFromTheirHandbookAndNobodyElseSeesIt() throws Exception {
        int year = registry.today().getYear();
        MemberView an = registry.all(MemberQuery.all(), COMMITTEE).stream().filter(m -> m.fullName().equals("Nguyễn Văn An"))
                .findFirst().orElseThrow();
        Viewer self = new Viewer("dangvien", Set.of(Viewer.MEMBER), an.cellId(), an.id());
        assertThat(drafts.draftFor(self, year)).isNull();

        List<ManifestationView> catalog = assessments.catalog();
        ManifestationView marked = catalog.stream().filter(m -> m.code().equals("2.5")).findFirst().orElseThrow();
        assessments.submit(self, year, catalog.stream().map(m -> m.code().equals("2.5")
                ? new AnswerInput(m.code(), Degree.SOME, "Ít xuống cơ sở", "Mỗi quý đi cơ sở một lần")
                : new AnswerInput(m.code(), Degree.NONE, null, null)).toList());
        commitments.acknowledge(self, year);
        String title = commitments.status(self, year).template().title();

        String draft = drafts.draftFor(self, year);
        assertThat(draft).contains("BẢN KIỂM ĐIỂM CÁ NHÂN NĂM " + year, "có 1 biểu hiện", "Biểu hiện 2.5 (có phần)",
                marked.wording().substring(0, 20), "Ít xuống cơ sở", "Mỗi quý đi cơ sở một lần", title);
        assertThat(drafts.draftFor(COMMITTEE, year)).isNull();

        ratings.openRound(year, LocalDate.of(year, 12, 15).isAfter(registry.today()) ? registry.today() : LocalDate.of(year, 12, 15), COMMITTEE);
        String own = mvc.perform(get("/ratings/" + year).session(login("dangvien"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(own).contains("Điền sẵn từ bản tự đánh giá 27 biểu hiện", "BẢN KIỂM ĐIỂM CÁ NHÂN NĂM " + year, "Mỗi quý đi cơ sở một lần");

        // The committee sees the member's row, never the member's handbook answers.
        String committee = mvc.perform(get("/ratings/" + year).session(login("bithu.dangbo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(committee).doesNotContain("Mỗi quý đi cơ sở một lần").doesNotContain("BẢN KIỂM ĐIỂM CÁ NHÂN NĂM");

        // Once saved, the review is the member's text, not the draft.
        ratings.writeSelfReview(year, an.id(), "Tôi đã khắc phục việc ít xuống cơ sở.", self);
        String saved = mvc.perform(get("/ratings/" + year).session(login("dangvien"))).andReturn().getResponse().getContentAsString();
        assertThat(saved).contains("Tôi đã khắc phục việc ít xuống cơ sở.").doesNotContain("Điền sẵn từ bản tự đánh giá");
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("dangbo-demo"))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
