package vn.dangbo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangbo.testing.PackagedJar;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar's Main-Class is our own JarMain (pom.xml), which hands everything but
 * {@code recount} to Spring Boot's launcher: {@code java -jar target/dangbo.jar} must still serve.
 */
class PackagedJarIntegrationTests {

    static final Pattern STARTED_ON_PORT = Pattern.compile("Tomcat started on ports? (\\d+)");

    @TempDir
    Path data;

    @Test
    void javaDashJarWithNoCommandStillStartsTheApplication() throws Exception {
        Process app = PackagedJar.command(Map.of("DANGBO_DATA", data.toString(), "DANGBO_DEMO", "false", "SERVER_PORT", "0"))
                .redirectErrorStream(true).start();
        try {
            CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> portFromLog(app));
            int serving = port.get(3, TimeUnit.MINUTES);

            HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + serving + "/login")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("Đăng nhập").contains("Mật khẩu");
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    /** Reads the application's log until Tomcat says its port; keeps draining it afterwards. */
    static int portFromLog(Process app) {
        try {
            BufferedReader log = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = log.readLine()) != null) {
                seen.append(line).append('\n');
                Matcher started = STARTED_ON_PORT.matcher(line);
                if (started.find()) {
                    Thread.ofPlatform().daemon().start(() -> log.lines().forEach(rest -> { }));
                    return Integer.parseInt(started.group(1));
                }
            }
            throw new IllegalStateException("the application ended before serving:\n" + seen);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
