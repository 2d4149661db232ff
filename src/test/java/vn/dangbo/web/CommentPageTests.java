package vn.dangbo.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.portal.CommentBox;
import vn.dangbo.portal.NewArticle;
import vn.dangbo.portal.NewComment;
import vn.dangbo.portal.NewsDesk;

import java.nio.file.Paths;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class CommentPageTests extends BrowserTestSupport {

    static final String TITLE = "Chi bộ 2 sinh hoạt chuyên đề về học tập và làm theo Bác";
    static final String PATH = "/xa-hoi/chi-bo-2-sinh-hoat-chuyen-de-ve-hoc-tap-va-lam-theo-bac";

    @Autowired
    NewsDesk desk;
    @Autowired
    CommentBox commentBox;

    void shoot(Locator part, String name) {
        part.screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target/screenshots/" + name + ".png")));
    }

    @Test
    void aReadersCommentStaysHiddenUntilAModeratorApprovesItInTheQueue() {
        long id = desk.draft(new NewArticle("xa-hoi", TITLE,
                "Chi bộ 2 tổ chức sinh hoạt chuyên đề, mỗi đảng viên đăng ký một việc làm theo Bác trong năm.",
                "Buổi sinh hoạt có đủ đảng viên của chi bộ.\n\nCác đảng viên trao đổi về việc làm cụ thể.", "Minh Châu",
                List.of(), List.of()));
        desk.publish(id);

        useSmallScreen();
        page.navigate(url(PATH));
        Locator comments = page.locator("section.comments");
        assertThat(comments.getByText("Hiện tại chưa có bình luận")).isVisible();
        assertThat(comments.locator(".comment-count")).hasText("0 bình luận");
        // the honeypot is neither seen nor offered to a screen reader
        assertThat(page.locator("#c-website")).isHidden();
        assertThat(page.getByLabel("Để trống ô này")).isHidden();
        page.getByLabel("Họ và tên").fill("Phạm Thu Hà");
        page.getByLabel("Email (không hiển thị công khai)").fill("thuha.pham@example.vn");
        page.getByLabel("Nội dung bình luận").fill("Mong chi bộ chia sẻ thêm cách theo dõi việc đăng ký.\n<b>Cảm ơn!</b>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi bình luận")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bình luận của bạn đang chờ duyệt");
        assertThat(comments.getByText("Hiện tại chưa có bình luận")).isVisible();
        assertThat(comments).not().containsText("Mong chi bộ chia sẻ");
        assertThat(comments.locator(".comment-count")).hasText("0 bình luận");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        shoot(comments, "comments-pending-360");

        login("kiemduyet");
        page.navigate(url("/newsroom/comments"));
        assertThat(page.locator("h1")).hasText("Duyệt bình luận");
        Locator mine = page.locator(".comment-queue li").filter(new Locator.FilterOptions().setHasText("Mong chi bộ chia sẻ"));
        assertThat(mine).containsText("thuha.pham@example.vn");
        assertThat(mine).containsText(TITLE);
        assertThat(mine.locator("code")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{12}"));
        assertThat(seriousAccessibilityViolations()).isEmpty();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        screenshot("moderation-360");
        page.setViewportSize(1280, 900);
        screenshot("moderation-1280");

        page.getByLabel("Chọn bình luận của Phạm Thu Hà").check();
        page.getByLabel("Lý do (không bắt buộc, ghi vào nhật ký)").fill("đúng chủ đề");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt và đăng")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã duyệt và đăng 1 bình luận.");
        assertThat(page.locator("main")).not().containsText("Mong chi bộ chia sẻ");
        assertThat(page.getByText("Không có bình luận nào ở trạng thái này.")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Đã đăng"))).click();
        assertThat(page.locator(".comment-queue li").filter(new Locator.FilterOptions().setHasText("Mong chi bộ chia sẻ")))
                .containsText("kiemduyet");

        // a reader again: no session
        context.clearCookies();
        useSmallScreen();
        page.navigate(url(PATH));
        comments = page.locator("section.comments");
        assertThat(comments.locator(".comment-count")).hasText("1 bình luận");
        assertThat(comments.locator(".comment-name")).hasText("Phạm Thu Hà");
        assertThat(comments.locator(".comment-text")).hasText("Mong chi bộ chia sẻ thêm cách theo dõi việc đăng ký.\n<b>Cảm ơn!</b>");
        assertThat(comments.locator(".comment-head time")).hasText(java.util.regex.Pattern.compile("^(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật), \\d\\d/\\d\\d/\\d{4} - \\d\\d:\\d\\d'$"));
        assertThat(comments.getByText("Hiện tại chưa có bình luận")).hasCount(0);
        assertThat(page.content()).doesNotContain("thuha.pham");
        assertThat(page.locator(".admin-link")).hasCount(0);
        shoot(comments, "comments-approved-360");
        page.setViewportSize(1280, 900);
        shoot(page.locator("section.comments"), "comments-approved-1280");
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void aModeratorPicksEveryCommentOnThePageWithOneBox() {
        long id = desk.draft(new NewArticle("xa-hoi", "Ba bình luận quảng cáo cùng lúc",
                "Bài để thử chọn tất cả trong hàng đợi duyệt.", "Nội dung.", "Minh Châu", List.of(), List.of()));
        desk.publish(id);
        for (int n = 1; n <= 3; n++) {
            commentBox.submit(NewComment.typed(id, "Quảng cáo " + n, "rao.vat." + n + "@example.vn",
                    "Mua bán nhà đất số " + n + ", gọi ngay.", ""), "198.51.100." + n);
        }

        login("kiemduyet");
        page.navigate(url("/newsroom/comments"));
        Locator boxes = page.locator("input[name=ids]");
        assertThat(boxes).hasCount(3);
        Locator all = page.getByLabel("Chọn tất cả bình luận trên trang này");
        assertThat(all).isVisible();
        assertThat(page.locator("#pick-count")).hasText("Đã chọn 0");
        all.check();
        for (int i = 0; i < 3; i++) {
            assertThat(boxes.nth(i)).isChecked();
        }
        assertThat(page.locator("#pick-count")).hasText("Đã chọn 3");
        page.getByLabel("Chọn bình luận của Quảng cáo 2").uncheck();
        assertThat(page.locator("#pick-count")).hasText("Đã chọn 2");
        assertThat(all).not().isChecked();
        assertThat((Boolean) all.evaluate("box => box.indeterminate")).isTrue();
        page.getByLabel("Chọn bình luận của Quảng cáo 2").check();
        assertThat(all).isChecked();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("moderation-pick-all");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đánh dấu thư rác")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã đánh dấu 3 bình luận là thư rác.");
        assertThat(page.getByText("Không có bình luận nào ở trạng thái này.")).isVisible();
        assertThat(page.getByLabel("Chọn tất cả bình luận trên trang này")).hasCount(0);
    }
}
