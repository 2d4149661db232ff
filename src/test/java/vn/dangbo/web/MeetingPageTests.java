package vn.dangbo.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.dangbo.shared.VietnameseDates;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole meeting flow as a cell secretary does it, on a phone and on a desktop. */
class MeetingPageTests extends BrowserTestSupport {

    static final Path SHOTS = Paths.get(System.getProperty("shots.dir", "target/screenshots"));

    @Test
    void aCellSecretaryHoldsAMeetingFromNoticeToMinutes() throws Exception {
        useSmallScreen();
        login("bithu.chibo1");
        page.navigate(url("/meetings"));
        assertThat(page.locator("h1")).hasText("Họp chi bộ");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tạo cuộc họp")).click();

        LocalDateTime at = LocalDateTime.now(VietnameseDates.ZONE).plusDays(5).withHour(14).withMinute(0).withSecond(0).withNano(0);
        page.getByLabel("Thường kỳ").check();
        page.getByLabel("Thời gian").fill(at.toString().substring(0, 16));
        page.getByLabel("Địa điểm").fill("Phòng họp tầng 2 – kiểm thử giao diện");
        page.getByLabel("Nội dung", new Page.GetByLabelOptions().setExact(true))
                .fill("1. Thu đảng phí.\n2. Quán triệt Nghị quyết.\n<script>alert('x')</script>");
        page.locator("input[name=documentIds]").first().check();
        Files.createDirectories(SHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("meeting-form-360.png")).setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
        assertThat(page.locator(".alert-success")).containsText("Đã tạo cuộc họp");
        String month = at.getMonthValue() + "/" + at.getYear();
        assertThat(page.locator("h1")).hasText("Họp chi bộ thường kỳ tháng " + month);
        assertThat(page.locator(".agenda")).containsText("<script>alert('x')</script>");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi giấy mời")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã gửi giấy mời tới");
        assertThat(page.locator("#invitations")).containsText("Đã gửi giấy mời lúc");

        Locator members = page.locator("fieldset[data-attendance]");
        int count = members.count();
        assertThat(count).isGreaterThanOrEqualTo(5);
        for (int i = 0; i < count; i++) {
            members.nth(i).getByLabel("Có mặt", new Locator.GetByLabelOptions().setExact(true)).check();
        }
        Locator last = members.nth(count - 1);
        last.getByLabel("Vắng có lý do", new Locator.GetByLabelOptions().setExact(true)).check();
        last.locator("input[type=text]").fill("Đi công tác");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu điểm danh")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu điểm danh: ");
        // other tests may have added probationary members to the cell: read the base from the page
        java.util.regex.Matcher counts = java.util.regex.Pattern.compile("(\\d+)/(\\d+) đảng viên có mặt")
                .matcher(page.locator(".alert-success").textContent());
        assertThat(counts.find()).isTrue();
        int presentInBase = Integer.parseInt(counts.group(1));
        assertThat(presentInBase).as("all but one came").isEqualTo(Integer.parseInt(counts.group(2)) - 1);
        assertThat(page.locator(".quorum-verdict")).containsText("Đủ số lượng");
        assertThat(page.locator(".quorum-counts")).containsText("Vắng có lý do");

        page.getByLabel("Chủ trì").selectOption(new SelectOption().setIndex(1));
        page.getByLabel("Thư ký cuộc họp").selectOption(new SelectOption().setIndex(2));
        page.getByLabel("Ý kiến thảo luận").fill("Đảng viên thống nhất với báo cáo; đề nghị đẩy nhanh tiến độ.");
        page.getByLabel("Kết luận").fill("Chi bộ hoàn thành nhiệm vụ tháng.");
        page.getByLabel("Nghị quyết", new Page.GetByLabelOptions().setExact(true)).fill("1. Thực hiện đúng tiến độ nhiệm vụ.");
        page.getByLabel("Tán thành", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(presentInBase));
        page.getByLabel("Không tán thành").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu biên bản")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu biên bản");
        assertThat(page.locator(".resolution-verdict")).containsText("Nghị quyết có giá trị");

        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling at 360 px").isTrue();
        Files.createDirectories(SHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("meeting-360.png")).setFullPage(true));

        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Biên bản (DOCX)")).click());
        try (InputStream in = Files.newInputStream(download.path()); XWPFDocument docx = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String header = docx.getTables().getFirst().getText();
            assertThat(header).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ 1 – VĂN PHÒNG SỞ", "ĐẢNG BỘ SỞ KHOA HỌC VÀ CÔNG NGHỆ", "-BB/CB");
            assertThat(extractor.getText()).contains("BIÊN BẢN", "họp chi bộ thường kỳ", "Phòng họp tầng 2 – kiểm thử giao diện",
                    "Đi công tác", "T/M CHI BỘ");
        }

        page.setViewportSize(1280, 900);
        page.reload();
        assertThat(seriousAccessibilityViolations()).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("meeting-desktop.png")).setFullPage(true));
    }

    @Test
    void aMemberSeesTheNextMeetingsAndTheirAttendanceInTheHandbookAndCopiesTheCalendarLink() throws Exception {
        useSmallScreen();
        login("dangvien");
        page.navigate(url("/so-tay"));
        Locator panel = page.locator("article", new Page.LocatorOptions().setHasText("Cuộc họp sắp tới"));
        assertThat(panel).containsText("Họp chi bộ");
        assertThat(panel.locator(".my-attendance")).containsText("Có mặt");
        Files.createDirectories(SHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("handbook-meetings-360.png")).setFullPage(true));

        page.navigate(url("/meetings"));
        String link = page.getByLabel("Địa chỉ lịch của tôi").inputValue();
        assertThat(link).matches("http://localhost:\\d+/meetings/calendar/[A-Za-z0-9_-]{43}\\.ics");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sao chép")).click();
        assertThat(page.locator("#copyStatus")).hasText("Đã sao chép địa chỉ.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo địa chỉ mới")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã tạo địa chỉ lịch mới");
        assertThat(page.getByLabel("Địa chỉ lịch của tôi")).not().hasValue(link);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("meetings-list-360.png")).setFullPage(true));
        // the old address no longer opens, for anyone
        assertThat(context.request().get(link).status()).isEqualTo(404);
    }

    @Test
    void aCellSecretaryCancelsAnAnnouncedMeetingWithItsReason() throws Exception {
        useSmallScreen();
        login("bithu.chibo1");
        page.navigate(url("/meetings/new"));
        LocalDateTime at = LocalDateTime.now(VietnameseDates.ZONE).plusDays(9).withHour(8).withMinute(0).withSecond(0).withNano(0);
        page.getByLabel("Chuyên đề").check();
        page.getByLabel("Chủ đề").fill("Học tập và làm theo Bác – buổi sẽ hủy");
        page.getByLabel("Thời gian").fill(at.toString().substring(0, 16));
        page.getByLabel("Địa điểm").fill("Hội trường");
        page.getByLabel("Nội dung", new Page.GetByLabelOptions().setExact(true)).fill("Sinh hoạt chuyên đề.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi giấy mời")).click();
        assertThat(page.locator("#invitations")).containsText("Đã gửi giấy mời lúc");

        page.getByText("Hủy cuộc họp", new Page.GetByTextOptions().setExact(true)).first().click();
        assertThat(page.locator("#cancelHint")).containsText("nhận thông báo hủy họp");
        page.getByLabel("Lý do hủy").fill("Trùng hội nghị của Đảng ủy cấp trên");
        page.locator("#cancel").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hủy cuộc họp")).click();

        assertThat(page.locator(".alert-success")).containsText("Đã hủy cuộc họp");
        assertThat(page.locator("#cancelled")).containsText("Cuộc họp đã bị hủy");
        assertThat(page.locator("#cancelled")).containsText("Lý do: Trùng hội nghị của Đảng ủy cấp trên");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi lại giấy mời"))).hasCount(0);
        assertThat(page.locator("#cancel")).hasCount(0);
        assertThat(seriousAccessibilityViolations()).isEmpty();
        Files.createDirectories(SHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("meeting-cancelled-360.png")));

        page.navigate(url("/meetings"));
        Locator line = page.locator("li, tr").filter(new Locator.FilterOptions().setHasText("buổi sẽ hủy")).first();
        assertThat(line).containsText("Đã hủy");
    }
}
