package vn.dangbo.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class SelfAssessmentPageTests extends BrowserTestSupport {

    @Test
    void aMemberFillsTheTwentySevenManifestationsOnAPhone() {
        useSmallScreen();
        login("dangvien");
        page.navigate(url("/self-assessment"));
        assertThat(page.locator("h1")).containsText("Tự đánh giá năm");
        Locator manifestations = page.locator("fieldset.manifestation");
        assertThat(manifestations).hasCount(27);

        for (int i = 0; i < 27; i++) {
            manifestations.nth(i).getByLabel("Không có").check();
        }
        Locator bureaucracy = manifestations.filter(new Locator.FilterOptions().setHasText("2.5. Quan liêu"));
        bureaucracy.getByLabel("Có phần").check();
        // a present manifestation without a remedy is refused, and what was typed stays on the page
        bureaucracy.getByLabel("Ghi chú").fill("Ít xuống cơ sở <script>alert(1)</script>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp bản tự đánh giá")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("2.5: có biểu hiện thì cần ghi biện pháp khắc phục");
        assertThat(bureaucracy.getByLabel("Ghi chú")).hasValue("Ít xuống cơ sở <script>alert(1)</script>");

        bureaucracy.getByLabel("Biện pháp khắc phục").fill("Mỗi tháng xuống một đơn vị cơ sở");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp bản tự đánh giá")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu bản tự đánh giá năm");
        assertThat(bureaucracy.getByLabel("Có phần")).isChecked();
        assertThat(bureaucracy.getByLabel("Biện pháp khắc phục")).hasValue("Mỗi tháng xuống một đơn vị cơ sở");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("self-assessment-360");
    }

    @Test
    void theCommitteeSeesTheSummaryAndAMemberIsRefused() {
        login("bithu.dangbo");
        page.navigate(url("/self-assessment/summary"));
        assertThat(page.locator("h1")).hasText("Tổng hợp tự đánh giá năm " + java.time.Year.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("3.9");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("self-assessment-summary");

        context.clearCookies();
        login("dangvien");
        var response = page.navigate(url("/self-assessment/summary"));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void myHandbookShowsTheMembersCardAndThisYearsDuties() {
        useSmallScreen();
        login("dangvien");
        page.navigate(url("/so-tay"));

        assertThat(page.locator("h1")).hasText("Sổ tay đảng viên");
        assertThat(page.locator("article").first()).containsText("Nguyễn Văn An");
        assertThat(page.locator("article").first()).containsText("Chi bộ 2 – Quản lý khoa học và công nghệ");
        assertThat(page.locator("article").nth(1)).containsText("Bản cam kết năm");
        assertThat(page.locator("article").nth(2)).containsText("Tự đánh giá năm");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("so-tay-360");
    }
}
