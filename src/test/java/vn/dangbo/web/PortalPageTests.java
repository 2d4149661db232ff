package vn.dangbo.web;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class PortalPageTests extends BrowserTestSupport {

    static final String TW4 = "/chinh-tri/100-dang-vien-dang-bo-hoc-tap-quan-triet-nghi-quyet-trung-uong-4-khoa-xii";

    @Test
    void aReaderFindsAndReadsAnArticleOnAPhoneWithoutLoggingIn() {
        useSmallScreen();
        page.navigate(url("/"));
        assertThat(page.locator(".today")).containsText("[GMT+7]");
        page.getByRole(AriaRole.NAVIGATION, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Chuyên mục"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Chính trị")).click();
        assertThat(page).hasURL(url("/chinh-tri"));
        assertThat(page.locator("h1")).hasText("Chính trị");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("100% đảng viên Đảng bộ học tập, quán triệt Nghị quyết Trung ương 4 khóa XII")).click();
        assertThat(page).hasURL(url(TW4));
        assertThat(page.locator("h1")).hasText("100% đảng viên Đảng bộ học tập, quán triệt Nghị quyết Trung ương 4 khóa XII");
        assertThat(page.locator(".story-meta .date")).hasText("Thứ năm, 28/05/2020 - 22:16'");
        assertThat(page.locator(".story-lead")).containsText("(BLC) - Sau bốn năm");
        assertThat(page.locator("figure figcaption")).hasText("Đảng viên các chi bộ học tập Nghị quyết Trung ương 4 khóa XII (ảnh minh họa).");
        assertThat(page.locator(".byline")).hasText("Ngọc Lan");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Bình luận").setExact(true))).isVisible();
        assertThat(page.getByText("Hiện tại chưa có bình luận")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Viết bình luận"))).isVisible();
        assertThat(page.locator(".related li p").allTextContents()).isNotEmpty().allMatch(lead -> lead.endsWith("..."));
        // nothing wider than the phone's screen
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        screenshot("portal-article-360");

        double before = fontSize();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Tăng cỡ chữ")).click();
        assertThat(fontSize()).isGreaterThan(before);
        page.reload();
        assertThat(fontSize()).isGreaterThan(before);
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Cỡ chữ mặc định")).click();
        assertThat(fontSize()).isEqualTo(before);
    }

    private double fontSize() {
        return ((Number) page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.story-body p')).fontSize)")).doubleValue();
    }

    @Test
    void homeSectionAndArticlePagesHaveNoSeriousAccessibilityViolationAndStayLight() {
        for (String path : List.of("/", "/chinh-tri", TW4)) {
            for (boolean small : List.of(false, true)) {
                if (small) {
                    useSmallScreen();
                } else {
                    page.setViewportSize(1280, 900);
                }
                List<Response> responses = new ArrayList<>();
                page.onResponse(responses::add);
                page.navigate(url(path));
                page.waitForLoadState();
                assertThat(seriousAccessibilityViolations()).as(path).isEmpty();
                long bytes = responses.stream()
                        .filter(r -> !r.headers().getOrDefault("content-type", "").startsWith("image/"))
                        .mapToLong(r -> r.body().length).sum();
                assertThat(bytes).as(path + " without images").isLessThanOrEqualTo(100 * 1024);
                String name = path.equals("/") ? "home" : path.equals(TW4) ? "article" : "section";
                screenshot("portal-" + name + (small ? "-360" : "-1280"));
                page.offResponse(responses::add);
            }
        }
    }

    @Test
    void staffSeeTheAdministrationLinkAndAWithdrawnOrUnknownPageSaysSo() {
        page.navigate(url("/chinh-tri/khong-co-bai-nay"));
        assertThat(page.locator("h1")).hasText("Không tìm thấy trang");
        login("bithu.dangbo");
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Quản trị")).click();
        assertThat(page).hasURL(url("/organization"));
    }
}
