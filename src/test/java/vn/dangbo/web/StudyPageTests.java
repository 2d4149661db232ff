package vn.dangbo.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.Standing;
import vn.dangbo.shared.Viewer;

import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class StudyPageTests extends BrowserTestSupport {

    static final String CELL_2 = "Chi bộ 2 – Quản lý khoa học và công nghệ";
    static final String TITLE = "Học tập Kết luận 21-KL/TW tại Chi bộ 2";

    @Autowired
    MemberRegistry registry;

    @Test
    void aMemberMarksStudiedWithAReflectionAndTheCommitteeSeesTheNewFigure() {
        page.setViewportSize(1280, 900);
        login("bithu.dangbo");
        page.navigate(url("/study"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm đợt học tập")).click();
        page.getByLabel("Tên đợt học tập").fill(TITLE);
        page.getByLabel("Nội dung, yêu cầu").fill("Mỗi đảng viên viết bài thu hoạch không quá hai trang.");
        page.getByLabel("21-KL/TW").first().check();
        page.getByLabel("Các chi bộ được chọn").check();
        page.getByLabel(CELL_2).check();
        screenshot("study-form-desktop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu đợt học tập.");
        assertThat(page.locator("h1")).hasText(TITLE);
        String campaignUrl = page.url();
        int expected = (int) registry.all(MemberQuery.all(), new Viewer("t", Set.of(Viewer.ADMIN), null, null)).stream()
                .filter(m -> m.cellName().equals(CELL_2) && m.standing().onRolls() && m.standing() != Standing.EXEMPT).count();
        assertThat(page.locator(".study-figure")).containsText("0/" + expected + " đảng viên đã học tập");

        context.clearCookies();
        useSmallScreen();
        login("dangvien");
        page.navigate(url("/so-tay"));
        assertThat(page.locator(".my-study")).containsText(TITLE);
        assertThat(page.locator(".my-study")).containsText("Chưa học tập");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
        assertThat(page.locator("#my-study")).containsText("Bạn chưa đánh dấu đã học tập đợt này.");
        page.getByLabel("Bài thu hoạch (không bắt buộc)").fill("<script>alert('x')</script> Tôi nhận thức rõ trách nhiệm nêu gương.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đánh dấu đã học tập")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã ghi nhận: bạn đã học tập.");
        assertThat(page.locator("#my-study")).containsText("Đã học tập lúc");
        // shown as text, never run
        assertThat(page.locator("#my-study .reflection-text")).hasText("<script>alert('x')</script> Tôi nhận thức rõ trách nhiệm nêu gương.");
        // the form to change it stays folded under its summary
        assertThat(page.locator("details.study-update summary")).hasText("Cập nhật bài thu hoạch");
        assertThat(page.getByLabel("Bài thu hoạch (không bắt buộc)")).isHidden();
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("study-member-360");

        context.clearCookies();
        login("bithu.dangbo");
        page.navigate(campaignUrl);
        assertThat(page.locator(".study-figure")).containsText((100 / expected) + "%");
        assertThat(page.locator(".study-figure")).containsText("1/" + expected + " đảng viên đã học tập");
        assertThat(page.locator(".pending-list")).not().containsText("Nguyễn Văn An");
        assertThat(page.locator("details.reflection")).containsText("Nguyễn Văn An");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("study-committee-360");
        page.setViewportSize(1280, 900);
        screenshot("study-committee-desktop");

        page.navigate(url("/study"));
        assertThat(page.locator(".study-list")).containsText(TITLE);
        assertThat(page.locator(".study-list")).containsText("Nghị quyết Trung ương 4 khóa XII");
        screenshot("study-list-desktop");
    }
}
