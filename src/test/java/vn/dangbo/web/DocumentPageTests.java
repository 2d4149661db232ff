package vn.dangbo.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentPageTests extends BrowserTestSupport {

    @Test
    void aMemberSearchesByNumberAndWordsAndSeesTheHitsMarked() {
        useSmallScreen();
        login("dangvien");
        page.navigate(url("/so-tay"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Văn bản").setExact(true)).first().click();
        assertThat(page.locator("h1")).hasText("Thư viện văn bản");
        assertThat(page.locator("body")).not().containsText("31-TB/ĐU");
        screenshot("documents-360");

        page.getByLabel("Từ khóa hoặc số, ký hiệu").fill("04 nq tw");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm").setExact(true)).click();
        assertThat(page.locator(".document-hit").first().locator("mark").first()).hasText("04-NQ/TW");

        page.getByLabel("Từ khóa hoặc số, ký hiệu").fill("duong loi");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm").setExact(true)).click();
        assertThat(page.locator(".document-hit").first().locator("h2")).containsText("Nghị quyết Hội nghị lần thứ tư");
        assertThat(page.locator(".document-hit").first().locator("mark", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText("đường")).first()).isVisible();
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("documents-search-360");

        page.locator(".document-hit h2 a").first().click();
        assertThat(page.locator("h1")).containsText("Nghị quyết Hội nghị lần thứ tư");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("document-360");
    }

    @Test
    void theCommitteeAddsADocumentAndBadInputIsRefused() {
        page.setViewportSize(1280, 900);
        login("bithu.dangbo");
        page.navigate(url("/documents"));
        assertThat(page.locator("body")).containsText("31-TB/ĐU");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm văn bản")).click();
        page.getByLabel("Loại văn bản").selectOption("NOTICE");
        page.getByLabel("Số, ký hiệu").fill("<b>1</b>");
        page.getByLabel("Ngày ban hành").fill("2024-05-06");
        page.getByLabel("Cơ quan ban hành").fill("Chi bộ 1");
        page.getByLabel("Trích yếu").fill("Thông báo lịch sinh hoạt <script>alert(1)</script>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.locator(".alert-danger")).containsText("Chưa lưu văn bản: số, ký hiệu");
        screenshot("document-form-error");

        page.getByLabel("Số, ký hiệu").fill("12-TB/CB");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu văn bản.");
        assertThat(page.locator("h1")).hasText("Thông báo lịch sinh hoạt <script>alert(1)</script>");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        page.getByLabel("Tệp PDF hoặc DOCX").setInputFiles(new FilePayload("../nghi-quyet.pdf", "application/pdf",
                "MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải tệp lên")).click();
        assertThat(page.locator(".alert-danger")).hasText("Tệp không phải là PDF hợp lệ.");
        page.getByLabel("Tệp PDF hoặc DOCX").setInputFiles(new FilePayload("lon.pdf", "application/pdf", new byte[21 * 1024 * 1024]));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải tệp lên")).click();
        assertThat(page.locator(".alert-danger")).hasText("Tệp tải lên quá lớn: mỗi tệp tối đa 20 MB.");
        assertThat(page.locator("h1")).hasText("Thông báo lịch sinh hoạt <script>alert(1)</script>");
        assertThat(page.locator("body")).containsText("Chưa có tệp đính kèm.");
        screenshot("document-committee");
    }
}
