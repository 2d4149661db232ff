package vn.dangbo.handbook.web;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.dangbo.web.BrowserTestSupport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** One search at a time here: a search waits its turn, and one that waits too long is told the system is busy. */
@TestPropertySource(properties = {"dangbo.documents.concurrent-searches=1", "dangbo.documents.search-wait=1500ms"})
class SearchTurnsPageTests extends BrowserTestSupport {

    @Autowired
    SearchTurns turns;

    @Test
    void aSearchWaitsForTheOneBeforeItAndAnswersWhenThatEnds() throws Exception {
        login("dangvien");
        turns.holdTurn();
        CompletableFuture.runAsync(turns::releaseTurn, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));

        Response response = page.navigate(url("/documents?q=chinh+don+dang"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator(".document-hit").first().locator("mark").first()).isVisible();
    }

    @Test
    void aSearchThatWaitsTooLongIsToldTheSystemIsBusyInVietnamese() throws Exception {
        useSmallScreen();
        login("dangvien");
        turns.holdTurn();
        Response response;
        try {
            response = page.navigate(url("/documents?q=chinh+don+dang"));
        } finally {
            turns.releaseTurn();
        }

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.headerValue("Retry-After")).isEqualTo("5");
        assertThat(page.locator("h1")).hasText("Hệ thống đang bận");
        assertThat(page.locator("main")).containsText("Có nhiều người đang tìm kiếm cùng lúc. Vui lòng thử lại sau ít giây.");
        assertThat(page.locator("nav")).containsText("dangvien");
        screenshot("documents-busy-360");

        page.getByText("Về thư viện văn bản").click();
        assertThat(page.locator("h1")).hasText("Thư viện văn bản");
    }
}
