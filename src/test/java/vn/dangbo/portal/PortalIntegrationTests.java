package vn.dangbo.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PortalIntegrationTests {

    static final String TW4 = "/chinh-tri/100-dang-vien-dang-bo-hoc-tap-quan-triet-nghi-quyet-trung-uong-4-khoa-xii";

    @Autowired
    MockMvc mvc;
    @Autowired
    NewsDesk desk;
    @Autowired
    PortalReader reader;
    @Autowired
    Articles articles;
    @Autowired
    Sections sections;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ArticleTransitions transitions;
    @Autowired
    Corrections corrections;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    String page(String path, int status) throws Exception {
        byte[] body = mvc.perform(get(path)).andExpect(status().is(status)).andReturn().getResponse().getContentAsByteArray();
        return HtmlUtils.htmlUnescape(new String(body, StandardCharsets.UTF_8));
    }

    long draft(String section, String title) {
        return desk.draft(new NewArticle(section, title, "Sapo của bài " + title + ".", "Đoạn một.\n\nĐoạn hai.",
                "Phóng viên", List.of(), List.of("Thử nghiệm")));
    }

    @Test
    void theArticlePageReadsAsTheAgencyPublishesIt() throws Exception {
        String html = page(TW4, 200);
        assertThat(html).containsPattern("Thứ (hai|ba|tư|năm|sáu|bảy), \\d\\d/\\d\\d/\\d{4}, \\d\\d:\\d\\d \\[GMT\\+7\\]|Chủ nhật, \\d\\d/\\d\\d/\\d{4}, \\d\\d:\\d\\d \\[GMT\\+7\\]");
        assertThat(html).contains("Thứ năm, 28/05/2020 - 22:16'");
        assertThat(html).containsPattern("<strong>\\(BLC\\) -</strong> <span>Sau bốn năm");
        assertThat(html).contains("<figcaption>Đảng viên các chi bộ học tập Nghị quyết Trung ương 4 khóa XII (ảnh minh họa).</figcaption>");
        assertThat(html.indexOf("class=\"byline\">Ngọc Lan<")).isGreaterThan(html.indexOf("<figcaption>"));
        assertThat(html).contains(">Bình luận</h2>", "Hiện tại chưa có bình luận", ">Viết bình luận</h3>", ">Tin liên quan</h2>");
        assertThat(html).containsPattern("<li>\\s*<h3><a href=\"/chinh-tri/[a-z0-9-]+\">[^<]+</a></h3>\\s*<p>[^<]+\\.\\.\\.</p>");
        assertThat(html).contains("<link rel=\"canonical\" href=\"http://localhost" + TW4 + "\">");
        assertThat(html).contains("<meta property=\"og:title\" content=\"100% đảng viên Đảng bộ học tập, quán triệt Nghị quyết Trung ương 4 khóa XII\">");
        assertThat(html).contains("<meta property=\"og:image\" content=\"http://localhost/img/portal/hoc-tap-nghi-quyet.svg\">");
    }

    @Test
    void theStructuredDataCarriesTheVietnameseOffset() throws Exception {
        String html = new String(mvc.perform(get(TW4)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();
        String json = script.group(1);
        assertThat(json).contains("\"@type\":\"NewsArticle\"", "\"datePublished\":\"2020-05-28T22:16:00+07:00\"",
                "\"dateModified\":\"2020-05-28T22:16:00+07:00\"", "\"author\":[{\"@type\":\"Person\",\"name\":\"Ngọc Lan\"}]");
        assertThat(json).doesNotContain("<");
        assertThat(json).containsPattern("\"date(Published|Modified)\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00\"");
        assertThat(JsonLdCheck.balanced(json)).isTrue();
    }

    @Test
    void draftsReviewsScheduledAndWithdrawnArticlesNeverReachReaders() throws Exception {
        long draft = draft("xa-hoi", "Bản nháp chưa duyệt số một");
        long review = draft("xa-hoi", "Bài đang chờ duyệt số hai");
        desk.submitForReview(review);
        long scheduled = draft("xa-hoi", "Bài hẹn giờ năm sau số ba");
        desk.schedule(scheduled, Instant.now().plus(Duration.ofDays(365)));
        long withdrawn = draft("xa-hoi", "Bài đã gỡ xuống số bốn");
        desk.publish(withdrawn);
        assertThat(page("/xa-hoi/bai-da-go-xuong-so-bon", 200)).contains("Bài đã gỡ xuống số bốn");
        desk.withdraw(withdrawn);

        for (String path : List.of("/", "/xa-hoi", "/tag/thu-nghiem", "/sitemap.xml", "/rss/xa-hoi.xml", "/tim-kiem?q=số")) {
            // the tag page is 404 while no published article carries the tag
            String html = HtmlUtils.htmlUnescape(mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(html).as(path).doesNotContain("Bản nháp chưa duyệt", "Bài đang chờ duyệt", "Bài hẹn giờ năm sau", "Bài đã gỡ xuống");
        }
        page("/xa-hoi/ban-nhap-chua-duyet-so-mot", 404);
        page("/xa-hoi/bai-dang-cho-duyet-so-hai", 404);
        page("/xa-hoi/bai-hen-gio-nam-sau-so-ba", 404);
        assertThat(page("/xa-hoi/bai-da-go-xuong-so-bon", 410)).contains("Bài viết đã được gỡ");
        assertThat(page("/xa-hoi/khong-co-bai-nay", 404)).contains("Không tìm thấy trang");
        assertThat(articles.findById(withdrawn)).get().extracting(Article::getState).isEqualTo(ArticleState.WITHDRAWN);
    }

    @Test
    void aScheduledArticleIsPublishedWhenItsTimeComesAndNotBefore() {
        Instant at = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);
        long id = draft("kinh-te", "Bài hẹn giờ cho đồng hồ cố định");
        desk.schedule(id, at);

        ScheduledPublication early = new ScheduledPublication(articles, transitions, events, Clock.fixed(at.minusSeconds(60), VietnameseZone.ZONE));
        assertThat((Integer) transaction.execute(status -> early.publishDue())).isZero();
        assertThat(articles.findById(id)).get().extracting(Article::getState).isEqualTo(ArticleState.SCHEDULED);

        ScheduledPublication onTime = new ScheduledPublication(articles, transitions, events, Clock.fixed(at.plusSeconds(30), VietnameseZone.ZONE));
        assertThat((Integer) transaction.execute(status -> onTime.publishDue())).isEqualTo(1);
        Article published = articles.findById(id).orElseThrow();
        assertThat(published.getState()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(published.getPublishedAt()).isEqualTo(at);

        PortalReader then = new PortalReader(sections, articles, corrections, Clock.fixed(at.plusSeconds(30), VietnameseZone.ZONE));
        assertThat(then.article("kinh-te", "bai-hen-gio-cho-dong-ho-co-dinh").outcome()).isEqualTo(ArticleLookup.Outcome.FOUND);
        // readers today still do not see it: its publication time is in the future
        assertThat(reader.article("kinh-te", "bai-hen-gio-cho-dong-ho-co-dinh").outcome()).isEqualTo(ArticleLookup.Outcome.NOT_FOUND);
        assertThat((Integer) transaction.execute(status -> onTime.publishDue())).isZero();
    }

    @Test
    void feedsAndTheSitemapAreWellFormedXml() throws Exception {
        var rss = mvc.perform(get("/rss/chinh-tri.xml")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(rss.getContentType()).startsWith("application/rss+xml");
        Document feed = parse(rss.getContentAsByteArray());
        assertThat(feed.getDocumentElement().getTagName()).isEqualTo("rss");
        assertThat(feed.getElementsByTagName("item").getLength()).isGreaterThanOrEqualTo(4);
        assertThat(feed.getElementsByTagName("description").item(1).getTextContent()).startsWith("(BLC) -");

        Document sitemap = parse(mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        var locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new java.util.ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertThat(urls).contains("http://localhost/", "http://localhost/chinh-tri", "http://localhost" + TW4);
        assertThat(sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "lastmod").item(0).getTextContent()).endsWith("+07:00");
        mvc.perform(get("/rss/khong-co.xml")).andExpect(status().isNotFound());
    }

    @Test
    void searchIgnoresDiacriticsAndRanksExactMatchesFirst() {
        desk.publish(draft("xa-hoi", "Mở rộng con đường vào thôn"));
        desk.publish(draft("xa-hoi", "Trồng hàng cây dương ven biển"));
        assertThat(reader.search("dương").stream().map(ArticleSummary::title).toList())
                .startsWith("Trồng hàng cây dương ven biển").contains("Mở rộng con đường vào thôn");
        assertThat(reader.search("đường").getFirst().title()).isEqualTo("Mở rộng con đường vào thôn");
        assertThat(reader.search("NGHI QUYET TRUNG UONG").stream().map(ArticleSummary::title))
                .contains("100% đảng viên Đảng bộ học tập, quán triệt Nghị quyết Trung ương 4 khóa XII");
        assertThat(reader.search("   ")).isEmpty();
    }

    @Test
    void publicPagesNeedNoLoginWhileTheRestStaysBehindIt() throws Exception {
        page("/", 200);
        page("/chinh-tri", 200);
        page("/chinh-tri?trang=2", 200);
        page("/tag/dai-hoi-dang", 200);
        page("/tim-kiem?q=dai+hoi", 200);
        mvc.perform(get("/css/portal.css")).andExpect(status().isOk());
        mvc.perform(get("/img/portal/dai-hoi-lan-thu-iv.svg")).andExpect(status().isOk());
        mvc.perform(get("/members")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/organization")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/khong-phai-chuyen-muc")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/chinh-tri").with(csrf())).andExpect(redirectedUrl("/login"));
        String home = page("/", 200);
        assertThat(home).contains("Chính trị", "Kinh tế", "Xã hội", "Khoa học – Công nghệ", "Đọc nhiều");
        assertThat(home).doesNotContain("Quản trị");
    }

    @Test
    void sectionsMayNotTakeTheApplicationsOwnAddresses() {
        for (String name : List.of("Members", "Tìm kiếm", "Sổ tay", "Newsroom", "RSS", "Statistics")) {
            assertThatThrownBy(() -> desk.createSection(name, 9)).as(name).isInstanceOf(PortalException.class);
        }
        assertThatThrownBy(() -> new Photo("/img/portal/x.svg", " ", "Chú thích", 0)).isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> new Photo("/img/portal/x.svg", "Mô tả", "", 0)).isInstanceOf(PortalException.class);
    }

    @Test
    void everyTopLevelRouteOfTheApplicationIsAReservedSlug(
            @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
            org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings) {
        List<String> firstSegments = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> !e.getValue().getBeanType().getPackageName().startsWith("vn.dangbo.portal"))
                .flatMap(e -> e.getKey().getPatternValues().stream())
                .map(pattern -> pattern.replaceFirst("^/", "").split("/")[0])
                .filter(segment -> !segment.isEmpty() && !segment.startsWith("{") && !segment.contains("."))
                .distinct().toList();
        assertThat(firstSegments).isNotEmpty().allMatch(ReservedSlugs::isReserved);
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Braces and brackets outside strings balance: a cheap well-formedness check of the JSON. */
    static final class JsonLdCheck {
        static boolean balanced(String json) {
            int depth = 0;
            boolean inString = false;
            for (int i = 0; i < json.length(); i++) {
                char c = json.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                    if (depth < 0) {
                        return false;
                    }
                }
            }
            return depth == 0 && !inString;
        }
    }

    static final class VietnameseZone {
        static final java.time.ZoneId ZONE = vn.dangbo.shared.VietnameseDates.ZONE;
    }
}
