package vn.dangbo.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.congress.CongressManagement;
import vn.dangbo.congress.CongressViews;
import vn.dangbo.congress.counting.CandidateTally;
import vn.dangbo.congress.counting.CountResult;

import java.nio.file.Files;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class CongressPageTests extends BrowserTestSupport {

    @Autowired
    CongressManagement congresses;

    void click(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
        page.waitForLoadState();
    }

    void enter(int sheet, List<String> names) {
        page.getByLabel("Số thứ tự phiếu").fill(String.valueOf(sheet));
        Locator form = page.locator("#ballot-form");
        for (String name : names) {
            form.getByLabel(name, new Locator.GetByLabelOptions().setExact(true)).check();
        }
        click("Nhập phiếu");
    }

    void switchTo(String username) {
        context.clearCookies();
        login(username);
    }

    @Test
    void theDemoResultsShowAtOnceOnASmallScreen() {
        login("dangvien");
        page.navigate(url("/congresses"));
        assertThat(page.locator("h1")).hasText("Đại hội và bầu cử");
        screenshot("congress-list");
        page.getByText("Đại hội Đảng bộ Sở Khoa học và Công nghệ lần thứ IV").click();
        assertThat(page.locator("body")).containsText("N = 31");
        screenshot("congress-show");
        page.getByText("Bầu Ban Chấp hành Đảng bộ khóa IV, nhiệm kỳ 2020–2025").click();
        assertThat(page.locator("#results")).containsText("Trúng cử");
        useSmallScreen();
        screenshot("congress-election-results-360");
    }

    @Test
    void setUpThenTwoMembersEnterTheBallotsAMismatchIsListedAndTheResultsShow() {
        long congress = congresses.congresses().getFirst().id();
        CongressViews.Election demo = congresses.election(congress, congresses.details(congress).elections().getFirst().id());
        List<String> names = demo.candidates().stream().map(CongressViews.Candidate::fullName).limit(4).toList();

        login("bithu.dangbo");
        page.navigate(url("/congresses/" + congress));
        page.getByText("Lập danh sách bầu cử").click();
        page.getByLabel("Bầu", new Page.GetByLabelOptions().setExact(true)).selectOption("STANDING_COMMITTEE");
        page.getByLabel("Tên cuộc bầu cử").fill("Bầu Ban Thường vụ");
        page.getByLabel("Số cần bầu").fill("3");
        page.getByLabel("Số ủy viên đương nhiệm (hội nghị)").fill("3");
        for (String name : names) {
            page.locator("input[name=candidateIds] + label", new Page.LocatorOptions().setHasText(name)).first().click();
        }
        click("Lập danh sách");
        assertThat(page.locator("h1")).hasText("Bầu Ban Thường vụ");
        page.getByLabel("Số phiếu phát ra").fill("2");
        click("Mở vòng bầu thứ nhất");
        assertThat(page.locator("h2.h4")).containsText("Vòng 1");

        switchTo("dangvien");
        page.navigate(url("/congresses/" + congress));
        page.getByText("Bầu Ban Thường vụ").click();
        enter(1, names.subList(0, 3));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("chờ người thứ hai nhập");
        enter(2, names.subList(0, 2));

        switchTo("kiemphieu");
        page.navigate(url("/congresses/" + congress));
        page.getByText("Bầu Ban Thường vụ").click();
        enter(1, names.subList(0, 3));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("đã chấp nhận");
        enter(2, List.of(names.get(0), names.get(3)));
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("KHÔNG KHỚP");
        assertThat(page.locator("#mismatches")).containsText("Phiếu số 2");
        screenshot("congress-election-mismatch");
        enter(2, names.subList(0, 2));
        assertThat(page.locator("#mismatches")).hasCount(0);
        click("Kết thúc kiểm phiếu vòng này");
        assertThat(page.locator("#results")).containsText(names.get(0));
        assertThat(page.locator("#results")).containsText("Trúng cử");
        screenshot("congress-election-counted");
    }

    @Test
    void theMinutesDownloadAsAPartyDocumentWithTheElectedNamesAndApprovalEndsTheProvisionalMark() throws Exception {
        long congress = congresses.congresses().getFirst().id();
        long election = congresses.details(congress).elections().getFirst().id();
        CountResult result = congresses.result(congress, election, 1).orElseThrow();
        List<String> elected = result.candidates().stream().filter(CandidateTally::elected).map(t -> t.candidate().name()).toList();

        login("bithu.dangbo");
        page.navigate(url("/congresses/" + congress + "/elections/" + election));
        assertThat(page.locator("#approval")).containsText("Kết quả tạm thời — chờ cấp trên chuẩn y");
        screenshot("congress-election-provisional-desktop");
        useSmallScreen();
        screenshot("congress-election-provisional-360");
        page.setViewportSize(1280, 900);

        com.microsoft.playwright.Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Biên bản kiểm phiếu (DOCX)")).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".docx");
        try (var in = Files.newInputStream(download.path());
             var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            String text = extractor.getText();
            org.assertj.core.api.Assertions.assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BAN KIỂM PHIẾU", "BIÊN BẢN",
                    "ĐẠI HỘI ĐẢNG BỘ SỞ KHOA HỌC VÀ CÔNG NGHỆ LẦN THỨ IV", "KẾT QUẢ TẠM THỜI — CHỜ CẤP TRÊN CHUẨN Y");
            org.assertj.core.api.Assertions.assertThat(document.getTables().getFirst().getRow(0).getCell(1).getText())
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM");
            for (String name : elected) {
                org.assertj.core.api.Assertions.assertThat(text).contains(name + ": ");
            }
        }

        page.getByText("Ghi quyết định chuẩn y của cấp trên").click();
        page.getByLabel("Số quyết định").fill("85-QĐ/ĐUK");
        page.getByLabel("Ngày quyết định").fill("2020-07-02");
        page.getByLabel("Cấp ủy chuẩn y").fill("Ban Thường vụ Đảng ủy Khối");
        click("Ghi chuẩn y");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã ghi chuẩn y");
        assertThat(page.locator("#approval")).containsText("Đã được Ban Thường vụ Đảng ủy Khối chuẩn y tại Quyết định số 85-QĐ/ĐUK ngày 02/07/2020");
        assertThat(page.locator("#approval")).not().containsText("tạm thời");
        screenshot("congress-election-approved-desktop");
        useSmallScreen();
        screenshot("congress-election-approved-360");
    }

    @Test
    void theCommitteeRecordsAShowOfHandsAndSeesWhetherItIsAdopted() {
        long congress = congresses.congresses().getFirst().id();
        CongressViews.Details details = congresses.details(congress);
        String chosen = details.convened().stream().filter(c -> c.status().present()).findFirst().orElseThrow().fullName();
        login("bithu.dangbo");
        page.navigate(url("/congresses/" + congress));
        page.getByText("Ghi một biểu quyết giơ tay").click();
        page.getByLabel("Biểu quyết về").selectOption("PRESIDIUM");
        page.getByLabel("Nội dung (ghi vào nghị quyết)").fill("Đoàn Chủ tịch đại hội");
        page.getByLabel("Tán thành", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(details.base().needed()));
        page.locator("#vote-form").getByLabel(chosen, new Locator.GetByLabelOptions().setExact(true)).check();
        click("Ghi biểu quyết");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("được thông qua");
        assertThat(page.locator("#votes + p + ul")).containsText("Đoàn Chủ tịch đại hội");
        org.assertj.core.api.Assertions.assertThat(seriousAccessibilityViolations()).isEmpty();
        page.navigate(url("/congresses/" + congress + "/elections/" + details.elections().getFirst().id()));
        org.assertj.core.api.Assertions.assertThat(seriousAccessibilityViolations()).isEmpty();
        page.navigate(url("/congresses/" + congress));
        useSmallScreen();
        page.locator("#votes").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/screenshots/congress-show-votes-360.png")));
        page.setViewportSize(1280, 900);
        page.locator("#votes").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/screenshots/congress-show-votes-desktop.png")));
    }
}
