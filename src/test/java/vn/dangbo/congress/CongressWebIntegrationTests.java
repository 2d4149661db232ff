package vn.dangbo.congress;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangbo.congress.ballotlog.BallotLogReader;
import vn.dangbo.congress.counting.ElectionRules;
import vn.dangbo.congress.counting.Tally;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo congress through the web: its results, its export, and requests that must change nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class CongressWebIntegrationTests {

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

    @Test
    void theDemoCongressShowsItsCountedElectionToAnyMember() throws Exception {
        MockHttpSession member = login("bithu.chibo1");
        String page = mvc.perform(get("/congresses/" + demoCongress() + "/elections/" + demoElection()).session(member))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Trúng cử", "N = 31", "90.32%");
        assertThat(page).doesNotContain("ballot-form");
        mvc.perform(get("/congresses").session(member)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lần thứ IV")));
        mvc.perform(get("/congresses/" + demoCongress()).session(member)).andExpect(status().isOk());
    }

    @Test
    void theExportIsTheBallotLogOfTheApplicationsResult() throws Exception {
        MockHttpSession member = login("dangvien");
        byte[] log = mvc.perform(get("/congresses/" + demoCongress() + "/elections/" + demoElection() + "/rounds/1/ballot-log.json")
                        .session(member))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("application/json"))
                .andReturn().getResponse().getContentAsByteArray();
        var read = BallotLogReader.read(log);
        assertThat(read.firstBrokenSeq()).isEmpty();
        assertThat(Tally.count(ElectionRules.DEFAULT, read.round()))
                .isEqualTo(congresses.result(demoCongress(), demoElection(), 1).orElseThrow());
        assertThat(new String(log, StandardCharsets.UTF_8)).doesNotContain("memberId", "sheet", "Nguyễn Văn An");
    }

    @Test
    void writesNeedTheCsrfTokenTheBoardAndValidInputAndChangeNothingOtherwise() throws Exception {
        long id = demoCongress();
        long election = demoElection();
        String head = congresses.entry(id, election, 1).chainHead();
        MockHttpSession counter = login("dangvien");
        mvc.perform(post("/congresses/" + id + "/elections/" + election + "/rounds/1/ballots").session(counter)
                .param("sheet", "1").param("kept", "c1")).andExpect(status().isForbidden());
        mvc.perform(post("/congresses/" + id + "/elections/" + election + "/rounds/1/ballots").session(counter).with(csrf())
                        .param("sheet", "1").param("kept", "c1"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashError"));
        MockHttpSession committee = login("bithu.dangbo");
        mvc.perform(post("/congresses/" + id + "/elections/" + election + "/rounds/1/ballots").session(committee).with(csrf())
                .param("sheet", "1").param("kept", "c1")).andExpect(status().isForbidden());
        mvc.perform(post("/congresses/" + id + "/elections").session(committee).with(csrf())
                        .param("kind", "EXECUTIVE_COMMITTEE").param("title", "<script>x</script>").param("seats", "7"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashError"));
        mvc.perform(post("/congresses/" + id + "/elections").session(committee).with(csrf())
                .param("kind", "NOT_A_KIND").param("title", "x").param("seats", "7")).andExpect(status().isBadRequest());
        mvc.perform(post("/congresses").session(login("dangvien")).with(csrf()).param("name", "Đại hội").param("ordinal", "5")
                .param("termLabel", "2025–2030").param("opensOn", "2025-06-01").param("closesOn", "2025-06-02"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/congresses/999999").session(committee)).andExpect(status().isNotFound());
        mvc.perform(get("/congresses/" + id + "/elections/999999").session(committee)).andExpect(status().isNotFound());

        assertThat(congresses.entry(id, election, 1).chainHead()).isEqualTo(head);
        assertThat(congresses.congresses()).hasSize(1);
        assertThat(congresses.details(id).elections()).hasSize(1);
    }
}
