package vn.dangbo.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import vn.dangbo.rating.RatingManagement;
import vn.dangbo.shared.Viewer;

import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

// Opens the 2025 round: a context of its own, with the demo ratings of 2020–2024 as loaded.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class RatingPageTests extends BrowserTestSupport {

    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);

    @Autowired
    RatingManagement ratings;

    @Test
    void committeeSeesTheRoundsARoundAndItsReport() {
        java.util.List<String> consoleErrors = new java.util.ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.location().contains("/favicon.ico")) {
                consoleErrors.add(m.location() + " " + m.text());
            }
        });
        page.onPageError(consoleErrors::add);
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
        login("bithu.dangbo");
        page.navigate(url("/ratings"));
        assertThat(page.locator("h1")).hasText("Kiểm điểm, đánh giá, xếp loại chất lượng");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kiểm điểm, xếp loại năm 2024"))).isVisible();
        assertThat((Boolean) page.evaluate("() => { const c = document.getElementById('chart-trend'); return !!(window.Chart && Chart.getChart(c)); }")).isTrue();
        screenshot("ratings-rounds");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        page.navigate(url("/ratings/2024"));
        assertThat(page.locator("h1")).hasText("Kiểm điểm, xếp loại năm 2024");
        assertThat(page.locator("tbody tr")).hasCount(33);
        screenshot("ratings-round-2024");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        page.navigate(url("/ratings/2024/report"));
        assertThat(page.locator("#target-line")).containsText("Đạt chỉ tiêu");
        assertThat(page.locator("#report-table tfoot td").first()).hasText("33");
        screenshot("ratings-report-2024");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        useSmallScreen();
        page.navigate(url("/ratings/2024"));
        page.locator("tbody tr").first().locator("summary").click();
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/screenshots/ratings-round-2024-small.png")));
        page.navigate(url("/ratings/2024/report"));
        screenshot("ratings-report-2024-small");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aRoundFromOpeningToDecisionWithARefusalNamingTheRule() {
        login("bithu.dangbo");
        page.navigate(url("/ratings"));
        page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).fill("2025");
        page.getByLabel("Ngày kiểm điểm").fill("2025-12-15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở đợt")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã mở đợt kiểm điểm, xếp loại năm 2025");

        // The reprimand of March 2025 caps that member's level (R4).
        RatingManagement.DisciplineView reprimand = ratings.disciplineIn(2025).getFirst();
        Locator row = page.locator("#m" + reprimand.memberId());
        row.locator("summary").click();
        row.getByLabel("Tiêu chí chung (0–30)").fill("27");
        row.getByLabel("Kết quả nhiệm vụ (0–70)").fill("60");
        row.getByLabel("Mức chi bộ đề xuất").selectOption("GOOD");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu đề xuất của chi bộ")).click();
        assertThat(page.locator(".alert-danger")).containsText("Bị kỷ luật khiển trách");
        assertThat(page.locator(".alert-danger")).containsText("(R4)");
        screenshot("ratings-round-2025-refused");

        RatingManagement.RosterEntry other = ratings.round(2025, COMMITTEE).rated().stream()
                .filter(e -> e.memberId() != reprimand.memberId()).findFirst().orElseThrow();
        Locator next = page.locator("#m" + other.memberId());
        next.locator("summary").click();
        next.getByLabel("Tiêu chí chung (0–30)").fill("25");
        next.getByLabel("Kết quả nhiệm vụ (0–70)").fill("55");
        next.getByLabel("Mức chi bộ đề xuất").selectOption("GOOD");
        next.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu đề xuất của chi bộ")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu đề xuất của chi bộ");
        next = page.locator("#m" + other.memberId());
        next.locator("summary").click();
        next.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Quyết định xếp loại")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã quyết định xếp loại");
        assertThat(page.locator("#m" + other.memberId() + " strong")).hasText("Hoàn thành tốt nhiệm vụ");
        screenshot("ratings-round-2025-decided");
        assertThat(ratings.round(2025, COMMITTEE).summary().decided()).isEqualTo(1);

        useSmallScreen();
        page.navigate(url("/ratings/2025"));
        page.getByText("Ghi quyết định kỷ luật").first().click();
        page.getByText("Xếp loại một chi bộ").click();
        page.locator("#discipline").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/screenshots/ratings-round-2025-forms-small.png")));
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    }
}
