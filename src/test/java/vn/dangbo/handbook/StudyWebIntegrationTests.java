package vn.dangbo.handbook;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.shared.Viewer;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Study campaigns through the web with the demo accounts: forms, scope per role, hostile reflections, downloads. */
@SpringBootTest
@AutoConfigureMockMvc
class StudyWebIntegrationTests {

    static final Viewer ADMIN = new Viewer("t", Set.of(Viewer.ADMIN), null, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    StudyCampaigns campaigns;
    @Autowired
    StudyRecords records;
    @Autowired
    DocumentLibrary library;
    @Autowired
    MemberRegistry registry;

    MockHttpSession login(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", "dangbo-demo"));
        return session;
    }

    String page(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aMemberMarksStudiedWithAReflectionAndOnlyTheAssignedCellSeesIt() throws Exception {
        MemberView an = registry.all(MemberQuery.all(), ADMIN).stream().filter(m -> m.fullName().equals("Nguyễn Văn An")).findFirst().orElseThrow();
        long tw4 = library.search(ADMIN, DocumentQuery.text("04-NQ/TW"), 0).hits().stream()
                .filter(h -> h.number().equals("04-NQ/TW")).findFirst().orElseThrow().id();
        MockHttpSession committee = login("bithu.dangbo");
        long before = campaigns.count();
        String refused = mvc.perform(post("/study").session(committee).with(csrf()).param("title", "<script>x</script>")
                        .param("scope", "CELLS").param("documentIds", "abc").param("deadline", "31/12/2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Chưa lưu đợt học tập", "chọn từ 1 đến 20 văn bản", "hạn hoàn thành phải từ")
                .contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x</script>");
        assertThat(campaigns.count()).isEqualTo(before);

        String location = mvc.perform(post("/study").session(committee).with(csrf()).param("title", "Học tập chuyên đề năm nay")
                        .param("description", "Mỗi đảng viên viết bài thu hoạch.").param("documentIds", String.valueOf(tw4))
                        .param("scope", "CELLS").param("cellIds", String.valueOf(an.cellId()))
                        .param("deadline", java.time.LocalDate.now(vn.dangbo.shared.VietnameseDates.ZONE).plusDays(20).toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "Đã lưu đợt học tập."))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        MockHttpSession member = login("dangvien");
        assertThat(page(member, "/study")).contains("Học tập chuyên đề năm nay");
        assertThat(page(member, "/so-tay")).contains("Học tập chuyên đề năm nay", "Chưa học tập");
        assertThat(page(member, "/study/" + id)).contains("Đánh dấu đã học tập", "04-NQ/TW").doesNotContain("Tiến độ học tập");
        MockHttpSession otherSecretary = login("bithu.chibo1");
        mvc.perform(get("/study/" + id).session(otherSecretary)).andExpect(status().isNotFound());
        assertThat(page(otherSecretary, "/study")).doesNotContain("Học tập chuyên đề năm nay");
        mvc.perform(multipart("/study/" + id + "/studied").session(otherSecretary).with(csrf()).param("reflection", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/study/abc").session(member)).andExpect(status().isBadRequest());
        mvc.perform(get("/study/new").session(member)).andExpect(status().isForbidden());
        mvc.perform(post("/study").session(member).with(csrf()).param("title", "x")).andExpect(status().isForbidden());
        mvc.perform(multipart("/study/" + id + "/studied").session(member).param("reflection", "không có mã CSRF"))
                .andExpect(status().isForbidden());

        // hostile reflections: a path in the file name, a fake PDF, a huge text — refused, nothing kept
        mvc.perform(multipart("/study/" + id + "/studied").file(new MockMultipartFile("file", "../../bai.pdf", "application/pdf",
                        AttachmentTextTests.pdf("Thu hoach"))).param("reflection", "Bài của tôi").session(member).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("reflectionDraft", "Bài của tôi"))
                .andExpect(flash().attribute("flashError", "Tên tệp không được chứa đường dẫn hay ký tự điều khiển; hãy đổi tên tệp rồi gửi lại."));
        mvc.perform(multipart("/study/" + id + "/studied").file(new MockMultipartFile("file", "bai.pdf", "application/pdf",
                        "<html>".getBytes())).session(member).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", "Tệp không phải là PDF hợp lệ."));
        String huge = mvc.perform(multipart("/study/" + id + "/studied").param("reflection", "ngh".repeat(7_000)).session(member).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("flashError").toString();
        assertThat(huge).contains("tối đa 20.000 ký tự", "21.000 ký tự");
        assertThat(records.findByCampaignId(id)).isEmpty();
        // an oversized upload comes back from the upload limit filter as a GET of the upload address
        mvc.perform(get("/study/" + id + "/studied").session(member).flashAttr("flashError", "Tệp tải lên quá lớn"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/study/" + id))
                .andExpect(flash().attribute("flashError", "Tệp tải lên quá lớn"));

        mvc.perform(multipart("/study/" + id + "/studied").file(new MockMultipartFile("file", "Bài thu hoạch.pdf", "application/pdf",
                        AttachmentTextTests.pdf("Bai thu hoach"))).param("reflection", "<script>alert(1)</script> Đã học.")
                        .session(member).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "Đã ghi nhận: bạn đã học tập."));
        String mine = page(member, "/study/" + id);
        assertThat(mine).contains("Đã học tập lúc", "&lt;script&gt;alert(1)&lt;/script&gt; Đã học.", "Bài thu hoạch.pdf")
                .doesNotContain("<script>alert(1)");
        var download = mvc.perform(get("/study/" + id + "/reflections/" + an.id() + "/file").session(member))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff")).andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).startsWith("%PDF-".getBytes());
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        mvc.perform(get("/study/" + id + "/reflections/" + an.id() + "/file").session(otherSecretary)).andExpect(status().isNotFound());

        String followed = page(committee, "/study/" + id);
        int expected = (int) registry.all(new MemberQuery(null, an.cellId(), null, null, null, null, null, null, false), ADMIN).stream()
                .filter(m -> m.standing() == vn.dangbo.members.Standing.ACTIVE || m.standing() == vn.dangbo.members.Standing.AWAY_TEMPORARILY)
                .count();
        assertThat(followed).contains("1/" + expected + " đảng viên đã học tập", "Nguyễn Văn An", "&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
