package vn.dangbo.handbook;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

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

/** The library through the web with the demo accounts: search, visibility per role, forms, uploads and downloads. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentWebIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DocumentLibrary library;
    @Autowired
    PartyDocuments documents;
    @Autowired
    DocumentAttachments attachments;

    MockHttpSession login(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", "dangbo-demo"));
        return session;
    }

    String page(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long secretDemoNotice() {
        var viewer = new vn.dangbo.shared.Viewer("t", Set.of(vn.dangbo.shared.Viewer.ADMIN), null, null);
        return library.search(viewer, DocumentQuery.text("31-TB/ĐU"), 0).hits().getFirst().id();
    }

    @Test
    void aMemberSearchesWithHighlightsAndNeverSeesCommitteeDocuments() throws Exception {
        MockHttpSession member = login("dangvien");
        String found = page(member, "/documents?q=04+nq+tw");
        assertThat(found).contains("<mark>04-NQ/TW</mark>", "Nghị quyết Hội nghị lần thứ tư");
        assertThat(page(member, "/documents?q=chinh+don")).contains("<mark>chỉnh</mark> <mark>đốn</mark>");
        assertThat(page(member, "/documents?q=%3Cscript%3Ealert(1)%3C/script%3E")).doesNotContain("<script>alert");
        assertThat(page(member, "/documents?type=NOTICE&year=abc&page=-3&issuer=x")).contains("Không có văn bản nào phù hợp.");
        String all = page(member, "/documents");
        assertThat(all).contains("05-CT/TW", "Văn bản").doesNotContain("31-TB/ĐU", "Thêm văn bản");

        long secret = secretDemoNotice();
        mvc.perform(get("/documents/" + secret).session(member)).andExpect(status().isNotFound());
        mvc.perform(get("/documents/" + secret).session(login("bithu.chibo1"))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/abc").session(member)).andExpect(status().isBadRequest());
        mvc.perform(get("/documents/new").session(member)).andExpect(status().isForbidden());
        assertThat(page(login("bithu.dangbo"), "/documents/" + secret)).contains("Chỉ cấp ủy");
    }

    @Test
    void theCommitteeAddsADocumentAttachesAFileAndMembersDownloadIt() throws Exception {
        MockHttpSession committee = login("bithu.dangbo");
        long before = documents.count();
        mvc.perform(post("/documents").session(committee).with(csrf()).param("number", "").param("title", "<script>x</script>"))
                .andExpect(status().isOk());
        assertThat(documents.count()).isEqualTo(before);

        String location = mvc.perform(post("/documents").session(committee).with(csrf())
                        .param("type", "PLAN").param("number", "20-KH/CB").param("issuer", "Chi bộ 1")
                        .param("issuedOn", "2024-03-05").param("title", "Kế hoạch học tập chuyên đề năm 2024")
                        .param("summary", "Tóm tắt").param("fullText", "").param("visibility", "ALL_MEMBERS"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "Đã lưu văn bản."))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(multipart("/documents/" + id + "/attachments").file(new MockMultipartFile("file", "../../evil.pdf",
                        "application/pdf", "not a pdf".getBytes())).session(committee).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", "Tệp không phải là PDF hợp lệ."));
        long rows = attachments.count();
        mvc.perform(multipart("/documents/" + id + "/attachments").file(new MockMultipartFile("file", "..\\..\\Kế hoạch \"2024\".pdf",
                        "application/pdf", AttachmentTextTests.pdf("Chuyen de nam 2024"))).session(committee).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "Đã tải tệp lên."));
        assertThat(attachments.count()).isEqualTo(rows + 1);

        MockHttpSession member = login("dangvien");
        DocumentView view = library.document(new vn.dangbo.shared.Viewer("t", Set.of("MEMBER"), null, null), id);
        AttachmentView file = view.attachments().getFirst();
        assertThat(file.fileName()).isEqualTo("Kế hoạch 2024.pdf");
        var response = mvc.perform(get("/documents/" + id + "/attachments/" + file.id()).session(member))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(response.getContentAsByteArray()).startsWith("%PDF-".getBytes());
        mvc.perform(get("/documents/" + id + "/attachments/999999").session(member)).andExpect(status().isNotFound());
        assertThat(page(member, "/documents?q=chuyen+de+nam+2024")).contains("20-KH/CB");

        mvc.perform(multipart("/documents/" + id + "/attachments").file(new MockMultipartFile("file", "a.pdf",
                "application/pdf", new byte[]{1})).session(member).with(csrf())).andExpect(status().isForbidden());

        // an oversized upload comes back from the upload limit filter as a GET of the upload address
        mvc.perform(get("/documents/" + id + "/attachments").session(committee).flashAttr("flashError", "Tệp tải lên quá lớn"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/documents/" + id))
                .andExpect(flash().attribute("flashError", "Tệp tải lên quá lớn"));
    }
}
