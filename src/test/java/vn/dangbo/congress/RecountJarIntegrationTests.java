package vn.dangbo.congress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangbo.testing.PackagedJar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
        Path log = file("log.json", RecountCommandTests.log(RecountCommandTests.e1()));
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

    @Test
    void thePackagedJarKeepsTheExitStatusOfEachFault() throws Exception {
        String text = RecountCommandTests.log(RecountCommandTests.e1());
        int entry = text.indexOf("\"seq\": 5,");
        String altered = text.substring(0, entry) + text.substring(entry).replaceFirst("\"kept\": \\[\"c\\d\"", "\"kept\": [\"c9\"");
        assertThat(altered).isNotEqualTo(text);

        PackagedJar.Outcome broken = PackagedJar.run("recount", file("altered.json", altered).toString(), "--json");
        assertThat(broken.status()).isEqualTo(Recount.BROKEN_CHAIN);
        assertThat(broken.out()).isEmpty();
        assertThat(broken.err()).contains("chuỗi băm").contains("seq 5");

        PackagedJar.Outcome unknown = PackagedJar.run("recount",
                file("unknown.json", text.replaceFirst("\"kept\": \\[\"c1\"", "\"kept\": [\"c42\"")).toString());
        assertThat(unknown.status()).isEqualTo(Recount.MALFORMED);
        assertThat(unknown.err()).contains("\"c42\"").contains("không có trong danh sách");

        PackagedJar.Outcome cut = PackagedJar.run("recount", file("cut.json", text.substring(0, text.length() / 2)).toString());
        assertThat(cut.status()).isEqualTo(Recount.MALFORMED);
        assertThat(cut.err()).contains("JSON không hợp lệ ở dòng");

        PackagedJar.Outcome inconsistent = PackagedJar.run("recount",
                file("issued.json", text.replace("\"issued\": 30", "\"issued\": 29")).toString());
        assertThat(inconsistent.status()).isEqualTo(Recount.INCONSISTENT);

        PackagedJar.Outcome usage = PackagedJar.run("recount");
        assertThat(usage.status()).isEqualTo(Recount.MALFORMED);
        assertThat(usage.err()).contains("Cách dùng");
    }
}
