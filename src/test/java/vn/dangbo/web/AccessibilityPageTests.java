package vn.dangbo.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core finds no serious or critical violation, and nothing overflows a 360 px phone. */
class AccessibilityPageTests extends BrowserTestSupport {

    @Test
    void theLoginPage() {
        page.navigate(url("/login"));
        assertThat(seriousAccessibilityViolations()).isEmpty();
        useSmallScreen();
        assertFitsTheScreen("login");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/members", "/organization", "/members/first"})
    void pagesOfTheCommittee(String path) {
        login("bithu.dangbo");
        if (path.endsWith("/first")) {
            page.navigate(url("/members"));
            page.locator("table tbody tr td a").first().click();
        } else {
            page.navigate(url(path));
        }
        assertThat(seriousAccessibilityViolations()).as(path).isEmpty();
        screenshot("desktop" + path.replace('/', '-'));
        useSmallScreen();
        assertFitsTheScreen("phone" + path.replace('/', '-'));
    }

    private void assertFitsTheScreen(String name) {
        page.waitForTimeout(100);
        Object width = page.evaluate("document.documentElement.scrollWidth");
        screenshot(name);
        assertThat(((Number) width).intValue()).as(name + " page width at 360 px").isLessThanOrEqualTo(360);
    }
}
