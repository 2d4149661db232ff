package vn.dangbo.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.shared.VietnameseDates;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor writes a draft, sends it for review, schedules it, and the scheduled publication puts
 * it online; a reader sees it, then a correction above its body; the editor withdraws it and the
 * reader gets 410 while the correction stays listed.
 */
class NewsroomPageTests extends BrowserTestSupport {

    static final String TITLE = "Chi bộ Khoa học tổ chức sinh hoạt chuyên đề tháng 12";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext application;

    Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }

    @Test
    void anEditorWritesSchedulesPublishesCorrectsAndWithdrawsAnArticle() throws Exception {
        login("bientap");
        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.LINK, named("Tòa soạn")).first().click();
        assertThat(page).hasURL(url("/newsroom"));
        assertThat(page.locator("h1")).hasText("Tòa soạn");
        shot("newsroom-list-1280");

        page.getByRole(AriaRole.LINK, named("Viết bài mới")).click();
        page.getByLabel("Chuyên mục").selectOption(new SelectOption().setLabel("Xã hội"));
        page.getByLabel("Tác giả (ký cuối bài)").fill("Thu Hà");
        page.getByLabel("Tiêu đề").fill(TITLE);
        page.getByLabel("Sapo").fill("Chi bộ Khoa học vừa tổ chức buổi sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.");
        page.getByLabel("Nội dung").fill("Buổi sinh hoạt có 9 đảng viên tham dự.\n\nCác đảng viên thảo luận và đăng ký việc làm cụ thể cho năm tới.");
        page.getByLabel("Thẻ").fill("Sinh hoạt chi bộ, Học tập và làm theo Bác");
        shot("newsroom-editor-new-1280");
        page.getByRole(AriaRole.BUTTON, named("Lưu bản nháp")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu bài viết");
        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(page.getByLabel("Địa chỉ bài viết")).hasValue("chi-bo-khoa-hoc-to-chuc-sinh-hoat-chuyen-de-thang-12");
        long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        String path = "/xa-hoi/chi-bo-khoa-hoc-to-chuc-sinh-hoat-chuyen-de-thang-12";

        page.getByLabel("Tệp ảnh").setInputFiles(new com.microsoft.playwright.options.FilePayload("sinh-hoat.jpg", "image/jpeg",
                vn.dangbo.portal.ImageFixtures.jpeg(1800, 1000)));
        page.getByLabel("Mô tả thay thế (cho người không xem được ảnh)").fill("Hình tròn vàng trên nền đỏ");
        page.getByLabel("Chú thích ảnh").fill("Buổi sinh hoạt chuyên đề của Chi bộ Khoa học (ảnh minh họa).");
        page.getByRole(AriaRole.BUTTON, named("Tải ảnh lên")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm ảnh vào bài.");

        page.getByRole(AriaRole.BUTTON, named("Gửi duyệt")).click();
        assertThat(page.locator(".badge").first()).hasText("Chờ duyệt");

        String inAnHour = LocalDateTime.now(VietnameseDates.ZONE).plusHours(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        page.getByLabel("Ngày giờ đăng (giờ Việt Nam)").fill(inAnHour);
        page.getByRole(AriaRole.BUTTON, named("Lên lịch đăng")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lên lịch đăng bài.");
        assertThat(page.locator(".badge").first()).hasText("Đã lên lịch");
        assertThat(page.getByText("Sẽ đăng lúc")).containsText(inAnHour.substring(11));

        Page reader = context.browser().newPage();
        assertThat(reader.navigate(url(path)).status()).isEqualTo(404);

        // the hour passes while the server is down; at start-up it publishes what fell due
        jdbc.update("update portal_article set published_at = published_at - interval '2' hour where id = ?", id);
        ((ApplicationRunner) application.getBean("scheduledPublication")).run(new DefaultApplicationArguments());
        assertThat(reader.navigate(url(path)).status()).isEqualTo(200);
        assertThat(reader.locator("h1")).hasText(TITLE);
        assertThat(reader.locator(".story-lead")).containsText("(BLC) - Chi bộ Khoa học vừa tổ chức");
        assertThat(reader.locator(".byline")).hasText("Thu Hà");

        page.reload();
        assertThat(page.locator(".badge").first()).hasText("Đã đăng");
        assertThat(page.getByText("lịch đăng tự động: Đã lên lịch → Đã đăng")).isVisible();
        assertThat(page.getByLabel("Địa chỉ bài viết")).not().isEditable();

        // an edit of the published article, kept as a revision with its difference
        page.getByLabel("Nội dung").fill("Buổi sinh hoạt có 11 đảng viên tham dự.\n\nCác đảng viên thảo luận và đăng ký việc làm cụ thể cho năm tới.");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu bài viết");
        page.getByRole(AriaRole.LINK, named("Phiên bản (2)")).click();
        assertThat(page.locator(".revision-diff .diff-body del")).hasText("[bỏ:]9");
        assertThat(page.locator(".revision-diff .diff-body ins")).hasText("[thêm:]11");
        shot("newsroom-revisions-1280");
        page.getByRole(AriaRole.LINK, named("← Về bài viết")).click();

        page.getByLabel("Thông tin đã đăng sai").fill("Bài viết ghi buổi sinh hoạt có 9 đảng viên tham dự.");
        page.getByLabel("Thông tin đúng", new Page.GetByLabelOptions().setExact(true)).fill("Buổi sinh hoạt có 11 đảng viên tham dự.");
        page.getByRole(AriaRole.BUTTON, named("Đăng đính chính")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã đăng thông tin cải chính");

        reader.navigate(url(path));
        assertThat(reader.locator(".correction-notice h2")).hasText("Thông tin cải chính, xin lỗi");
        assertThat(reader.locator(".correction-notice")).containsText("Buổi sinh hoạt có 11 đảng viên tham dự.");
        assertThat(reader.locator(".story-body p").nth(1)).hasText("Buổi sinh hoạt có 11 đảng viên tham dự.");
        assertThat(reader.locator("figure figcaption")).hasText("Buổi sinh hoạt chuyên đề của Chi bộ Khoa học (ảnh minh họa).");
        assertThat(reader.locator("figure img")).hasAttribute("srcset", java.util.regex.Pattern.compile("/anh/\\d+/480\\.jpg 480w, .*1600w"));
        Object loaded = reader.evaluate("() => { const img = document.querySelector('figure img'); img.loading = 'eager'; "
                + "return new Promise(r => img.complete ? r(img.naturalWidth) : img.onload = () => r(img.naturalWidth)); }");
        assertThat(((Number) loaded).intValue()).isPositive();
        reader.setViewportSize(360, 740);
        reader.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/reader-article-corrected-360.png")).setFullPage(true));
        reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thông tin cải chính")).click();
        assertThat(reader).hasURL(url("/dinh-chinh"));
        assertThat(reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE))).isVisible();

        useSmallScreen();
        page.reload();
        shot("newsroom-editor-360");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);

        page.getByRole(AriaRole.BUTTON, named("Gỡ bài")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã gỡ bài");
        assertThat(page.locator(".badge").first()).hasText("Đã gỡ");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Đăng ngay"))).hasCount(0);

        Response gone = reader.navigate(url(path));
        assertThat(gone.status()).isEqualTo(410);
        assertThat(reader.locator("h1")).hasText("Bài viết đã được gỡ");
        reader.navigate(url("/dinh-chinh"));
        assertThat(reader.locator(".corrections-list")).containsText(TITLE);
        assertThat(reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE))).hasCount(0);
        reader.close();

        page.navigate(url("/newsroom?state=WITHDRAWN"));
        assertThat(page.locator("table")).containsText(TITLE);
        shot("newsroom-list-360");
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }
}
