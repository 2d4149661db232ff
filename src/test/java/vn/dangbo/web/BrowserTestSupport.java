package vn.dangbo.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page tests drive Debian's chromium (never a downloaded browser) against the application on a
 * random port, with the demo organization loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {

    public static final String PASSWORD = "dangbo-demo";
    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        assertThat(Files.isExecutable(CHROMIUM)).as("Debian's chromium at " + CHROMIUM + " (apt-get install chromium)").isTrue();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void login(String username) {
        login(username, PASSWORD);
    }

    protected void login(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.waitForLoadState();
    }

    protected void useSmallScreen() {
        page.setViewportSize(360, 740);
    }

    /** axe-core on the current page: the serious and critical violations, described. */
    protected List<String> seriousAccessibilityViolations() {
        AxeResults results = new AxeBuilder(page).analyze();
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTestSupport::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/" + name + ".png")).setFullPage(true));
    }
}
