package vn.dangbo.congress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangbo.testing.OtherJava;
import vn.dangbo.testing.PackagedJar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code java -jar target/dangbo.jar recount FILE [--json]} as a user runs it: the packaged jar, whose
 * Main-Class starts recount from the jar's root (pom.xml), must print what the recount code prints
 * and keep every exit status of ballot-log.md.
 */
class RecountJarIntegrationTests {

    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void thePackagedJarRecountsALogAsTheRecountCodeDoesWithoutStartingTheApplication() throws Exception {
        Path log = logs().good();
        RecountCommandTests inProcess = new RecountCommandTests();

        PackagedJar.Outcome json = PackagedJar.run("recount", log.toString(), "--json");
        assertThat(json.status()).as(json.err()).isZero();
        assertThat(json.out()).isEqualTo(inProcess.recount(log.toString(), "--json").out())
                .contains("\"name\": \"Nguyễn Văn An\"").contains("\"percentOfBase\": \"90.32\"");
        assertThat(json.err()).isEmpty();

        PackagedJar.Outcome table = PackagedJar.run("recount", log.toString());
        assertThat(table.status()).isZero();
        assertThat(table.out()).isEqualTo(inProcess.recount(log.toString()).out()).contains("Trúng cử: 7/7");
        assertThat(table.err()).isEmpty();
    }

    /** The log of worked example E1, and that log with each kind of fault of ballot-log.md. */
    record Logs(Path good, Path altered, Path unknownCandidate, Path cut, Path issuedMismatch) {
    }

    Logs logs() throws IOException {
        String text = RecountCommandTests.log(RecountCommandTests.e1());
        int entry = text.indexOf("\"seq\": 5,");
        String altered = text.substring(0, entry) + text.substring(entry).replaceFirst("\"kept\": \\[\"c\\d\"", "\"kept\": [\"c9\"");
        assertThat(altered).isNotEqualTo(text);
        return new Logs(file("log.json", text), file("altered.json", altered),
                file("unknown.json", text.replaceFirst("\"kept\": \\[\"c1\"", "\"kept\": [\"c42\"")),
                file("cut.json", text.substring(0, text.length() / 2)),
                file("issued.json", text.replace("\"issued\": 30", "\"issued\": 29")));
    }

    @Test
    void thePackagedJarKeepsTheExitStatusOfEachFault() throws Exception {
        Logs logs = logs();

        PackagedJar.Outcome broken = PackagedJar.run("recount", logs.altered().toString(), "--json");
        assertThat(broken.status()).isEqualTo(Recount.BROKEN_CHAIN);
        assertThat(broken.out()).isEmpty();
        assertThat(broken.err()).contains("chuỗi băm").contains("seq 5");

        PackagedJar.Outcome unknown = PackagedJar.run("recount", logs.unknownCandidate().toString());
        assertThat(unknown.status()).isEqualTo(Recount.MALFORMED);
        assertThat(unknown.err()).contains("\"c42\"").contains("không có trong danh sách");

        PackagedJar.Outcome cut = PackagedJar.run("recount", logs.cut().toString());
        assertThat(cut.status()).isEqualTo(Recount.MALFORMED);
        assertThat(cut.err()).contains("JSON không hợp lệ ở dòng");

        PackagedJar.Outcome inconsistent = PackagedJar.run("recount", logs.issuedMismatch().toString());
        assertThat(inconsistent.status()).isEqualTo(Recount.INCONSISTENT);

        PackagedJar.Outcome usage = PackagedJar.run("recount");
        assertThat(usage.status()).isEqualTo(Recount.MALFORMED);
        assertThat(usage.err()).contains("Cách dùng");
    }

    /**
     * Whoever recounts uses the Java they have: the jar's root is compiled for Java 17 (pom.xml), and
     * on it a recount must print and exit exactly as on the Java that runs the application.
     */
    @Test
    void onJava17ThePackagedJarRecountsAndFailsExactlyAsOnThisJava() throws Exception {
        Optional<Path> java17 = OtherJava.find(17);
        assumeTrue(java17.isPresent(), OtherJava.why(17));
        Logs logs = logs();
        Map<List<String>, Integer> runs = new LinkedHashMap<>();
        runs.put(List.of("recount", logs.good().toString(), "--json"), Recount.COUNTED);
        runs.put(List.of("recount", logs.good().toString()), Recount.COUNTED);
        runs.put(List.of("recount", logs.altered().toString(), "--json"), Recount.BROKEN_CHAIN);
        runs.put(List.of("recount", logs.unknownCandidate().toString()), Recount.MALFORMED);
        runs.put(List.of("recount", logs.cut().toString()), Recount.MALFORMED);
        runs.put(List.of("recount", logs.issuedMismatch().toString(), "--json"), Recount.INCONSISTENT);
        runs.put(List.of("recount"), Recount.MALFORMED);

        for (Map.Entry<List<String>, Integer> run : runs.entrySet()) {
            String[] args = run.getKey().toArray(String[]::new);
            PackagedJar.Outcome onJava17 = PackagedJar.run(java17.get(), args);
            PackagedJar.Outcome onThisJava = PackagedJar.run(args);
            assertThat(onJava17.status()).as("%s on Java 17: %s", run.getKey(), onJava17.err()).isEqualTo(run.getValue());
            assertThat(onJava17).as("%s", run.getKey()).isEqualTo(onThisJava);
        }
    }
}
