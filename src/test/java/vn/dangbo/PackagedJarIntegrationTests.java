package vn.dangbo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangbo.testing.OtherJava;
import vn.dangbo.testing.PackagedJar;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged jar's Main-Class is our own JarMain (pom.xml), which hands everything but
 * {@code recount} to Spring Boot's launcher: {@code java -jar target/dangbo.jar} must still serve,
 * and say which Java it needs when it is run with an older one.
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

    /** Whoever starts the application with too old a Java learns which one it needs, not a stack trace. */
    @Test
    void onJava17TheJarSaysTheApplicationNeedsJava21AndRecountDoesNot() throws Exception {
        Optional<Path> java17 = OtherJava.find(17);
        assumeTrue(java17.isPresent(), OtherJava.why(17));

        for (String[] args : List.of(new String[0], new String[] {"--server.port=0"})) {
            PackagedJar.Outcome outcome = PackagedJar.run(java17.get(), args);
            assertThat(outcome.status()).as(outcome.err()).isEqualTo(1);
            assertThat(outcome.out()).isEmpty();
            assertThat(outcome.err())
                    .startsWith("dangbo cần Java 21 trở lên để chạy ứng dụng (máy này đang chạy Java 17).")
                    .contains("Lệnh recount chạy được với Java 17.")
                    .contains("dangbo needs Java 21 or later")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    /** JarMain's Java versions are what pom.xml compiles the jar's root and the application for. */
    @Test
    void theJarsRootIsCompiledForRecountsJavaAndTheApplicationForItsOwn() throws Exception {
        Map<String, Set<Integer>> javaByPlace = new TreeMap<>();
        try (ZipFile jar = new ZipFile(PackagedJar.JAR.toFile())) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                boolean ours = name.startsWith("vn/") || name.startsWith("BOOT-INF/classes/vn/");
                if (ours && name.endsWith(".class")) {
                    try (DataInputStream in = new DataInputStream(jar.getInputStream(entry))) {
                        in.readInt(); // magic
                        in.readUnsignedShort(); // minor version
                        int java = in.readUnsignedShort() - 44; // class file 61 is Java 17, 65 Java 21
                        javaByPlace.computeIfAbsent(name.startsWith("vn/") ? "root" : "BOOT-INF/classes",
                                place -> new TreeSet<>()).add(java);
                    }
                }
            }
        }
        assertThat(javaByPlace).containsExactly(
                Map.entry("BOOT-INF/classes", Set.of(JarMain.APPLICATION_JAVA)),
                Map.entry("root", Set.of(JarMain.RECOUNT_JAVA)));
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
