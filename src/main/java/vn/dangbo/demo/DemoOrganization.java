package vn.dangbo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.accounts.AccountManagement;
import vn.dangbo.accounts.Role;
import vn.dangbo.members.Decision;
import vn.dangbo.members.Education;
import vn.dangbo.members.Gender;
import vn.dangbo.members.MemberData;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MembershipKind;
import vn.dangbo.members.PoliticalTheory;
import vn.dangbo.organization.MergeCells;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.Position;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Loads the demo organization on the first start of an empty database: the Party Committee of a
 * provincial Department of Science and Technology with the published figures (4 cells, 33
 * members: 3 doctorates, 6 masters, 24 bachelors; 30 with intermediate or advanced political
 * theory) and the 09/2018 merge of 5 cells into 4. Names, ids and dates are invented.
 */
@Component
class DemoOrganization {

    static final String DEMO_PASSWORD = "dangbo-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);
    private static final Viewer SYSTEM = new Viewer("hệ thống", Set.of(Viewer.ADMIN), null, null);

    private final OrganizationDirectory organization;
    private final MemberRegistry registry;
    private final AccountManagement accounts;
    private final TransactionTemplate transaction;

    DemoOrganization(OrganizationDirectory organization, MemberRegistry registry, AccountManagement accounts,
                     TransactionTemplate transaction) {
        this.organization = organization;
        this.registry = registry;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    /** Loads the demo organization into an empty database; says whether it did. */
    boolean loadIfEmpty() {
        if (organization.committee().isPresent()) {
            return false;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Demo data loaded: 4 cells, 33 members; demo accounts use the password '{}'", DEMO_PASSWORD);
        return true;
    }

    private void load() {
        long committee = organization.createCommittee("Đảng bộ Sở Khoa học và Công nghệ", LocalDate.of(2005, 3, 1));
        long office = organization.createCell(committee, "Chi bộ 1 – Văn phòng Sở", LocalDate.of(2005, 3, 1));
        long science = organization.createCell(committee, "Chi bộ Phòng Quản lý khoa học", LocalDate.of(2005, 3, 1));
        long technology = organization.createCell(committee, "Chi bộ Phòng Quản lý công nghệ", LocalDate.of(2005, 3, 1));
        long standards = organization.createCell(committee, "Chi bộ 3 – Chi cục Tiêu chuẩn Đo lường Chất lượng", LocalDate.of(2005, 3, 1));
        long center = organization.createCell(committee, "Chi bộ 4 – Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", LocalDate.of(2008, 7, 1));

        Random random = new Random(20180915);
        NameGenerator names = new NameGenerator(random);
        List<Education> educations = shuffled(random, counts(Education.DOCTORATE, 3, Education.MASTER, 6, Education.BACHELOR, 24));
        List<PoliticalTheory> theories = shuffled(random, counts(PoliticalTheory.ADVANCED, 8, PoliticalTheory.INTERMEDIATE, 22, PoliticalTheory.ELEMENTARY, 3));
        // 32 members on the rolls before the merge; the 33rd is admitted into the merged cell later.
        long[] cellOf = new long[32];
        int i = 0;
        for (long[] group : new long[][]{{office, 9}, {science, 5}, {technology, 5}, {standards, 7}, {center, 6}}) {
            for (int n = 0; n < group[1]; n++) {
                cellOf[i++] = group[0];
            }
        }
        List<MemberData> rows = new ArrayList<>();
        for (int m = 0; m < 32; m++) {
            Gender gender = m % 5 == 1 || m % 5 == 3 ? Gender.FEMALE : Gender.MALE;
            String name = m == 10 ? "Nguyễn Văn An" : names.name(gender);
            if (m == 10) {
                gender = Gender.MALE;
            }
            LocalDate birth = LocalDate.of(1964 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate admitted = birth.plusYears(23 + random.nextInt(8)).plusDays(random.nextInt(300));
            if (admitted.isAfter(LocalDate.of(2017, 6, 1))) {
                admitted = LocalDate.of(2012 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
            }
            rows.add(member(name, gender, birth, admitted, admitted.plusMonths(12), MembershipKind.OFFICIAL, cellOf[m],
                    educations.get(m), theories.get(m), m, names, random));
        }
        registry.importAll(rows, SYSTEM);

        long merged = organization.mergeCells(new MergeCells(List.of(science, technology),
                "Chi bộ 2 – Quản lý khoa học và công nghệ", "125-QĐ/ĐU", LocalDate.of(2018, 9, 14),
                "Sắp xếp lại tổ chức bộ máy: hợp nhất hai phòng quản lý thành Phòng Quản lý khoa học và công nghệ."));

        // Admitted during the 2020–2025 term (one of the term's two admissions), now official.
        registry.importAll(List.of(member("Lò Thị Duyên", Gender.FEMALE, LocalDate.of(1996, 4, 12), LocalDate.of(2023, 5, 19),
                LocalDate.of(2024, 5, 19), MembershipKind.OFFICIAL, merged, educations.get(32), theories.get(32), 32, names, random)), SYSTEM);

        List<Long> byCell = new ArrayList<>();
        // "Nguyễn Văn An" (the demo account dangvien) stays an ordinary member without a position.
        var all = registry.all(vn.dangbo.members.MemberQuery.all(), SYSTEM).stream()
                .filter(v -> !v.fullName().equals("Nguyễn Văn An")).toList();
        for (long cell : new long[]{office, merged, standards, center}) {
            var inCell = all.stream().filter(v -> v.cellId() == cell).toList();
            organization.appoint(cell, inCell.get(0).id(), Position.SECRETARY, "2025–2027", LocalDate.of(2025, 4, 10), null);
            organization.appoint(cell, inCell.get(1).id(), Position.DEPUTY_SECRETARY, "2025–2027", LocalDate.of(2025, 4, 10), null);
            organization.appoint(cell, inCell.get(0).id(), Position.SECRETARY, "2022–2025", LocalDate.of(2022, 10, 5), LocalDate.of(2025, 4, 10));
            byCell.add(inCell.get(0).id());
        }
        // The executive committee: 7 members elected by the congress, secretary and deputy among them.
        long secretary = all.stream().filter(v -> v.cellId() == office).toList().get(2).id();
        long deputy = all.stream().filter(v -> v.cellId() == merged).toList().get(2).id();
        List<Long> committeeMembers = new ArrayList<>(List.of(secretary, deputy));
        committeeMembers.addAll(byCell);
        committeeMembers.add(all.stream().filter(v -> v.cellId() == standards).toList().get(2).id());
        for (String term : List.of("2020–2025", "2025–2030")) {
            boolean current = term.startsWith("2025");
            LocalDate from = current ? LocalDate.of(2025, 6, 20) : LocalDate.of(2020, 6, 18);
            LocalDate to = current ? null : LocalDate.of(2025, 6, 20);
            organization.appoint(committee, secretary, Position.SECRETARY, term, from, to);
            organization.appoint(committee, deputy, Position.DEPUTY_SECRETARY, term, from, to);
            for (Long id : committeeMembers.subList(2, committeeMembers.size())) {
                organization.appoint(committee, id, Position.COMMITTEE_MEMBER, term, from, to);
            }
        }

        long memberOfCell2 = registry.all(vn.dangbo.members.MemberQuery.all(), SYSTEM).stream().filter(v -> v.fullName().equals("Nguyễn Văn An")).findFirst().orElseThrow().id();
        accounts.create("admin", DEMO_PASSWORD, "Quản trị hệ thống", Role.ADMIN, null, null);
        accounts.create("bithu.dangbo", DEMO_PASSWORD, "Bí thư Đảng ủy", Role.COMMITTEE, secretary, office);
        accounts.create("bithu.chibo1", DEMO_PASSWORD, "Bí thư Chi bộ 1", Role.CELL_SECRETARY, byCell.get(0), office);
        accounts.create("dangvien", DEMO_PASSWORD, "Nguyễn Văn An", Role.MEMBER, memberOfCell2, merged);
        // the newsroom's editor: writes, schedules, publishes, withdraws and corrects portal articles
        accounts.create("bientap", DEMO_PASSWORD, "Biên tập viên", Role.EDITOR, null, null);
        accounts.create("kiemduyet", DEMO_PASSWORD, "Biên tập viên kiểm duyệt bình luận", Role.EDITOR, null, null);
        accounts.grantModeration("kiemduyet");
    }

    private static MemberData member(String name, Gender gender, LocalDate birth, LocalDate admitted, LocalDate official,
                                     MembershipKind kind, long cell, Education education, PoliticalTheory theory, int index,
                                     NameGenerator names, Random random) {
        return member(name, gender, birth, admitted, official, kind, cell, education, theory, index,
                citizenId(12 + index % 80, gender, birth, 100000 + random.nextInt(900000)), names, random);
    }

    /** A 12-digit citizen id as the format has it: province code, sex and century, year of birth, serial. */
    static String citizenId(int provinceCode, Gender gender, LocalDate birth, int serial) {
        int sexAndCentury = (birth.getYear() >= 2000 ? 2 : 0) + (gender == Gender.MALE ? 0 : 1);
        return String.format("%03d%d%02d%06d", provinceCode, sexAndCentury, birth.getYear() % 100, serial);
    }

    /** An invented profile; the index makes the party card number and the spread of ethnicities. */
    static MemberData member(String name, Gender gender, LocalDate birth, LocalDate admitted, LocalDate official,
                             MembershipKind kind, long cell, Education education, PoliticalTheory theory, int index,
                             String citizenId, NameGenerator names, Random random) {
        return new MemberData(name, birth, gender, index % 11 == 4 ? "Thái" : index % 13 == 6 ? "Tày" : "Kinh", "Không",
                names.pick(List.of("Hà Nội", "Nam Định", "Thái Bình", "Nghệ An", "Lai Châu", "Điện Biên", "Thanh Hóa", "Phú Thọ")),
                citizenId, String.format("%08d", 20_000_000 + index * 37L + 11), "09" + String.format("%08d", random.nextInt(100_000_000)),
                cell, education, theory, names.pick(List.of("Chuyên viên", "Chuyên viên chính", "Trưởng phòng", "Phó Trưởng phòng",
                "Kế toán", "Kỹ sư", "Nghiên cứu viên", "Kiểm định viên")), admitted, official, kind);
    }

    @SafeVarargs
    private static <T> List<T> counts(Object... pairs) {
        List<T> out = new ArrayList<>();
        for (int p = 0; p < pairs.length; p += 2) {
            @SuppressWarnings("unchecked") T value = (T) pairs[p];
            out.addAll(Collections.nCopies((Integer) pairs[p + 1], value));
        }
        return out;
    }

    private static <T> List<T> shuffled(Random random, List<T> list) {
        Collections.shuffle(list, random);
        return list;
    }
}
