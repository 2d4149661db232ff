package vn.dangbo.demo;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dangbo.DangboApplication;
import vn.dangbo.handbook.DocumentHit;
import vn.dangbo.handbook.DocumentLibrary;
import vn.dangbo.handbook.DocumentQuery;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.Viewer;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code demo-data}: the benchmark's data set and import file, made as the jar makes them. */
class ProvinceDataCommandIntegrationTests {

    static final Viewer ADMIN = new Viewer("admin", Set.of(Viewer.ADMIN), null, null);

    @Test
    void growsTheDemoOrganizationToTheCellsAndMembersAskedFor() {
        try (ConfigurableApplicationContext context = command("demo-data", "--members", "250", "--cells", "12")) {
            assertThat(context.getBean(OrganizationDirectory.class).activeCells()).hasSize(12);
            List<MemberView> members = context.getBean(MemberRegistry.class).all(MemberQuery.all(), ADMIN);
            assertThat(members).hasSize(250);
            assertThat(members.stream().map(MemberView::citizenId).distinct()).hasSize(250);
            assertThat(members).allSatisfy(m -> assertThat(m.citizenId()).matches("\\d{12}"));
            assertThat(SpringApplication.exit(context)).isZero();
        }
    }

    @Test
    void writesAnImportFileOfNewMembers(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("nhap.xlsx");
        try (ConfigurableApplicationContext context = command("demo-data", "--workbook", file.toString(), "--members", "40")) {
            assertThat(SpringApplication.exit(context)).isZero();
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            // a header row and one row per member, on the template's sheet
            assertThat(workbook.getSheet("Đảng viên").getLastRowNum()).isEqualTo(40);
        }
    }

    @Test
    void fillsTheDocumentLibraryForTheSearchBenchmark() {
        try (ConfigurableApplicationContext context = command("demo-data", "--documents", "60")) {
            DocumentLibrary library = context.getBean(DocumentLibrary.class);
            assertThat(library.count()).isEqualTo(60);
            // the index was built at the end: the demo's resolution and the invented documents are found
            assertThat(library.search(ADMIN, DocumentQuery.text("04 nq tw"), 0).hits()).extracting(DocumentHit::number).contains("04-NQ/TW");
            assertThat(library.search(ADMIN, DocumentQuery.text("chinh don dang"), 0).total()).isGreaterThan(1);
            assertThat(SpringApplication.exit(context)).isZero();
        }
    }

    @Test
    void refusesAMissingOrWrongNumberWithExitTwo() {
        for (String[] args : List.of(new String[]{"demo-data"}, new String[]{"demo-data", "--members", "nhiều"},
                new String[]{"demo-data", "--members", "-5"}, new String[]{"demo-data", "--members", "10", "--cells", "0"},
                new String[]{"demo-data", "--members", "10", "--bogus", "1"}, new String[]{"demo-data", "--documents", "0"})) {
            try (ConfigurableApplicationContext context = command(args)) {
                assertThat(SpringApplication.exit(context)).as(String.join(" ", args)).isEqualTo(2);
            }
        }
    }

    private static ConfigurableApplicationContext command(String... args) {
        return new SpringApplicationBuilder(DangboApplication.class).web(WebApplicationType.NONE)
                .profiles("command").run(args);
    }
}
