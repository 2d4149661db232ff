package vn.dangbo.web;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.members.MembershipKind;
import vn.dangbo.shared.Viewer;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

// Admits a member: the context is closed after this class so that others see the demo as loaded.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DevelopmentPageTests extends BrowserTestSupport {

    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);
    static final Path SHOTS = Paths.get(System.getProperty("dangbo.shots", "target/screenshots"));

    @Autowired
    MemberRegistry registry;

    private void shot(String name, boolean full) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(full));
    }

    @Test
    void theCommitteeTakesAProspectFromProposalToAdmission() {
        LocalDate today = registry.today();
        List<MemberView> office = registry.all(MemberQuery.all(), COMMITTEE).stream()
                .filter(m -> m.cellName().equals("Chi bộ 1 – Văn phòng Sở") && m.kind() == MembershipKind.OFFICIAL).toList();
        login("bithu.dangbo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phát triển đảng viên")).first().click();
        assertThat(page.locator("h1")).hasText("Phát triển đảng viên");
        assertThat(page.locator("#targets")).containsText("200%");

        page.locator("#propose summary").click();
        page.getByLabel("Họ và tên").fill("Tòng Thị Xuân");
        page.getByLabel("Ngày sinh").fill("1999-08-16");
        page.getByLabel("Giới tính").selectOption("FEMALE");
        page.getByLabel("Chi bộ", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Chi bộ 1 – Văn phòng Sở"));
        page.getByLabel("Ngày chi bộ đề nghị").fill(today.minusMonths(4).toString());
        page.getByLabel("Nghề nghiệp").fill("Chuyên viên");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đề nghị").setExact(true)).click();
        assertThat(page.locator(".alert-success")).hasText("Đã ghi đề nghị của chi bộ.");

        Locator card = page.locator("article.prospect").filter(new Locator.FilterOptions().setHasText("Tòng Thị Xuân"));
        assertThat(card.locator(".prospect-stage")).hasText("Chi bộ đề nghị");
        card.getByText("Ghi lớp bồi dưỡng nhận thức về Đảng").click();
        card.getByLabel("Số giấy chứng nhận").fill("150-GCN/TTCT");
        card.getByLabel("Ngày cấp").fill(today.minusMonths(3).toString());
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.locator(".alert-success")).hasText("Đã ghi lớp bồi dưỡng nhận thức về Đảng.");
        assertThat(card.locator(".prospect-stage")).hasText("Đã học lớp bồi dưỡng");

        for (MemberView introducer : office.subList(0, 2)) {
            card.getByText("Thêm người giới thiệu").click();
            card.getByLabel("Đảng viên chính thức giới thiệu").selectOption(String.valueOf(introducer.id()));
            card.getByLabel("Cùng công tác từ ngày").fill("2021-02-01");
            card.locator("form[action$='/introducers'] button").click();
            assertThat(page.locator(".alert-success")).hasText("Đã ghi người giới thiệu.");
            assertThat(card).containsText(introducer.fullName());
        }

        // Fewer than two thirds in favour: recorded, and the page says why.
        card.getByText("Ghi kết quả biểu quyết của chi bộ").click();
        card.getByLabel("Ngày họp chi bộ").fill(today.minusMonths(2).toString());
        card.getByLabel("Số tán thành").fill("5");
        card.getByLabel("Số đảng viên chính thức").fill("9");
        card.locator("form[action$='/vote'] button").click();
        assertThat(page.locator(".alert-danger")).containsText("R30");
        card.getByText("Ghi kết quả biểu quyết của chi bộ").click();
        card.getByLabel("Ngày họp chi bộ").fill(today.minusMonths(2).plusDays(7).toString());
        card.getByLabel("Số tán thành").fill("8");
        card.getByLabel("Số đảng viên chính thức").fill("9");
        card.locator("form[action$='/vote'] button").click();
        assertThat(page.locator(".alert-success")).containsText("đạt");
        assertThat(card).containsText("8/9 đảng viên chính thức tán thành — đạt");

        card.locator("summary").filter(new Locator.FilterOptions().setHasText("Quyết định kết nạp")).click();
        card.getByLabel("Số quyết định").fill("88-QĐ/ĐU");
        card.getByLabel("Ngày quyết định").fill(today.minusMonths(1).toString());
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ghi quyết định kết nạp")).click();
        assertThat(card.locator(".prospect-stage")).hasText("Đảng ủy quyết định kết nạp");

        card.getByText("Kết nạp (lễ kết nạp)").click();
        card.getByLabel("Ngày lễ kết nạp").fill(today.minusDays(7).toString());
        card.getByLabel("Số CCCD").fill("014199008888");
        card.getByLabel("Quê quán").fill("Điện Biên");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kết nạp đảng viên dự bị")).click();
        assertThat(page.locator(".alert-success")).hasText("Đã kết nạp đảng viên dự bị; hồ sơ đảng viên đã được lập.");
        assertThat(card.locator(".prospect-stage")).hasText("Đảng viên dự bị");
        assertThat(card).containsText("hết 12 tháng dự bị ngày");

        page.setViewportSize(1280, 900);
        page.navigate(url("/development"));
        shot("development-desktop", true);
        assertThat(seriousAccessibilityViolations()).isEmpty();
        useSmallScreen();
        page.navigate(url("/development"));
        shot("development-360", true);
        shot("development-360-top", false);
        page.locator("article.prospect").first().scrollIntoViewIfNeeded();
        shot("development-360-card", false);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();

        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hồ sơ đảng viên")).click();
        assertThat(page.locator("h1")).hasText("Tòng Thị Xuân");
        assertThat(page.locator(".timeline")).containsText("Kết nạp");
    }

    @Test
    void theReportDownloadsAsAPartyFormatWordDocument() throws Exception {
        login("bithu.dangbo");
        page.navigate(url("/ratings/2024/report"));
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải báo cáo (Word)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("bao-cao-xep-loai-2024.docx");
        try (InputStream in = Files.newInputStream(download.path()); XWPFDocument docx = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("BÁO CÁO", "năm 2024", "T/M ĐẢNG ỦY", "Toàn đảng bộ");
        }
        // The PDF link answers with the PDF to the same session (rendering may take a while on a busy machine).
        String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải báo cáo (PDF)")).getAttribute("href");
        com.microsoft.playwright.APIResponse pdf = page.request().get(url(href),
                com.microsoft.playwright.options.RequestOptions.create().setTimeout(120_000));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-disposition")).contains("bao-cao-xep-loai-2024.pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theDisciplineRegisterShowsTheTermsReprimandOnAPhone() {
        login("bithu.dangbo");
        page.navigate(url("/discipline"));
        assertThat(page.locator("h1")).hasText("Kỷ luật đảng viên");
        assertThat(page.locator("#discipline-register")).containsText("03-QĐ/CB");
        assertThat(page.locator("#discipline-register")).containsText("Khiển trách");
        shot("discipline-desktop", true);
        assertThat(seriousAccessibilityViolations()).isEmpty();
        useSmallScreen();
        page.navigate(url("/discipline"));
        shot("discipline-360", false);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        page.locator("#discipline-register a").first().click();
        assertThat(page.locator(".timeline")).containsText("Kỷ luật khiển trách");
        page.locator(".timeline").scrollIntoViewIfNeeded();
        shot("member-timeline-discipline-360", false);
    }
}
