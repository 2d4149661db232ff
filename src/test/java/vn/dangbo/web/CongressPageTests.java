package vn.dangbo.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.congress.CongressManagement;
import vn.dangbo.congress.CongressViews;

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
}
