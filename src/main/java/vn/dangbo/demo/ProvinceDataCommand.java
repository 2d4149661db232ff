package vn.dangbo.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.dangbo.handbook.DocumentLibrary;
import vn.dangbo.members.Education;
import vn.dangbo.members.Gender;
import vn.dangbo.members.MemberData;
import vn.dangbo.members.MemberExport;
import vn.dangbo.members.MemberException;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MembershipKind;
import vn.dangbo.members.PoliticalTheory;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.Viewer;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * {@code java -jar dangbo.jar demo-data --members 100000 [--cells 1000]}: grows the demo
 * organization to province scale for benchmarks: the demo organization first (on an empty
 * database), then more cells and invented members until the rolls hold the number asked for.
 * {@code --workbook FILE --members N} instead writes N new invented members as an import file;
 * {@code --documents N} fills the document library to N documents for the search benchmark.
 */
@Component
@Profile("command")
class ProvinceDataCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String USAGE = "Cách dùng: java -jar dangbo.jar demo-data --members SỐ_ĐẢNG_VIÊN [--cells SỐ_CHI_BỘ]\n"
            + "        hoặc: java -jar dangbo.jar demo-data --workbook TỆP.xlsx --members SỐ_DÒNG [--first SỐ_THỨ_TỰ]\n"
            + "        hoặc: java -jar dangbo.jar demo-data --documents SỐ_VĂN_BẢN";
    private static final int MAX_DOCUMENTS = 200_000;
    private static final int DOCUMENT_CHUNK = 1_000;
    private static final Viewer SYSTEM = new Viewer("hệ thống", Set.of(Viewer.ADMIN), null, null);
    private static final int CHUNK = 10_000;
    /** Serials of the data set stay below those of the import files (six digits in all). */
    private static final int MAX_MEMBERS = 490_000;
    /** Demo members use province codes 012–044 in their citizen ids; these use 011, with a running serial. */
    private static final int PROVINCE_CODE = 11;
    /** Serials of the benchmark's import files start far above those of the data set. */
    private static final int WORKBOOK_SERIALS = 500_000;

    private final DemoOrganization demo;
    private final DemoDocuments demoDocuments;
    private final DocumentLibrary library;
    private final OrganizationDirectory organization;
    private final MemberRegistry registry;
    private final MemberExport export;
    private int exitCode;

    ProvinceDataCommand(DemoOrganization demo, DemoDocuments demoDocuments, DocumentLibrary library, OrganizationDirectory organization,
                        MemberRegistry registry, MemberExport export) {
        this.demo = demo;
        this.demoDocuments = demoDocuments;
        this.library = library;
        this.organization = organization;
        this.registry = registry;
        this.export = export;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String[] raw = args.getSourceArgs();
        if (raw.length == 0 || !"demo-data".equals(raw[0])) {
            return;
        }
        try {
            Options options = Options.parse(raw);
            demo.loadIfEmpty();
            if (options.documents() > 0) {
                addDocuments(options.documents());
            } else if (options.workbook() != null) {
                writeWorkbook(options);
            } else {
                grow(options);
            }
        } catch (IllegalArgumentException | MemberException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            exitCode = 2;
        }
    }

    private void grow(Options options) {
        List<OrganizationUnit> cells = new ArrayList<>(organization.activeCells());
        long committee = organization.committee().orElseThrow().id();
        for (int n = cells.size() + 1; n <= options.cells(); n++) {
            long id = organization.createCell(committee, String.format("Chi bộ %04d – %s", n, UNITS.get(n % UNITS.size())),
                    LocalDate.of(2010 + n % 15, 1 + n % 12, 1));
            cells.add(organization.unit(id));
        }
        long onRolls = registry.countsByCell().values().stream().mapToLong(Long::longValue).sum();
        int missing = (int) Math.max(0, options.members() - onRolls);
        System.out.printf("Dữ liệu thử: %d chi bộ, đang có %d đảng viên, thêm %d.%n", cells.size(), onRolls, missing);
        Random random = new Random(options.members() * 31L + options.cells());
        NameGenerator names = new NameGenerator(random);
        int first = (int) onRolls + 100;
        for (int done = 0; done < missing; ) {
            int size = Math.min(CHUNK, missing - done);
            List<MemberData> rows = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int index = first + done + i;
                rows.add(invented(index, cells.get(index % cells.size()).id(), index, names, random));
            }
            registry.importAll(rows, SYSTEM);
            done += size;
            System.out.printf("  đã thêm %d / %d%n", done, missing);
        }
    }

    /** The demo's documents, then invented ones up to the number asked for; the index is built once at the end. */
    private void addDocuments(int wanted) {
        demoDocuments.loadIfEmpty();
        long have = library.count();
        int missing = (int) Math.max(0, wanted - have);
        System.out.printf("Dữ liệu thử: đang có %d văn bản, thêm %d.%n", have, missing);
        long start = System.nanoTime();
        for (int done = 0; done < missing; ) {
            int size = Math.min(DOCUMENT_CHUNK, missing - done);
            library.addAll(SYSTEM, DocumentDataSet.invented((int) have + done, size, wanted * 31L + done));
            done += size;
            System.out.printf("  đã thêm %d / %d%n", done, missing);
        }
        System.out.printf("documents_seconds=%.1f%n", (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        library.refreshIndexIfStale();
        System.out.printf("index_seconds=%.1f%n", (System.nanoTime() - start) / 1e9);
    }

    private void writeWorkbook(Options options) throws Exception {
        OrganizationUnit cell = organization.activeCells().getFirst();
        Random random = new Random(options.first());
        NameGenerator names = new NameGenerator(random);
        List<MemberData> rows = new ArrayList<>(options.members());
        for (int i = 0; i < options.members(); i++) {
            int index = options.first() + i;
            rows.add(invented(WORKBOOK_SERIALS + index, cell.id(), WORKBOOK_SERIALS + index, names, random));
        }
        Path file = options.workbook();
        try (OutputStream out = Files.newOutputStream(file)) {
            export.writeImportFile(rows, out);
        }
        System.out.printf("Đã ghi %d đảng viên vào %s (chi bộ %s).%n", rows.size(), file, cell.name());
    }

    /** A member with a believable profile: ages 22–70, mostly bachelors, some with political theory. */
    private static MemberData invented(int index, long cellId, int serial, NameGenerator names, Random random) {
        Gender gender = random.nextInt(100) < 42 ? Gender.FEMALE : Gender.MALE;
        LocalDate birth = LocalDate.of(1956 + random.nextInt(48), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate admitted = birth.plusYears(20 + random.nextInt(12)).plusDays(random.nextInt(365));
        if (admitted.isAfter(LocalDate.of(2025, 6, 1))) {
            admitted = LocalDate.of(2024, 1 + random.nextInt(5), 1 + random.nextInt(28));
        }
        boolean probationary = admitted.isAfter(LocalDate.of(2024, 12, 1));
        int e = random.nextInt(100);
        Education education = e < 3 ? Education.DOCTORATE : e < 15 ? Education.MASTER : e < 80 ? Education.BACHELOR
                : e < 88 ? Education.COLLEGE : e < 95 ? Education.VOCATIONAL : Education.UPPER_SECONDARY;
        int t = random.nextInt(100);
        PoliticalTheory theory = t < 8 ? PoliticalTheory.ADVANCED : t < 45 ? PoliticalTheory.INTERMEDIATE
                : t < 85 ? PoliticalTheory.ELEMENTARY : PoliticalTheory.NONE;
        return DemoOrganization.member(names.name(gender), gender, birth, admitted, probationary ? null : admitted.plusMonths(12),
                probationary ? MembershipKind.PROBATIONARY : MembershipKind.OFFICIAL, cellId, education, theory, index,
                DemoOrganization.citizenId(PROVINCE_CODE, gender, birth, serial), names, random);
    }

    private static final List<String> UNITS = List.of("Văn phòng", "Phòng Tổ chức", "Trung tâm Dịch vụ", "Trường Tiểu học",
            "Trường Trung học cơ sở", "Trạm Y tế", "Ban Quản lý dự án", "Chi cục", "Thôn", "Bản", "Tổ dân phố", "Hợp tác xã");

    @Override
    public int getExitCode() {
        return exitCode;
    }

    record Options(int members, int cells, Path workbook, int first, int documents) {

        static Options parse(String[] args) {
            int members = -1;
            int cells = 4;
            Path workbook = null;
            int first = 0;
            int documents = 0;
            for (int i = 1; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--members" -> members = number(args[i], value, 1, MAX_MEMBERS);
                    case "--cells" -> cells = number(args[i], value, 1, 10_000);
                    case "--first" -> first = number(args[i], value, 0, 299_999);
                    case "--documents" -> documents = number(args[i], value, 1, MAX_DOCUMENTS);
                    case "--workbook" -> {
                        if (value == null) {
                            throw new IllegalArgumentException("Thiếu tên tệp sau --workbook.");
                        }
                        workbook = Path.of(value);
                    }
                    default -> throw new IllegalArgumentException("Không hiểu tham số \"" + args[i] + "\".");
                }
                i++;
            }
            if (members < 0 && documents == 0) {
                throw new IllegalArgumentException("Cần cho biết số đảng viên (--members SỐ) hoặc số văn bản (--documents SỐ).");
            }
            if (workbook != null && members > 200_000) {
                throw new IllegalArgumentException("Tệp nhập tối đa 200.000 dòng.");
            }
            return new Options(members, cells, workbook, first, documents);
        }

        private static int number(String name, String value, int min, int max) {
            try {
                int n = Integer.parseInt(value == null ? "" : value.strip());
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("Giá trị của " + name + " phải là số nguyên từ " + min + " đến " + max + ".");
        }
    }
}
