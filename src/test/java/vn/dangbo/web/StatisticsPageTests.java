package vn.dangbo.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.organization.OrganizationDirectory;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

// These tests check the demo organization's published figures: they need it as loaded, not as
// other test classes sharing the cached context left it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class StatisticsPageTests extends BrowserTestSupport {

    static final String OFFICE = "Chi bộ 1 – Văn phòng Sở";

    @Autowired
    OrganizationDirectory organization;

    /** Script errors and refusals by the content security policy both land in the console. */
    final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void listenToTheConsole() {
        page.onConsoleMessage(message -> {
            // The browser's own request for /favicon.ico (the application has no icon yet) is not the page's.
            if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")) {
                consoleErrors.add(message.location() + " " + message.text());
            }
        });
        page.onPageError(consoleErrors::add);
        // Charts drawn at once (the script honours reduced motion), so screenshots show final bars.
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
    }

    @Test
    void committeeSeesTheOrganizationInFiguresAndCharts() {
        login("bithu.dangbo");
        page.navigate(url("/statistics"));

        assertThat(page.locator("h1")).hasText("Thống kê đảng viên");
        assertThat(headline("Chi bộ trực thuộc")).hasText("4");
        assertThat(headline("Tổng số đảng viên")).hasText("33");
        assertThat(headline("Lý luận chính trị trung cấp trở lên")).hasText("30");
        Locator education = table("Theo trình độ chuyên môn");
        assertThat(countIn(education, "Tiến sĩ")).hasText("3");
        assertThat(countIn(education, "Thạc sĩ")).hasText("6");
        assertThat(countIn(education, "Đại học")).hasText("24");
        assertThat(countIn(education, "Tổng số")).hasText("33");

        assertChartsDrawn(5);
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("statistics-desktop");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void fitsA360PixelScreen() {
        useSmallScreen();
        login("bithu.dangbo");
        page.navigate(url("/statistics"));

        assertThat(headline("Tổng số đảng viên")).hasText("33");
        assertChartsDrawn(5);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(360);
        screenshot("statistics-360");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void cellSecretarySeesOnlyTheirCellEvenWhenAskingForAnother() {
        long other = organization.activeCells().stream().filter(c -> !c.name().equals(OFFICE)).findFirst().orElseThrow().id();
        login("bithu.chibo1");
        page.navigate(url("/statistics?cellId=" + other));

        assertThat(page.getByText(OFFICE + " — số liệu ngày")).isVisible();
        Locator cells = table("Theo chi bộ");
        assertThat(cells.locator("tbody tr")).hasCount(1);
        assertThat(countIn(cells, OFFICE)).hasText("9");
        assertThat(headline("Tổng số đảng viên")).hasText("9");
        assertThat(page.getByLabel("Phạm vi thống kê")).hasCount(0);
        assertThat(consoleErrors).isEmpty();
    }

    private Locator headline(String label) {
        return page.locator(".stats-headline dt", new Page.LocatorOptions().setHasText(label)).locator("xpath=following-sibling::dd[1]");
    }

    private Locator table(String name) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(name));
    }

    /** The count column of the row whose first cell is exactly this label. */
    private static Locator countIn(Locator table, String label) {
        return table.locator("tr").filter(new Locator.FilterOptions().setHas(
                table.page().locator("th").getByText(label, new Locator.GetByTextOptions().setExact(true)))).locator("td").first();
    }

    private void assertChartsDrawn(int expected) {
        assertThat(page.locator("canvas[data-chart]")).hasCount(expected);
        Object drawn = page.evaluate("() => Array.from(document.querySelectorAll('canvas[data-chart]'))"
                + ".filter(c => window.Chart && Chart.getChart(c) && c.width > 0 && c.height > 0).length");
        assertThat(((Number) drawn).intValue()).isEqualTo(expected);
    }
}
