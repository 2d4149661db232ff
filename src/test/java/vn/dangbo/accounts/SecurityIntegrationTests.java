package vn.dangbo.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.shared.Viewer;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityIntegrationTests {

    static final Viewer COMMITTEE = new Viewer("test", Set.of(Viewer.COMMITTEE), null, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberRegistry registry;
    @Autowired
    AccountManagement accounts;

    MockHttpSession login(String username, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/organization"));
        return session;
    }

    @Test
    void pagesNeedALoginButTheLoginPageAndHealthDoNot() throws Exception {
        mvc.perform(get("/members")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void healthDetailsAndPrometheusAreForAdministratorsOnly() throws Exception {
        MockHttpSession admin = login("admin", "dangbo-demo");
        mvc.perform(get("/actuator/health").session(admin)).andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/prometheus").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
        MockHttpSession committee = login("bithu.dangbo", "dangbo-demo");
        mvc.perform(get("/actuator/prometheus").session(committee)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health").session(committee)).andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void securityHeadersForbidFramingAndForeignScripts() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        MockHttpSession admin = login("admin", "dangbo-demo");
        long before = registry.search(MemberQuery.all(), COMMITTEE, 0, 1).getTotalElements();
        mvc.perform(post("/organization/merges").session(admin).param("decisionNumber", "1-QĐ")).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "admin").param("password", "dangbo-demo")).andExpect(status().isForbidden());
        assertThat(registry.search(MemberQuery.all(), COMMITTEE, 0, 1).getTotalElements()).isEqualTo(before);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithTheSameMessageAsAnUnknownUser() throws Exception {
        accounts.create("khoa.thu", "mat-khau-dung-1", "Thử khóa", Role.MEMBER, null, 1L);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", "khoa.thu").param("password", "sai-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // locked: even the right password fails, and the answer looks like any other failure
        mvc.perform(post("/login").with(csrf()).param("username", "khoa.thu").param("password", "mat-khau-dung-1"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).param("username", "khong.ton.tai").param("password", "x"))
                .andExpect(redirectedUrl("/login?error"));
        // a fresh account is not affected
        login("bithu.chibo1", "dangbo-demo");
    }

    @Test
    void passwordsAreStoredHashed() {
        assertThat(accounts.passwordHashOf("admin")).startsWith("{bcrypt}").doesNotContain("dangbo-demo");
    }

    @Test
    void aCellSecretarySeesOnlyTheirCellAndAMemberOnlyThemself() throws Exception {
        MemberView inCellOne = member("Chi bộ 1");
        MemberView inCellTwo = member("Chi bộ 2");
        MockHttpSession secretary = login("bithu.chibo1", "dangbo-demo");
        mvc.perform(get("/members/" + inCellOne.id()).session(secretary)).andExpect(status().isOk());
        mvc.perform(get("/members/" + inCellTwo.id()).session(secretary)).andExpect(status().isForbidden());
        mvc.perform(get("/members").param("cellId", String.valueOf(inCellTwo.cellId())).session(secretary))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(inCellTwo.fullName()))));

        MockHttpSession member = login("dangvien", "dangbo-demo");
        MemberView self = registry.all(new MemberQuery("Nguyễn Văn An", null, null, null, null, null, null, null, false), COMMITTEE).getFirst();
        mvc.perform(get("/members/" + self.id()).session(member)).andExpect(status().isOk());
        mvc.perform(get("/members/" + inCellOne.id()).session(member)).andExpect(status().isForbidden());
        MemberView neighbour = registry.all(MemberQuery.all(), COMMITTEE).stream()
                .filter(m -> m.cellId() == self.cellId() && m.id() != self.id()).findFirst().orElseThrow();
        mvc.perform(get("/members/" + neighbour.id()).session(member)).andExpect(status().isForbidden());
        mvc.perform(post("/members/" + self.id() + "/actions/remove").session(member).with(csrf())
                .param("decidedOn", "2026-01-01").param("decisionNumber", "1")).andExpect(status().isForbidden());
    }

    private MemberView member(String cellPrefix) {
        return registry.all(MemberQuery.all(), COMMITTEE).stream().filter(m -> m.cellName().startsWith(cellPrefix)).findFirst().orElseThrow();
    }
}
