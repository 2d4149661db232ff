package vn.dangbo.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import vn.dangbo.shared.Viewer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Readers' comments through the real pages: what a reader sees, what a moderator sees, what a robot gets. */
@SpringBootTest
@AutoConfigureMockMvc
class CommentIntegrationTests {

    static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    static final Viewer MODERATOR = new Viewer("kiemduyet", Set.of(Viewer.EDITOR, Viewer.MODERATOR), null, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    NewsDesk desk;
    @Autowired
    CommentModeration moderation;
    @Autowired
    Comments comments;
    @Autowired
    CommentActions actions;
    @Autowired
    UserDetailsService users;

    /** A published article of its own, so that other tests' comments never meet this test's. */
    String article(String title) {
        long id = desk.draft(new NewArticle("xa-hoi", title, "Sapo của bài " + title + ".", "Đoạn một.\n\nĐoạn hai.",
                "Phóng viên", List.of(), List.of()));
        desk.publish(id);
        return "/xa-hoi/" + vn.dangbo.shared.Slugs.slug(title);
    }

    @Autowired
    Articles articles;

    long idOf(String slug) {
        return articles.findAll().stream().filter(a -> a.getSlug().equals(slug)).findFirst().orElseThrow().getId();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10.7." + (n / 250) + "." + (n % 250 + 1);
    }

    static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    MockHttpServletResponse send(String path, String address, String body) throws Exception {
        MockHttpServletRequestBuilder request = post(path + "/binh-luan").with(from(address))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
        return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpServletResponse comment(String path, String address, String name, String email, String content) throws Exception {
        return send(path, address, form("name", name, "email", email, "content", content, "website", ""));
    }

    String html(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    String page(String path) throws Exception {
        return html(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse());
    }

    List<Comment> of(String path) {
        long id = idOf(path.substring(path.lastIndexOf('/') + 1));
        return comments.findAll().stream().filter(c -> c.getArticleId() == id).toList();
    }

    void approveAll(String path) {
        moderation.moderate(MODERATOR, of(path).stream().map(Comment::getId).toList(), CommentState.APPROVED, null);
    }

    @Test
    void anAnonymousReaderGetsAFormWithoutSessionOrToken() throws Exception {
        String path = article("Bình luận: biểu mẫu cho bạn đọc");
        MockHttpServletResponse response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        String html = HtmlUtils.htmlUnescape(html(response));
        assertThat(html).containsPattern("<form class=\"comment-form\" method=\"post\"[^>]* action=\"" + path + "/binh-luan\">");
        assertThat(html).contains(">Bình luận</h2>", "Hiện tại chưa có bình luận", "0 bình luận", ">Viết bình luận</h3>");
        assertThat(html).doesNotContain("_csrf");
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
        assertThat(mvc.perform(get(path)).andReturn().getRequest().getSession(false)).isNull();
    }

    @Test
    void aCommentWaitsUnseenUntilAModeratorApprovesItThenShowsWithoutTheEmail() throws Exception {
        String path = article("Bình luận: chờ duyệt rồi mới đăng");
        page(path); // the page is now in the cache
        MockHttpServletResponse sent = comment(path, newAddress(), "Trần Thị Bình", "binh.tran@example.vn",
                "Bài viết rất bổ ích.\nXin cảm ơn tòa soạn!");
        assertThat(sent.getStatus()).isEqualTo(303);
        assertThat(sent.getHeader("Location")).isEqualTo(path + "?binh-luan=cho-duyet#binh-luan");
        String after = HtmlUtils.htmlUnescape(page(path + "?binh-luan=cho-duyet"));
        assertThat(after).contains("Bình luận của bạn đang chờ duyệt", "Hiện tại chưa có bình luận", "0 bình luận");
        assertThat(after).doesNotContain("Bài viết rất bổ ích", "Trần Thị Bình");
        assertThat(of(path)).singleElement().satisfies(c -> {
            assertThat(c.getState()).isEqualTo(CommentState.PENDING);
            assertThat(c.getContent()).isEqualTo("Bài viết rất bổ ích.\nXin cảm ơn tòa soạn!");
            assertThat(c.getAddressHash()).hasSize(32).doesNotContain("10.7");
        });

        approveAll(path);

        String shown = HtmlUtils.htmlUnescape(page(path));
        assertThat(shown).contains("Trần Thị Bình", "Bài viết rất bổ ích.\nXin cảm ơn tòa soạn!", "1 bình luận");
        assertThat(shown).doesNotContain("Hiện tại chưa có bình luận", "binh.tran@example.vn", "binh.tran");
        assertThat(shown).containsPattern("<strong class=\"comment-name\">Trần Thị Bình</strong>\\s*<time datetime=\"[^\"]+\\+07:00\">"
                + "(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật), \\d\\d/\\d\\d/\\d{4} - \\d\\d:\\d\\d'</time>");
        Comment approved = of(path).getFirst();
        assertThat(approved.getModeratedBy()).isEqualTo("kiemduyet");
        assertThat(actions.findByCommentIdOrderByActedAtAscIdAsc(approved.getId())).singleElement().satisfies(step -> {
            assertThat(step.getFromState()).isEqualTo(CommentState.PENDING);
            assertThat(step.getToState()).isEqualTo(CommentState.APPROVED);
            assertThat(step.getModerator()).isEqualTo("kiemduyet");
            assertThat(step.getActedAt()).isNotNull();
        });
    }

    @Test
    void approvedCommentsAreListedOldestFirstAndOnlyTheyCount() throws Exception {
        String path = article("Bình luận: thứ tự và số đếm");
        String address = newAddress();
        comment(path, address, "Người thứ nhất", "mot@example.vn", "Ý kiến thứ nhất");
        comment(path, address, "Người thứ hai", "hai@example.vn", "Ý kiến thứ hai");
        comment(path, address, "Người thứ ba", "ba@example.vn", "Ý kiến thứ ba");
        List<Comment> sent = of(path);
        moderation.moderate(MODERATOR, List.of(sent.get(0).getId(), sent.get(1).getId()), CommentState.APPROVED, null);
        moderation.moderate(MODERATOR, List.of(sent.get(2).getId()), CommentState.REJECTED, "lạc đề");
        String html = page(path);
        assertThat(html).contains("2 bình luận").doesNotContain("Ý kiến thứ ba");
        assertThat(html.indexOf("Ý kiến thứ nhất")).isPositive().isLessThan(html.indexOf("Ý kiến thứ hai"));

        moderation.moderate(MODERATOR, List.of(sent.get(0).getId()), CommentState.HIDDEN, "vi phạm");
        assertThat(page(path)).contains("1 bình luận").doesNotContain("Ý kiến thứ nhất");
    }

    @Test
    void scriptsAndMarkupAreShownAsTypedNeverRun() throws Exception {
        String path = article("Bình luận: mã độc hiện nguyên văn");
        String content = "<script>alert('xss')</script><img src=x onerror=alert(1)> \"quoted\" & ' OR 1=1 --";
        comment(path, newAddress(), "<b onmouseover=alert(2)>Kẻ xấu</b>", "xau@example.vn", content);
        assertThat(of(path).getFirst().getContent()).isEqualTo(content);
        approveAll(path);
        String html = page(path);
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<b onmouseover");
        assertThat(html).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("&lt;b onmouseover=alert(2)&gt;Kẻ xấu&lt;/b&gt;");
    }

    @Test
    void controlCharactersAndDirectionOverridesAreStripped() throws Exception {
        String path = article("Bình luận: ký tự điều khiển bị bỏ");
        comment(path, newAddress(), "An\u0000\u202Enh\u0007", "an@example.vn", "Dòng một\r\nDòng\u0000 hai\u001B[31m\t!");
        Comment saved = of(path).getFirst();
        assertThat(saved.getName()).isEqualTo("Annh");
        assertThat(saved.getContent()).isEqualTo("Dòng một\nDòng hai[31m\t!");
    }

    @Test
    void aMegabyteBodyIsRefusedWithAMessageAndNothingBreaks() throws Exception {
        String path = article("Bình luận: một megabyte bị từ chối");
        MockHttpServletResponse response = send(path, newAddress(),
                form("name", "Người gửi", "email", "to@example.vn", "content", "a".repeat(1024 * 1024)));
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(html(response)).contains("Bình luận quá dài nên không được nhận: nội dung tối đa 5.000 ký tự.");
        assertThat(of(path)).isEmpty();
        assertThat(page(path)).contains("Hiện tại chưa có bình luận");
    }

    @Test
    void fieldsOverTheirLimitsAreRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        String path = article("Bình luận: giới hạn độ dài");
        MockHttpServletResponse response = comment(path, newAddress(), "Tên".repeat(34), "khong-phai-email", "ạ".repeat(5001));
        assertThat(response.getStatus()).isEqualTo(400);
        String html = HtmlUtils.htmlUnescape(html(response));
        assertThat(html).contains("Họ và tên dài tối đa 100 ký tự (bạn đã nhập 102).",
                "Email chưa đúng dạng, ví dụ ten@example.vn (tối đa 254 ký tự).",
                "Nội dung bình luận dài tối đa 5.000 ký tự (bạn đã nhập 5.001).");
        assertThat(html).contains("aria-invalid=\"true\"");
        assertThat(of(path)).isEmpty();

        MockHttpServletResponse empty = comment(path, newAddress(), "  ", "", "\u0000\u0001 ");
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(html(empty))).contains("Xin nhập họ và tên.", "Xin nhập email", "Xin nhập nội dung bình luận.");
        assertThat(of(path)).isEmpty();

        // exactly at the limits is fine; a character outside the BMP counts as one
        MockHttpServletResponse atLimit = comment(path, newAddress(), "Ă".repeat(100), "a@example.vn", "😀".repeat(5000));
        assertThat(atLimit.getStatus()).isEqualTo(303);
        assertThat(of(path)).singleElement().satisfies(c -> assertThat(c.getContent()).hasSize(10000));
    }

    @Test
    void aFloodFromOneAddressGets429WhileOthersStillComment() throws Exception {
        String path = article("Bình luận: chống gửi dồn dập");
        String flooder = newAddress();
        for (int i = 1; i <= 5; i++) {
            assertThat(comment(path, flooder, "Người gửi " + i, "flood@example.vn", "Lần " + i).getStatus()).isEqualTo(303);
        }
        for (int i = 6; i <= 12; i++) {
            MockHttpServletResponse refused = comment(path, flooder, "Người gửi " + i, "flood@example.vn", "Lần " + i);
            assertThat(refused.getStatus()).isEqualTo(429);
            assertThat(refused.getHeader("Retry-After")).matches("\\d+");
            assertThat(html(refused)).contains("Bạn đã gửi quá nhiều bình luận: mỗi địa chỉ được gửi tối đa 5 bình luận trong 10 phút.");
        }
        // even a megabyte from the flooder is turned away by the limit first
        assertThat(send(path, flooder, form("content", "x".repeat(1024 * 1024))).getStatus()).isEqualTo(429);
        assertThat(of(path)).hasSize(5);
        assertThat(comment(path, newAddress(), "Bạn đọc khác", "khac@example.vn", "Vẫn gửi được").getStatus()).isEqualTo(303);
        assertThat(of(path)).hasSize(6);
        page(path);
    }

    @Test
    void aFilledHoneypotIsDroppedSilently() throws Exception {
        String path = article("Bình luận: bẫy cho máy gửi");
        MockHttpServletResponse robot = send(path, newAddress(),
                form("name", "Rô bốt", "email", "bot@example.vn", "content", "Mua ngay!", "website", "http://spam.example"));
        assertThat(robot.getStatus()).isEqualTo(303);
        assertThat(robot.getHeader("Location")).isEqualTo(path + "?binh-luan=cho-duyet#binh-luan");
        assertThat(of(path)).isEmpty();
    }

    @Test
    void aBlockedCommenterIsKeptAsSpamByEmailAndByAddress() throws Exception {
        String path = article("Bình luận: người gửi bị chặn");
        String address = newAddress();
        comment(path, address, "Người phá", "pha@example.vn", "Bình luận xấu");
        moderation.block(MODERATOR, List.of(of(path).getFirst().getId()), "quấy rối");
        assertThat(of(path).getFirst().getState()).isEqualTo(CommentState.SPAM);

        // same email from elsewhere, same address with another email: both kept as spam, never queued
        assertThat(comment(path, newAddress(), "Tên khác", "PHA@example.vn", "Lần hai").getStatus()).isEqualTo(303);
        assertThat(comment(path, address, "Tên khác nữa", "moi@example.vn", "Lần ba").getStatus()).isEqualTo(303);
        assertThat(of(path)).hasSize(3).allSatisfy(c -> assertThat(c.getState()).isEqualTo(CommentState.SPAM));
        assertThat(moderation.queue(MODERATOR, CommentState.PENDING, 0).stream().map(QueuedComment::articlePath)).doesNotContain(path);
        assertThat(moderation.blocked(MODERATOR)).anySatisfy(b -> {
            assertThat(b.value()).isEqualTo("pha@example.vn");
            assertThat(b.blockedBy()).isEqualTo("kiemduyet");
            assertThat(b.reason()).isEqualTo("quấy rối");
        });

        // lifted, the email may comment again (the address block still holds for that address)
        moderation.blocked(MODERATOR).stream().filter(BlockedCommenter::byEmail).filter(b -> b.value().equals("pha@example.vn"))
                .forEach(b -> moderation.lift(MODERATOR, b.id()));
        comment(path, newAddress(), "Người phá", "pha@example.vn", "Xin lỗi");
        assertThat(of(path)).filteredOn(c -> c.getContent().equals("Xin lỗi")).singleElement()
                .satisfies(c -> assertThat(c.getState()).isEqualTo(CommentState.PENDING));
    }

    @Test
    void aPostFromAnotherSitesPageIsRefused() throws Exception {
        String path = article("Bình luận: không nhận từ trang khác");
        MockHttpServletResponse response = mvc.perform(post(path + "/binh-luan").with(from(newAddress()))
                .header("Origin", "https://evil.example").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(form("name", "A", "email", "a@example.vn", "content", "B"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(html(response)).contains("Bình luận phải được gửi từ trang bài viết trên cổng thông tin này.");
        MockHttpServletResponse crossSite = mvc.perform(post(path + "/binh-luan").with(from(newAddress()))
                .header("Sec-Fetch-Site", "cross-site").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(form("name", "A", "email", "a@example.vn", "content", "B"))).andReturn().getResponse();
        assertThat(crossSite.getStatus()).isEqualTo(403);
        MockHttpServletResponse sameOrigin = mvc.perform(post(path + "/binh-luan").with(from(newAddress()))
                .header("Origin", "http://localhost").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(form("name", "A", "email", "a@example.vn", "content", "B"))).andReturn().getResponse();
        assertThat(sameOrigin.getStatus()).isEqualTo(303);
        assertThat(of(path)).hasSize(1);
    }

    @Test
    void noCommentGoesToAMissingOrWithdrawnArticle() throws Exception {
        assertThat(comment("/xa-hoi/khong-co-bai-nay", newAddress(), "A", "a@example.vn", "B").getStatus()).isEqualTo(404);
        String path = article("Bình luận: bài đã gỡ");
        desk.withdraw(idOf(path.substring(path.lastIndexOf('/') + 1)));
        assertThat(comment(path, newAddress(), "A", "a@example.vn", "B").getStatus()).isEqualTo(410);
        assertThat(of(path)).isEmpty();
        // an unknown section is no public path at all: the CSRF check of staff pages refuses it
        assertThat(comment("/khong-co-chuyen-muc/bai", newAddress(), "A", "a@example.vn", "B").getStatus()).isEqualTo(403);
    }

    @Test
    void onlyModeratorsAndTheAdministratorOpenTheQueueWhichShowsTheEmail() throws Exception {
        String path = article("Bình luận: hàng chờ cho người duyệt");
        comment(path, newAddress(), "Lê Văn Cường", "cuong.le@example.vn", "Ý kiến cần duyệt");
        assertThat(mvc.perform(get("/newsroom/comments")).andReturn().getResponse().getStatus()).isEqualTo(302);
        mvc.perform(get("/newsroom/comments").with(user(users.loadUserByUsername("dangvien")))).andExpect(status().isForbidden());
        mvc.perform(get("/newsroom/comments").with(user(users.loadUserByUsername("bithu.dangbo")))).andExpect(status().isForbidden());
        for (String who : List.of("kiemduyet", "admin")) {
            String queue = HtmlUtils.htmlUnescape(html(mvc.perform(get("/newsroom/comments").with(user(users.loadUserByUsername(who))))
                    .andExpect(status().isOk()).andReturn().getResponse()));
            assertThat(queue).contains("Duyệt bình luận", "Lê Văn Cường", "cuong.le@example.vn", "Ý kiến cần duyệt",
                    "Bình luận: hàng chờ cho người duyệt", "Chặn người gửi");
        }
    }

    @Test
    void theQueueApprovesInBulkWithTheFormsTokenAndRefusesAMixThatCannotMove() throws Exception {
        String path = article("Bình luận: duyệt hàng loạt");
        String address = newAddress();
        comment(path, address, "Một", "mot@example.vn", "Thứ nhất");
        comment(path, address, "Hai", "hai@example.vn", "Thứ hai");
        List<Long> ids = of(path).stream().map(Comment::getId).toList();
        var moderator = user(users.loadUserByUsername("kiemduyet"));

        mvc.perform(post("/newsroom/comments").with(moderator).param("step", "APPROVED")
                .param("ids", ids.stream().map(String::valueOf).toArray(String[]::new))).andExpect(status().isForbidden());
        assertThat(of(path)).allSatisfy(c -> assertThat(c.getState()).isEqualTo(CommentState.PENDING));

        mvc.perform(post("/newsroom/comments").with(moderator).with(csrf()).param("step", "APPROVED").param("ids", String.valueOf(ids.get(0))))
                .andExpect(status().is3xxRedirection());
        var refused = mvc.perform(post("/newsroom/comments").with(moderator).with(csrf()).param("step", "REJECTED")
                .param("ids", ids.stream().map(String::valueOf).toArray(String[]::new))).andReturn();
        assertThat((String) refused.getFlashMap().get("flashError"))
                .isEqualTo("Bình luận số " + ids.get(0) + " đang ở trạng thái Đã đăng, không chuyển sang Đã từ chối được; không bình luận nào được thay đổi.");
        assertThat(of(path)).filteredOn(c -> c.getId().equals(ids.get(1))).singleElement()
                .satisfies(c -> assertThat(c.getState()).isEqualTo(CommentState.PENDING));
        assertThat(page(path)).contains("1 bình luận", "Thứ nhất").doesNotContain("Thứ hai");

        mvc.perform(post("/newsroom/comments").with(user(users.loadUserByUsername("dangvien"))).with(csrf()).param("step", "APPROVED")
                .param("ids", String.valueOf(ids.get(1)))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> moderation.moderate(new Viewer("dangvien", Set.of(Viewer.MEMBER), null, null), ids, CommentState.SPAM, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        mvc.perform(post("/newsroom/comments").with(moderator).with(csrf()).param("step", "BOGUS").param("ids", "1"))
                .andExpect(status().isBadRequest());
    }
}
