package vn.dangbo.organization;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class MergeFormIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganizationDirectory organization;

    MockHttpSession login(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", "dangbo-demo"));
        return session;
    }

    @Test
    void hostileOrIncompleteMergesAreRefusedAndChangeNothing() throws Exception {
        MockHttpSession committee = login("bithu.dangbo");
        var cells = organization.activeCells();
        String a = String.valueOf(cells.get(0).id());
        String b = String.valueOf(cells.get(1).id());
        String[][] attempts = {
                {a, b, "<script>alert(1)</script>", "1-QĐ/ĐU", "2024-01-01"},
                {a, b, "Chi bộ mới", "", "2024-01-01"},
                {a, b, "Chi bộ mới", "1-QĐ/ĐU'; drop table member; --<", "2024-01-01"},
                {a, a, "Chi bộ mới", "1-QĐ/ĐU", "2024-01-01"},
                {a, b, "X".repeat(5000), "1-QĐ/ĐU", "2024-01-01"},
                {a, b, "Chi bộ mới", "1-QĐ/ĐU", ""},
        };
        for (String[] attempt : attempts) {
            mvc.perform(post("/organization/merges").session(committee).with(csrf())
                            .param("sourceCellIds", attempt[0], attempt[1]).param("newCellName", attempt[2])
                            .param("decisionNumber", attempt[3]).param("decidedOn", attempt[4]))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attributeExists("flashError"));
        }
        assertThat(organization.activeCells()).isEqualTo(cells);
        assertThat(organization.merges()).hasSize(1);
    }

    @Test
    void onlyTheCommitteeMayRecordAMerge() throws Exception {
        var cells = organization.activeCells();
        MockHttpSession secretary = login("bithu.chibo1");
        mvc.perform(post("/organization/merges").session(secretary).with(csrf())
                        .param("sourceCellIds", String.valueOf(cells.get(0).id()), String.valueOf(cells.get(1).id()))
                        .param("newCellName", "Chi bộ gộp").param("decisionNumber", "2-QĐ").param("decidedOn", "2024-01-01"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organization").session(secretary)).andExpect(status().isOk());
        assertThat(organization.activeCells()).isEqualTo(cells);
    }
}
