package vn.dangbo.web;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class MemberSearchPageTests extends BrowserTestSupport {

    @Test
    void searchIgnoresDiacriticsAndCase() {
        login("bithu.dangbo");
        for (String typed : new String[]{"nguyen van an", "NGUYỄN VĂN AN", "Nguyen Van An"}) {
            page.navigate(url("/members"));
            page.getByLabel("Tìm theo tên, số CCCD, số thẻ").fill(typed);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("Lọc")).click();
            assertThat(page.locator("table tbody")).containsText("Nguyễn Văn An");
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("Tìm thấy 1 đảng viên");
        }
    }

    @Test
    void listIsSortedByGivenNameTheVietnameseWay() {
        login("bithu.dangbo");
        page.navigate(url("/members?cellId=&q="));
        var names = page.locator("table tbody tr td:nth-child(2) a").allTextContents();
        assertThat(names).isNotEmpty();
        var collator = vn.dangbo.shared.VietnameseText.collator();
        for (int i = 1; i < names.size(); i++) {
            var a = vn.dangbo.shared.PersonName.parse(names.get(i - 1));
            var b = vn.dangbo.shared.PersonName.parse(names.get(i));
            assertThat(a.sortKey().compareTo(b.sortKey())).as(names.get(i - 1) + " before " + names.get(i)).isLessThanOrEqualTo(0);
            assertThat(collator.compare(a.given(), b.given())).as(names.get(i - 1) + " before " + names.get(i)).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void theCellFilterKeepsItsChoiceAndListsOnlyThatCell() {
        login("bithu.dangbo");
        page.navigate(url("/members"));
        page.getByLabel("Chi bộ", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Chi bộ 3 – Chi cục Tiêu chuẩn Đo lường Chất lượng"));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Lọc")).click();

        var cells = page.locator("table tbody tr td:nth-child(5)").allTextContents();
        assertThat(cells).isNotEmpty().allSatisfy(cell -> assertThat(cell.strip()).isEqualTo("Chi bộ 3 – Chi cục Tiêu chuẩn Đo lường Chất lượng"));
        assertThat(page.locator("#cellId option:checked")).hasText("Chi bộ 3 – Chi cục Tiêu chuẩn Đo lường Chất lượng");
    }
}
