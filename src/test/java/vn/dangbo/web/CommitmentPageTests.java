package vn.dangbo.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class CommitmentPageTests extends BrowserTestSupport {

    @Test
    void aMemberSignsTheCommitmentAndTheCommitteeRewordsIt() {
        useSmallScreen();
        login("dangvien");
        page.navigate(url("/commitments"));
        assertThat(page.locator("article")).containsText("Bản cam kết tu dưỡng, rèn luyện, phấn đấu");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tôi đã đọc và cam kết thực hiện")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã ghi nhận bản cam kết năm");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tôi đã đọc và cam kết thực hiện"))).hasCount(0);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("commitment-360");

        context.clearCookies();
        page.setViewportSize(1280, 900);
        login("bithu.dangbo");
        page.navigate(url("/commitments"));
        assertThat(page.locator("body")).containsText("Chưa ký bản cam kết");
        assertThat(page.locator("ul").last()).not().containsText("Nguyễn Văn An");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa mẫu bản cam kết")).click();
        page.getByLabel("Nội dung").fill("");
        page.getByLabel("Nội dung").fill("<script>alert('x')</script> Giữ gìn phẩm chất.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu mẫu bản cam kết");
        assertThat(page.locator("article h2")).hasText("Bản cam kết tu dưỡng, rèn luyện, phấn đấu");
        // shown as text, never run
        assertThat(page.locator("article")).containsText("<script>alert('x')</script> Giữ gìn phẩm chất.");
        screenshot("commitment-committee");
    }
}
