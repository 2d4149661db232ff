package vn.dangbo.congress;

import org.apache.pdfbox.Loader;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangbo.congress.counting.CandidateTally;
import vn.dangbo.shared.PartyDocumentWriter;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo congress's documents through the web, and who may print ballots or record approval and
 * votes. Reads the demo and tries only refused writes: it shares its context with
 * {@link CongressWebIntegrationTests}, which counts the demo's congresses.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CongressDocumentsWebIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CongressManagement congresses;

    MockHttpSession login(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", "dangbo-demo"));
        return session;
    }

    long demoCongress() {
        return congresses.congresses().getFirst().id();
    }

    long demoElection() {
        return congresses.details(demoCongress()).elections().getFirst().id();
    }

    String round() {
        return "/congresses/" + demoCongress() + "/elections/" + demoElection() + "/rounds/1";
    }

    @Test
    void anyMemberDownloadsTheMinutesAndTheResolutionOfTheDemoCongress() throws Exception {
        MockHttpSession member = login("bithu.chibo1");
        byte[] docx = mvc.perform(get(round() + "/minutes.docx").session(member)).andExpect(status().isOk())
                .andExpect(content().contentType(PartyDocumentWriter.DOCX_TYPE))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("BIÊN BẢN", "Cơ số N: 31", "Số phiếu cần để trúng cử (số phiếu × 2 > N): 16",
                    "Số phiếu phát ra: 30", "Số phiếu hợp lệ: 29", "Số phiếu không hợp lệ: 1", "90,32%");
            for (CandidateTally t : congresses.result(demoCongress(), demoElection(), 1).orElseThrow().candidates()) {
                if (t.elected()) {
                    assertThat(text).contains(t.candidate().name() + ": " + t.votes() + " phiếu");
                }
            }
        }
        byte[] pdf = mvc.perform(get(round() + "/minutes.pdf").session(member)).andExpect(status().isOk())
                .andExpect(content().contentType(PartyDocumentWriter.PDF_TYPE)).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("BIÊN BẢN");
            picture(document, "congress-minutes-page");
        }
        mvc.perform(get("/congresses/" + demoCongress() + "/resolution.docx").session(member)).andExpect(status().isOk())
                .andExpect(content().contentType(PartyDocumentWriter.DOCX_TYPE));
        byte[] resolution = mvc.perform(get("/congresses/" + demoCongress() + "/resolution.pdf").session(member))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(resolution)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("NGHỊ QUYẾT");
            picture(document, "congress-resolution-page");
        }
        mvc.perform(get("/congresses/" + demoCongress() + "/elections/" + demoElection() + "/rounds/9/minutes.docx").session(member))
                .andExpect(status().isNotFound());
        mvc.perform(get(round() + "/minutes.docx")).andExpect(status().is3xxRedirection());
    }

    /** Pictures of a document's pages to look at, beside the page tests' screenshots. */
    static void picture(org.apache.pdfbox.pdmodel.PDDocument document, String name) throws java.io.IOException {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        var renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
        for (int page = 0; page < Math.min(3, document.getNumberOfPages()); page++) {
            javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 80), "png",
                    java.nio.file.Path.of("target/screenshots/" + name + "-" + (page + 1) + ".png").toFile());
        }
    }

    @Test
    void onlyTheCommitteeAndTheCountingBoardPrintBallots() throws Exception {
        mvc.perform(get(round() + "/ballots.pdf").session(login("bithu.chibo1"))).andExpect(status().isForbidden());
        byte[] byBoard = mvc.perform(get(round() + "/ballots.pdf").session(login("kiemphieu"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        byte[] byCommittee = mvc.perform(get(round() + "/ballots.pdf").session(login("bithu.dangbo"))).andExpect(status().isOk())
                .andExpect(content().contentType(PartyDocumentWriter.PDF_TYPE)).andReturn().getResponse().getContentAsByteArray();
        try (var a = Loader.loadPDF(byBoard); var b = Loader.loadPDF(byCommittee)) {
            // a picture of the first ballot to look at, beside the page tests' screenshots
            picture(a, "congress-ballot-page");
            assertThat(a.getNumberOfPages()).isEqualTo(30).isEqualTo(b.getNumberOfPages());
        }
    }

    @Test
    void approvalVotesAndNominationsByAnyoneButTheCommitteeOrWithBadInputChangeNothing() throws Exception {
        long id = demoCongress();
        long election = demoElection();
        String approval = "/congresses/" + id + "/elections/" + election + "/approval";
        MockHttpSession member = login("dangvien");
        mvc.perform(post(approval).session(member).with(csrf()).param("decisionNumber", "1-QĐ").param("decidedOn", "2020-07-01")
                .param("body", "Ban Thường vụ")).andExpect(status().isForbidden());
        mvc.perform(post(approval).session(login("bithu.chibo1")).with(csrf()).param("decisionNumber", "1-QĐ")
                .param("decidedOn", "2020-07-01").param("body", "Ban Thường vụ")).andExpect(status().isForbidden());
        MockHttpSession committee = login("bithu.dangbo");
        mvc.perform(post(approval).session(committee).param("decisionNumber", "1-QĐ").param("decidedOn", "2020-07-01")
                .param("body", "Ban Thường vụ")).andExpect(status().isForbidden());
        mvc.perform(post(approval).session(committee).with(csrf()).param("decisionNumber", "<script>alert(1)</script>")
                        .param("decidedOn", "2020-07-01").param("body", "Ban Thường vụ"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashError"));
        mvc.perform(post(approval).session(committee).with(csrf()).param("decisionNumber", "1-QĐ").param("body", "Ban Thường vụ"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", "Cần ghi ngày của quyết định chuẩn y."));
        mvc.perform(post(approval).session(committee).with(csrf()).param("decisionNumber", "1-QĐ").param("decidedOn", "ngày mai")
                .param("body", "Ban Thường vụ")).andExpect(status().isBadRequest());
        assertThat(congresses.election(id, election).approval()).isEmpty();

        String votes = "/congresses/" + id + "/votes";
        int before = congresses.details(id).votes().size();
        mvc.perform(post(votes).session(member).with(csrf()).param("kind", "AGENDA").param("title", "Chương trình")
                .param("inFavour", "31")).andExpect(status().isForbidden());
        mvc.perform(post(votes).session(committee).with(csrf()).param("kind", "AGENDA").param("title", "Chương trình")
                .param("inFavour", "32")).andExpect(flash().attributeExists("flashError"));
        mvc.perform(post(votes).session(committee).with(csrf()).param("kind", "AGENDA").param("title", "x".repeat(10_000))
                .param("inFavour", "20")).andExpect(flash().attributeExists("flashError"));
        mvc.perform(post(votes).session(committee).with(csrf()).param("kind", "DROP TABLE").param("title", "x")
                .param("inFavour", "20")).andExpect(status().isBadRequest());
        assertThat(congresses.details(id).votes()).hasSize(before);

        mvc.perform(post("/congresses/" + id + "/elections/" + election + "/nominations").session(committee).with(csrf())
                        .param("memberId", "1").param("source", "FLOOR").param("agree", "20"))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("đã mở vòng bầu")));
    }
}
