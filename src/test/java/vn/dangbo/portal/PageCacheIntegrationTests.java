package vn.dangbo.portal;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The page cache of the public site, as readers and staff meet it. */
@SpringBootTest
@AutoConfigureMockMvc
class PageCacheIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    NewsDesk desk;
    @Autowired
    ScheduledPublication scheduled;
    @Autowired
    UserDetailsService users;
    @Autowired
    ArticleViews views;
    @Autowired
    Articles articles;
    @Autowired
    MeterRegistry meters;

    MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    long draft(String title) {
        return desk.draft(new NewArticle("kinh-te", title, "Sapo " + title + ".", "Nội dung.", "Phóng viên", List.of(), List.of()));
    }

    @Test
    void anonymousReadersGetTheKeptPageWithPublicCacheHeaders() throws Exception {
        anonymous("/kinh-te?trang=1");
        double servedFirst = meters.counter("dangbo.portal.page.cache.served.first").count();
        MockHttpServletResponse second = anonymous("/kinh-te?trang=1");
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getHeader("X-Page-Cache")).isEqualTo("HIT");
        // a reader with no session is served ahead of the filter chain, and the operators can count it
        assertThat(meters.counter("dangbo.portal.page.cache.served.first").count()).isEqualTo(servedFirst + 1);
        assertThat(second.getHeader("Cache-Control")).isEqualTo("public, no-cache");
        String etag = second.getHeader("ETag");
        assertThat(etag).startsWith("W/\"");
        MockHttpServletResponse again = mvc.perform(get("/kinh-te?trang=1").header("If-None-Match", etag)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(second.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(second.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(second.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(second.getContentType()).startsWith("text/html");
        assertThat(second.getHeader("Content-Language")).isEqualTo("vi");
        assertThat(second.getContentAsString(StandardCharsets.UTF_8)).contains("<h1", "Kinh tế");
        for (String path : List.of("/", "/rss/kinh-te.xml", "/sitemap.xml")) {
            anonymous(path);
            assertThat(anonymous(path).getHeader("X-Page-Cache")).as(path).isEqualTo("HIT");
        }
    }

    @Test
    void aViewServedFromTheCacheStillCountsForTheMostReadList() throws Exception {
        long id = draft("Bộ nhớ đệm: lượt đọc vẫn được đếm");
        desk.publish(id);
        views.write();
        long before = articles.findById(id).orElseThrow().getViewCount();
        String path = "/kinh-te/bo-nho-dem-luot-doc-van-duoc-dem";
        assertThat(anonymous(path).getHeader("X-Page-Cache")).isEqualTo("MISS");
        assertThat(anonymous(path).getHeader("X-Page-Cache")).isEqualTo("HIT");
        assertThat(anonymous(path).getHeader("X-Page-Cache")).isEqualTo("HIT");
        views.write();
        assertThat(articles.findById(id).orElseThrow().getViewCount()).isEqualTo(before + 3);
    }

    @Test
    void aPublishedArticleShowsAtOnceOnPagesThatWereKept() throws Exception {
        anonymous("/kinh-te");
        anonymous("/");
        assertThat(anonymous("/kinh-te").getHeader("X-Page-Cache")).isEqualTo("HIT");
        long id = draft("Bộ nhớ đệm: bài mới hiện ngay");
        desk.publish(id);
        for (String path : List.of("/kinh-te", "/", "/sitemap.xml", "/rss/kinh-te.xml")) {
            MockHttpServletResponse page = anonymous(path);
            assertThat(page.getHeader("X-Page-Cache")).as(path).isEqualTo("MISS");
            assertThat(page.getContentAsString(StandardCharsets.UTF_8)).as(path)
                    .contains(path.equals("/sitemap.xml") ? "/kinh-te/bo-nho-dem-bai-moi-hien-ngay" : "Bộ nhớ đệm: bài mới hiện ngay");
        }
        desk.withdraw(id);
        assertThat(anonymous("/kinh-te").getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Bộ nhớ đệm: bài mới hiện ngay");
        assertThat(anonymous("/kinh-te/bo-nho-dem-bai-moi-hien-ngay").getStatus()).isEqualTo(410);
    }

    @Test
    void aScheduledArticleShowsWhenTheSchedulerPublishesIt() throws Exception {
        long id = draft("Bộ nhớ đệm: bài hẹn giờ");
        desk.schedule(id, Instant.now().plusSeconds(1));
        anonymous("/kinh-te");
        assertThat(anonymous("/kinh-te").getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Bộ nhớ đệm: bài hẹn giờ");
        long waitUntil = System.currentTimeMillis() + 5_000;
        while (scheduled.publishDue() == 0 && System.currentTimeMillis() < waitUntil) {
            Thread.sleep(100);
        }
        assertThat(anonymous("/kinh-te").getContentAsString(StandardCharsets.UTF_8)).contains("Bộ nhớ đệm: bài hẹn giờ");
    }

    @Test
    void loggedInUsersNeverGetAKeptPageNorLeaveOne() throws Exception {
        anonymous("/xa-hoi");
        assertThat(anonymous("/xa-hoi").getHeader("X-Page-Cache")).isEqualTo("HIT");
        MockHttpServletResponse staff = mvc.perform(get("/xa-hoi").with(user(users.loadUserByUsername("bithu.dangbo"))))
                .andReturn().getResponse();
        assertThat(staff.getStatus()).isEqualTo(200);
        assertThat(staff.getHeader("X-Page-Cache")).isNull();
        assertThat(staff.getHeader("Cache-Control")).contains("no-store");
        assertThat(staff.getContentAsString(StandardCharsets.UTF_8)).contains("Quản trị");
        // a staff session (a login, then its session on the next request) never gets the kept page either
        var login = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                .user("bithu.dangbo").password("dangbo-demo")).andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) login.getRequest().getSession(false);
        MockHttpServletResponse withSession = mvc.perform(get("/xa-hoi").session(session)).andReturn().getResponse();
        assertThat(withSession.getHeader("X-Page-Cache")).isNull();
        assertThat(withSession.getContentAsString(StandardCharsets.UTF_8)).contains("Quản trị");
        // and what staff saw is not what the next reader gets
        assertThat(anonymous("/xa-hoi").getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Quản trị");
    }

    @Test
    void errorsStaffPagesAndSearchAreNeverKept() throws Exception {
        for (String path : List.of("/kinh-te/khong-co-bai-nay", "/tim-kiem?q=dai+hoi", "/login", "/members")) {
            anonymous(path);
            assertThat(anonymous(path).getHeader("X-Page-Cache")).as(path).isNull();
        }
    }
}
