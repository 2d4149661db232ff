package vn.dangbo.handbook;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Values no handbook form offers get a 400 page in Vietnamese, and nothing is saved. */
@SpringBootTest
@AutoConfigureMockMvc
class HandbookWebIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommitmentBook commitments;

    @Test
    void aTamperedYearIsRefusedWithAClearMessage() throws Exception {
        MockHttpSession member = login("dangvien");

        String signYear = mvc.perform(post("/commitments").param("year", "năm nay").with(csrf()).session(member))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(signYear).contains("Giá trị &quot;year&quot; không hợp lệ."); // escaped by the page

        String noYear = mvc.perform(post("/self-assessment").with(csrf()).session(member))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noYear).contains("Thiếu giá trị &quot;year&quot;.");

        mvc.perform(get("/self-assessment/summary").param("cellId", "<script>").session(login("bithu.dangbo")))
                .andExpect(status().isBadRequest());
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("dangbo-demo"))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
