package vn.dangbo.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The newsroom through the web with the demo accounts: who may enter, hostile input, photos, revisions, corrections. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class NewsroomIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Articles articles;
    @Autowired
    ArticleRevisions revisions;
    @Autowired
    PortalImages images;
    @Autowired
    Sections sections;
    @Autowired
    ApplicationEvents events;
    @Value("${dangbo.data-dir}")
    String dataDir;

    MockHttpSession login(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", "dangbo-demo"));
        return session;
    }

    String page(MockHttpSession session, String url, int status) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String section(String slug) {
        return String.valueOf(sections.findBySlug(slug).orElseThrow().getId());
    }

    /** Saves a draft through the form and returns its id. */
    long create(MockHttpSession editor, String title, String body) throws Exception {
        MvcResult result = mvc.perform(post("/newsroom/articles").session(editor).with(csrf())
                        .param("sectionId", section("xa-hoi")).param("title", title).param("slug", "")
                        .param("lead", "(BLC) - Sapo của bài " + title).param("body", body).param("author", "Phóng viên Thử")
                        .param("tags", "Thử nghiệm, Tòa soạn"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/newsroom/articles/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    void move(MockHttpSession editor, long id, String action) throws Exception {
        mvc.perform(post("/newsroom/articles/" + id + "/transitions").session(editor).with(csrf()).param("action", action))
                .andExpect(status().is3xxRedirection());
    }

    String publicPath(long id) {
        Article a = articles.findById(id).orElseThrow();
        return "/" + sections.findById(a.getSectionId()).orElseThrow().getSlug() + "/" + a.getSlug();
    }

    @Test
    void onlyEditorsAndTheAdministratorEnterTheNewsroom() throws Exception {
        String location = mvc.perform(get("/newsroom")).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).endsWith("/login");
        mvc.perform(get("/newsroom/articles/new")).andExpect(status().is3xxRedirection());
        for (String user : List.of("dangvien", "bithu.dangbo", "bithu.chibo1")) {
            MockHttpSession session = login(user);
            mvc.perform(get("/newsroom").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/newsroom/articles/new").session(session)).andExpect(status().isForbidden());
            long before = articles.count();
            mvc.perform(post("/newsroom/articles").session(session).with(csrf()).param("sectionId", section("xa-hoi"))
                    .param("title", "Bài của " + user).param("lead", "Sapo").param("body", "Nội dung").param("author", user))
                    .andExpect(status().isForbidden());
            assertThat(articles.count()).isEqualTo(before);
            assertThat(page(session, "/organization", 200)).doesNotContain("href=\"/newsroom\"");
        }
        // filtered by title: other tests' articles may fill the first page of the whole list
        assertThat(page(login("bientap"), "/newsroom?q=100", 200)).contains("Tòa soạn", "Viết bài mới",
                "100% đảng viên Đảng bộ học tập, quán triệt Nghị quyết Trung ương 4 khóa XII");
        assertThat(page(login("admin"), "/newsroom", 200)).contains("Viết bài mới");
        assertThat(page(login("bientap"), "/organization", 200)).contains("href=\"/newsroom\"");
        // CSRF stays on
        mvc.perform(post("/newsroom/articles").session(login("bientap")).param("title", "x")).andExpect(status().isForbidden());
    }

    @Test
    void theListFiltersByStateSectionAndTitle() throws Exception {
        MockHttpSession editor = login("bientap");
        long id = create(editor, "Hội nghị cán bộ chủ chốt lọc trạng thái", "Một đoạn.");
        move(editor, id, "SUBMIT");
        String review = page(editor, "/newsroom?state=REVIEW", 200);
        assertThat(review).contains("Hội nghị cán bộ chủ chốt lọc trạng thái").doesNotContain("Nghị quyết Trung ương 4 khóa XII</a>");
        assertThat(page(editor, "/newsroom?state=PUBLISHED", 200)).doesNotContain("Hội nghị cán bộ chủ chốt lọc trạng thái");
        assertThat(mvc.perform(get("/newsroom").session(editor).param("q", "hoi nghi can bo chu chot")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Hội nghị cán bộ chủ chốt lọc trạng thái");
        assertThat(mvc.perform(get("/newsroom").session(editor).param("section", section("chinh-tri")).param("q", "Hội nghị cán bộ"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Không có bài viết nào phù hợp.");
        assertThat(page(editor, "/newsroom?state=BOGUS&section=abc&trang=-4", 200)).contains("Tòa soạn");
    }

    @Test
    void hostileTitlesAndBodiesAreShownAsTextAndHugeOrEmptyOnesChangeNothing() throws Exception {
        MockHttpSession editor = login("bientap");
        long id = create(editor, "<script>alert('tieu-de')</script> Bài có mã độc",
                "Đoạn đầu <img src=x onerror=alert(1)>.\n\n<script>alert('than-bai')</script> Đoạn hai.");
        Article saved = articles.findById(id).orElseThrow();
        assertThat(saved.getSlug()).isEqualTo("script-alert-tieu-de-script-bai-co-ma-doc");
        assertThat(saved.getLead()).isEqualTo("Sapo của bài <script>alert('tieu-de')</script> Bài có mã độc");

        String editorPage = page(editor, "/newsroom/articles/" + id, 200);
        assertThat(editorPage).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        move(editor, id, "PUBLISH");
        String html = mvc.perform(get(publicPath(id))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert(", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(HtmlUtils.htmlUnescape(html)).contains("<strong>(BLC) -</strong> <span>Sapo của bài <script>");

        long before = articles.count();
        long revisionsBefore = revisions.count();
        String huge = "chữ ".repeat(262_144); // 1 MB
        String refused = mvc.perform(post("/newsroom/articles").session(editor).with(csrf()).param("sectionId", section("xa-hoi"))
                        .param("title", "Bài một megabyte").param("lead", "Sapo").param("body", huge).param("author", "PV"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Nội dung dài 1048575 ký tự, vượt giới hạn 100000 ký tự.");
        mvc.perform(post("/newsroom/articles/" + id).session(editor).with(csrf()).param("sectionId", section("xa-hoi"))
                .param("title", "Sửa").param("lead", "Sapo").param("body", huge).param("author", "PV")).andExpect(status().isOk());
        String empty = mvc.perform(post("/newsroom/articles").session(editor).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(empty).contains("Cần chọn chuyên mục cho bài viết.");
        String badSlug = mvc.perform(post("/newsroom/articles").session(editor).with(csrf()).param("sectionId", section("xa-hoi"))
                        .param("title", "Địa chỉ lạ").param("slug", "../../admin").param("lead", "Sapo").param("body", "Nội dung").param("author", "PV"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(badSlug)).contains("Địa chỉ bài viết chỉ gồm chữ thường không dấu");
        String taken = mvc.perform(post("/newsroom/articles").session(editor).with(csrf()).param("sectionId", section("xa-hoi"))
                        .param("title", "Trùng địa chỉ").param("slug", saved.getSlug()).param("lead", "Sapo").param("body", "Nội dung").param("author", "PV"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(taken)).contains("đã có bài với địa chỉ “" + saved.getSlug() + "”");
        assertThat(articles.count()).isEqualTo(before);
        assertThat(revisions.count()).isEqualTo(revisionsBefore);
        assertThat(articles.findById(id).orElseThrow().getTitle()).startsWith("<script>");
    }

    @Test
    void aSlugIsMadeFromTheVietnameseTitleAndNumberedWhenTaken() throws Exception {
        MockHttpSession editor = login("bientap");
        long first = create(editor, "Đảng bộ Sở Khoa học và Công nghệ ra quân", "Một.");
        long second = create(editor, "Đảng bộ Sở Khoa học và Công nghệ ra quân", "Hai.");
        assertThat(articles.findById(first).orElseThrow().getSlug()).startsWith("dang-bo-so-khoa-hoc-va-cong-nghe-ra-quan");
        assertThat(articles.findById(second).orElseThrow().getSlug()).isNotEqualTo(articles.findById(first).orElseThrow().getSlug())
                .matches("dang-bo-so-khoa-hoc-va-cong-nghe-ra-quan-\\d+");
    }

    @Test
    void everyStepRecordsWhoAndWhenAndReadersNoticeOnlyWhatTheySee() throws Exception {
        MockHttpSession editor = login("bientap");
        long id = create(editor, "Bài đi hết quy trình tòa soạn", "Đoạn một.\n\nĐoạn hai.");
        move(editor, id, "SUBMIT");
        assertThat(events.stream(PortalContentChanged.class).filter(e -> Long.valueOf(id).equals(e.articleId()))).isEmpty();

        String past = LocalDateTime.now(vn.dangbo.shared.VietnameseDates.ZONE).minusHours(1).withSecond(0).withNano(0).toString();
        mvc.perform(post("/newsroom/articles/" + id + "/transitions").session(editor).with(csrf()).param("action", "SCHEDULE").param("at", past))
                .andExpect(status().is3xxRedirection());
        assertThat(articles.findById(id).orElseThrow().getState()).isEqualTo(ArticleState.REVIEW);
        mvc.perform(post("/newsroom/articles/" + id + "/transitions").session(editor).with(csrf()).param("action", "SCHEDULE").param("at", "ngày mai"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/newsroom/articles/" + id + "/transitions").session(editor).with(csrf()).param("action", "DELETE_ALL"))
                .andExpect(status().is3xxRedirection());
        assertThat(articles.findById(id).orElseThrow().getState()).isEqualTo(ArticleState.REVIEW);

        move(editor, id, "PUBLISH");
        mvc.perform(post("/newsroom/articles/" + id).session(editor).with(csrf()).param("sectionId", section("xa-hoi"))
                .param("title", "Bài đi hết quy trình tòa soạn").param("slug", "doi-dia-chi-sau-khi-dang").param("lead", "Sapo đã sửa")
                .param("body", "Đoạn một.\n\nĐoạn hai đã sửa.").param("author", "Phóng viên Thử")).andExpect(status().is3xxRedirection());
        assertThat(articles.findById(id).orElseThrow().getSlug()).isEqualTo("bai-di-het-quy-trinh-toa-soan");
        move(editor, id, "WITHDRAW");
        mvc.perform(get(publicPath(id))).andExpect(status().isGone());
        mvc.perform(post("/newsroom/articles/" + id + "/corrections").session(editor).with(csrf())
                .param("wrong", "Bài ghi ngày họp là 12/6.").param("right", "Ngày họp đúng là 17/6.")).andExpect(status().is3xxRedirection());
        assertThat(events.stream(PortalContentChanged.class).filter(e -> Long.valueOf(id).equals(e.articleId())).count())
                .as("publish, edit of the published article, withdrawal, correction").isEqualTo(4);

        String history = HtmlUtils.htmlUnescape(page(editor, "/newsroom/articles/" + id, 200));
        assertThat(history).containsPattern("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d · bientap: Nháp → Chờ duyệt")
                .contains("bientap: Chờ duyệt → Đã đăng", "bientap: Đã đăng → Đã gỡ", "Bài đã gỡ được giữ nguyên")
                .doesNotContain("name=\"title\"");
        // a withdrawn article is kept unchanged
        mvc.perform(post("/newsroom/articles/" + id).session(editor).with(csrf()).param("sectionId", section("xa-hoi"))
                .param("title", "Sửa sau khi gỡ").param("lead", "Sapo").param("body", "Nội dung").param("author", "PV")).andExpect(status().isOk());
        assertThat(articles.findById(id).orElseThrow().getTitle()).isEqualTo("Bài đi hết quy trình tòa soạn");
        mvc.perform(get("/newsroom/articles/999999").session(editor)).andExpect(status().isNotFound());
        mvc.perform(get("/newsroom/articles/abc").session(editor)).andExpect(status().isBadRequest());
    }

    @Test
    void theRevisionsPageMarksInsertedAndDeletedWordsEscaped() throws Exception {
        MockHttpSession editor = login("bientap");
        long id = create(editor, "Đại hội bầu 9 đồng chí", "Đại hội diễn ra trong hai ngày.\n\nĐoạn giữ nguyên.");
        assertThat(page(editor, "/newsroom/articles/" + id + "/revisions", 200)).contains("Bài mới có một phiên bản");
        mvc.perform(post("/newsroom/articles/" + id).session(editor).with(csrf()).param("sectionId", section("xa-hoi"))
                .param("title", "Đại hội bầu 7 đồng chí").param("lead", "Sapo của bài Đại hội bầu 9 đồng chí")
                .param("body", "Đại hội diễn ra trong một ngày <b>đậm</b>.\n\nĐoạn giữ nguyên.").param("author", "Phóng viên Thử"))
                .andExpect(status().is3xxRedirection());
        String html = page(editor, "/newsroom/articles/" + id + "/revisions", 200);
        assertThat(html).contains("<del><span class=\"visually-hidden\">[bỏ:]</span>9</del><ins><span class=\"visually-hidden\">[thêm:]</span>7</ins>");
        assertThat(html).contains("<del><span class=\"visually-hidden\">[bỏ:]</span>hai</del>");
        assertThat(html).contains("<ins><span class=\"visually-hidden\">[thêm:]</span>một</ins>");
        assertThat(html).contains("&lt;b&gt;đậm&lt;/b&gt;").doesNotContain("<b>đậm</b>");
        assertThat(html).containsPattern("Phiên bản 2 · \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d · bientap");
        assertThat(page(editor, "/newsroom/articles/" + id + "/revisions?from=2&to=2", 200)).contains("Hai phiên bản giống hệt nhau.");
        assertThat(HtmlUtils.htmlUnescape(page(editor, "/newsroom/articles/" + id + "/revisions?from=1&to=99", 200))).contains("Bài viết không có phiên bản 99.");
    }

    @Test
    void photosAreCheckedByContentResizedAndServedWithSrcset() throws Exception {
        MockHttpSession editor = login("bientap");
        long id = create(editor, "Bài có ảnh tải lên", "Đoạn một.\n\nĐoạn hai.");
        long imagesBefore = images.count();

        String php = upload(editor, id, new MockMultipartFile("file", "shell.php.jpg", "image/jpeg",
                "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8)), "Mô tả", "Chú thích");
        assertThat(php).contains("Tệp không phải ảnh JPEG hoặc PNG");
        String bomb = upload(editor, id, new MockMultipartFile("file", "bom.png", "image/png", ImageResizerTests.pngHeader(20_000, 20_000)),
                "Mô tả", "Chú thích");
        assertThat(bomb).contains("20000 × 20000", "40 triệu điểm ảnh");
        byte[] jpeg = ImageResizerTests.image(2000, 1000, "jpg");
        assertThat(upload(editor, id, new MockMultipartFile("file", "a.jpg", "image/jpeg", jpeg), "", "Chú thích"))
                .contains("Ảnh cần có mô tả thay thế");
        assertThat(upload(editor, id, new MockMultipartFile("file", "a.jpg", "image/jpeg", jpeg), "Mô tả", " ")).contains("Ảnh cần có chú thích.");
        assertThat(images.count()).isEqualTo(imagesBefore);

        String ok = upload(editor, id, new MockMultipartFile("file", "../../../../etc/passwd.jpg", "image/jpeg", jpeg),
                "Hội trường đại hội với <b>phông</b> đỏ", "Quang cảnh hội nghị <script>x</script>");
        assertThat(ok).contains("Đã thêm ảnh vào bài.");
        PortalImage image = images.findAll().stream().filter(i -> i.getArticleId() == id).findFirst().orElseThrow();
        Path directory = Path.of(dataDir, "portal", "images", String.valueOf(image.getId()));
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("1600.jpg", "480.jpg", "960.jpg");
        }
        try (Stream<Path> all = Files.walk(Path.of(dataDir))) {
            assertThat(all.map(Path::toString)).noneMatch(p -> p.contains("passwd"));
        }

        String src = "/anh/" + image.getId() + "/960.jpg";
        mvc.perform(get(src)).andExpect(status().isNotFound()); // the article is not published yet
        move(editor, id, "PUBLISH");
        byte[] served = mvc.perform(get(src)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(served));
        assertThat(read.getWidth()).isEqualTo(960);
        assertThat(read.getHeight()).isEqualTo(480);
        mvc.perform(get("/anh/" + image.getId() + "/961.jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/anh/" + image.getId() + "/960.png")).andExpect(status().isNotFound());

        String html = mvc.perform(get(publicPath(id))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher figure = Pattern.compile("<figure>\\s*<img ([^>]+)>\\s*<figcaption>([^<]+)</figcaption>").matcher(html);
        assertThat(figure.find()).isTrue();
        assertThat(figure.group(1)).contains("srcset=\"/anh/" + image.getId() + "/480.jpg 480w, /anh/" + image.getId() + "/960.jpg 960w, /anh/"
                + image.getId() + "/1600.jpg 1600w\"", "sizes=\"", "alt=\"Hội trường đại hội với &lt;b&gt;phông&lt;/b&gt; đỏ\"");
        assertThat(figure.group(2)).isEqualTo("Quang cảnh hội nghị &lt;script&gt;x&lt;/script&gt;");
        // the demo's SVG drawings still show
        assertThat(mvc.perform(get("/chinh-tri/ra-mat-ban-chap-hanh-dang-bo-khoa-iv-gom-7-dong-chi")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("src=\"/img/portal/ban-chap-hanh-ra-mat.svg\"").doesNotContain("srcset");
        mvc.perform(get("/img/portal/ban-chap-hanh-ra-mat.svg")).andExpect(status().isOk());

        mvc.perform(post("/newsroom/articles/" + id + "/photos/0/remove").session(editor).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(articles.findById(id).orElseThrow().getPhotos()).isEmpty();
        mvc.perform(post("/newsroom/articles/" + id + "/photos/7/remove").session(editor).with(csrf())).andExpect(status().is3xxRedirection());
    }

    /** Uploads a photo and returns the message the editor sees after the redirect. */
    String upload(MockHttpSession editor, long id, MockMultipartFile file, String alt, String caption) throws Exception {
        var flash = mvc.perform(multipart("/newsroom/articles/" + id + "/photos").file(file).session(editor).with(csrf())
                .param("alt", alt).param("caption", caption).param("afterParagraph", "1")).andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap();
        return String.valueOf(flash.containsKey("flashError") ? flash.get("flashError") : flash.get("flash"));
    }

    @Test
    void aCorrectionShowsAboveTheBodyAndOnThePublicList() throws Exception {
        MockHttpSession editor = login("bientap");
        long id = create(editor, "Bài cần đính chính số liệu", "Đại hội bầu 9 đồng chí.\n\nĐoạn hai.");
        mvc.perform(post("/newsroom/articles/" + id + "/corrections").session(editor).with(csrf())
                .param("wrong", "Sai").param("right", "Đúng")).andExpect(status().is3xxRedirection());
        assertThat(HtmlUtils.htmlUnescape(page(editor, "/newsroom/articles/" + id, 200))).contains("Chỉ đính chính bài đã đăng");
        move(editor, id, "PUBLISH");
        mvc.perform(post("/newsroom/articles/" + id + "/corrections").session(editor).with(csrf()).param("wrong", " ").param("right", "Đúng"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/newsroom/articles/" + id + "/corrections").session(editor).with(csrf())
                .param("wrong", "Bài viết ghi Ban Chấp hành gồm 9 đồng chí <script>x</script>.")
                .param("right", "Ban Chấp hành khóa IV gồm 7 đồng chí.")).andExpect(status().is3xxRedirection());

        String article = mvc.perform(get(publicPath(id))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(article).contains("Thông tin cải chính, xin lỗi", "Ban Chấp hành khóa IV gồm 7 đồng chí.", "&lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>x</script>");
        assertThat(article.indexOf("Thông tin cải chính, xin lỗi")).isLessThan(article.indexOf("class=\"story-lead\""));
        assertThat(article.split("class=\"correction-item\"")).hasSize(2);

        String list = mvc.perform(get("/dinh-chinh")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("<a href=\"" + publicPath(id) + "\">Bài cần đính chính số liệu</a>", "Chuyên mục Xã hội",
                "Ban Chấp hành khóa IV gồm 7 đồng chí.");
        move(editor, id, "WITHDRAW");
        String after = mvc.perform(get("/dinh-chinh")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("<span>Bài cần đính chính số liệu</span>", "Bài này đã được gỡ khỏi trang.")
                .doesNotContain("href=\"" + publicPath(id) + "\"");
        assertThat(ReservedSlugs.isReserved("dinh-chinh")).isTrue();
    }
}
