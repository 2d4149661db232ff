package vn.dangbo.web;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.accounts.AccountManagement;
import vn.dangbo.accounts.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class AccountPageTests extends BrowserTestSupport {

    @Autowired
    AccountManagement accounts;

    @Test
    void aCommitteeMemberLogsInAndSeesTheOrganization() {
        login("bithu.dangbo");
        assertThat(page).hasURL(url("/organization"));
        assertThat(page.locator("h1")).hasText("Đảng bộ Sở Khoa học và Công nghệ");
        assertThat(page.getByText("4 chi bộ trực thuộc, 33 đảng viên")).isVisible();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheMessageRevealsNothing() {
        accounts.create("thu.khoa", "mat-khau-that-dai", "Thử khóa", Role.MEMBER, null, null);
        for (int i = 0; i < 5; i++) {
            login("thu.khoa", "sai-mat-khau");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Đăng nhập không thành công");
        }
        login("thu.khoa", "mat-khau-that-dai");
        assertThat(page).hasURL(url("/login?error"));
        String lockedMessage = page.getByRole(AriaRole.ALERT).textContent();
        login("khong.ai.ca", "bat-ky");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(lockedMessage);
    }

    @Test
    void theInterfaceSwitchesToEnglish() {
        page.navigate(url("/login?lang=en"));
        assertThat(page.locator("h1")).hasText("Log in");
        page.navigate(url("/login"));
        assertThat(page.locator("h1")).hasText("Log in");
        page.navigate(url("/login?lang=vi"));
        assertThat(page.locator("h1")).hasText("Đăng nhập");
    }
}
