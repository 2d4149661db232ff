package vn.dangbo.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class LifecyclePageTests extends BrowserTestSupport {

    @Test
    void admitsAMemberThenRefusesRecognitionBeforeTwelveMonths() {
        LocalDate ceremony = LocalDate.now(vn.dangbo.shared.VietnameseDates.ZONE).minusMonths(3);
        login("bithu.dangbo");
        page.navigate(url("/members"));
        page.getByText("Kết nạp đảng viên").click();
        page.getByLabel("Họ và tên").fill("Hoàng Thị Ánh Dương");
        page.getByLabel("Ngày sinh").fill("1998-07-12");
        page.getByLabel("Giới tính").selectOption(new SelectOption().setLabel("Nữ"));
        page.getByLabel("Quê quán").fill("Lai Châu");
        page.getByLabel("Số CCCD").fill("012198004567");
        page.getByLabel("Chi bộ").selectOption(new SelectOption().setIndex(1));
        page.getByLabel("Trình độ chuyên môn").selectOption(new SelectOption().setLabel("Đại học"));
        page.getByLabel("Lý luận chính trị").selectOption(new SelectOption().setLabel("Sơ cấp"));
        page.getByLabel("Nghề nghiệp, chức vụ chính quyền").fill("Chuyên viên");
        page.getByLabel("Ngày vào Đảng").fill(ceremony.toString());
        page.getByLabel("Ngày quyết định").fill(ceremony.minusDays(10).toString());
        page.getByLabel("Số quyết định").fill("45-QĐ/ĐU");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        assertThat(page.locator("h1")).hasText("Hoàng Thị Ánh Dương");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã ghi nhận kết nạp");
        assertThat(page.locator(".timeline")).containsText("Kết nạp vào Đảng");

        page.getByText("Công nhận đảng viên chính thức").click();
        Locator form = page.locator("details[open] form");
        form.getByLabel("Ngày quyết định").fill(LocalDate.now(vn.dangbo.shared.VietnameseDates.ZONE).toString());
        form.getByLabel("Số quyết định").fill("46-QĐ/ĐU");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ghi nhận")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Chưa đủ 12 tháng dự bị");
        assertThat(page.locator(".badge").first()).hasText("Dự bị");
        screenshot("member-refused-recognition");
    }

    @Test
    void anInvalidAdmissionFormShowsWhatIsWrongAndSavesNothing() {
        login("bithu.dangbo");
        page.navigate(url("/members/new"));
        page.getByLabel("Họ và tên").fill("<img src=x onerror=alert(1)>");
        page.getByLabel("Ngày sinh").fill("2015-01-01");
        page.getByLabel("Số CCCD").fill("12345678901");
        // the browser's own checks would stop an empty form; a hostile client skips them
        page.evaluate("document.querySelector('main form').noValidate = true");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Thông tin chưa hợp lệ");
        assertThat(page.locator("#fullName-error")).containsText("Họ và tên");
        assertThat(page.getByText("Số CCCD phải gồm đúng 12 chữ số.")).isVisible();
        page.navigate(url("/members?q=img"));
        assertThat(page.getByText("Không có đảng viên nào phù hợp.")).isVisible();
    }
}
