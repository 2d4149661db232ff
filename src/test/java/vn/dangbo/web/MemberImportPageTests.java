package vn.dangbo.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;
import vn.dangbo.members.MemberWorkbooks;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.members.MemberWorkbooks.goodRow;
import static vn.dangbo.members.MemberWorkbooks.with;

/** The answer never comes with the upload here, so the page's polling script is what shows it. */
@TestPropertySource(properties = "dangbo.import.wait-in-request=0s")
class MemberImportPageTests extends BrowserTestSupport {

    @TempDir
    Path dir;

    @Test
    void aBadRowIsReportedAndSavesNothingThenTheFixedFileIsImported() throws IOException {
        login("bithu.dangbo");
        String before = memberCountShown();
        Object[] tuan = goodRow("Đinh Văn Tuấn", "036085900001", "49000001");
        Object[] uyen = with(goodRow("Đinh Thị Uyên", "036185900002", "49000002"), "Giới tính (Nam/Nữ)", "Nữ");

        upload(MemberWorkbooks.write(dir, "sai.xlsx", List.of(tuan, with(uyen, "Ngày sinh (dd/MM/yyyy)", "31/02/1985"))));

        assertThat(page.locator(".alert-danger")).containsText("Chưa lưu dòng nào");
        assertThat(page.locator("table tbody tr")).hasCount(1);
        assertThat(page.locator("table tbody tr")).containsText("3");
        assertThat(page.locator("table tbody tr")).containsText("B – Ngày sinh");
        assertThat(page.locator("table tbody tr")).containsText("\"31/02/1985\" không phải ngày dạng dd/MM/yyyy");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("import-problems");
        useSmallScreen();
        screenshot("import-problems-360");
        assertThat(memberCountShown()).isEqualTo(before);

        page.setViewportSize(1280, 800);
        upload(MemberWorkbooks.write(dir, "dung.xlsx", List.of(tuan, uyen)));

        assertThat(page.locator(".alert-success")).containsText("Đã nhập 2 đảng viên.");
        page.navigate(url("/members"));
        page.getByLabel("Tìm theo tên, số CCCD, số thẻ").fill("dinh thi uyen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc")).click();
        assertThat(page.locator("table tbody")).containsText("Đinh Thị Uyên");
    }

    @Test
    void theImportPageOffersTheTemplateAndFitsASmallScreen() {
        login("bithu.dangbo");
        page.navigate(url("/members/import"));

        assertThat(page.locator("h1")).hasText("Nhập đảng viên từ tệp Excel");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải tệp mẫu (.xlsx)"))).isVisible();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("import");
        useSmallScreen();
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("nothing runs past a 360 px screen").isLessThanOrEqualTo(360);
        screenshot("import-360");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsSent() throws IOException {
        Path large = dir.resolve("lon.xlsx");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024);
        }
        login("bithu.dangbo");
        page.navigate(url("/members/import"));
        page.getByLabel("Tệp danh sách đảng viên (.xlsx)").setInputFiles(large);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra và nhập")).click();

        assertThat(page.locator("#file-error")).containsText("Tệp tải lên quá lớn");
        assertThat(page).hasURL(url("/members/import"));
    }

    private void upload(Path file) {
        page.navigate(url("/members/import"));
        page.getByLabel("Tệp danh sách đảng viên (.xlsx)").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra và nhập")).click();
        page.waitForURL("**/members/import/*");
    }

    private String memberCountShown() {
        page.navigate(url("/members"));
        return page.locator("p[role=status]").textContent();
    }
}
