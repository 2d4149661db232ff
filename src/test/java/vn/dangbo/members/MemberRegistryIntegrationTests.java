package vn.dangbo.members;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dangbo.organization.MergeCells;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.PersonName;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry on a real database: H2 by default, PostgreSQL in CI's second pass. */
@SpringBootTest
class MemberRegistryIntegrationTests {

    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);
    static final AtomicInteger SERIAL = new AtomicInteger(500);

    @Autowired
    MemberRegistry registry;
    @Autowired
    OrganizationDirectory organization;

    OrganizationUnit cell(int index) {
        return organization.activeCells().get(index);
    }

    static MemberData data(String name, long cell, LocalDate admitted, MembershipKind kind, LocalDate official) {
        String citizenId = String.format("0791%08d", SERIAL.incrementAndGet());
        return new MemberData(name, LocalDate.of(1990, 6, 1), Gender.MALE, "Kinh", "Không", "Huế", citizenId, null, null,
                cell, Education.MASTER, PoliticalTheory.INTERMEDIATE, "Kỹ sư", admitted, official, kind);
    }

    static Decision decision(LocalDate on) {
        return new Decision(on, "99-QĐ/ĐU", "");
    }

    @Test
    void searchIgnoresDiacriticsCaseAndFindsTheLetterD() {
        long cell = cell(0).id();
        registry.admit(data("Đặng Thị Đào", cell, LocalDate.of(2026, 1, 5), null, null), decision(LocalDate.of(2026, 1, 5)), COMMITTEE);
        for (String q : List.of("dang thi dao", "ĐẶNG THỊ ĐÀO", "Dang Thi Dao", "thi dao")) {
            var found = registry.search(new MemberQuery(q, null, null, null, null, null, null, null, false), COMMITTEE, 0, 20);
            assertThat(found.getContent()).as(q).extracting(MemberSummary::fullName).contains("Đặng Thị Đào");
        }
        var none = registry.search(new MemberQuery("' OR 1=1 --", null, null, null, null, null, null, null, false), COMMITTEE, 0, 20);
        assertThat(none.getTotalElements()).isZero();
        var percent = registry.search(new MemberQuery("%", null, null, null, null, null, null, null, false), COMMITTEE, 0, 20);
        assertThat(percent.getTotalElements()).isZero();
    }

    @Test
    void theDatabaseOrdersByGivenNameTheVietnameseWay() {
        List<String> names = registry.search(MemberQuery.all(), COMMITTEE, 0, 200).getContent().stream()
                .map(MemberSummary::fullName).toList();
        List<String> expected = names.stream().sorted((a, b) -> PersonName.parse(a).sortKey().compareTo(PersonName.parse(b).sortKey())).toList();
        assertThat(names).hasSizeGreaterThan(30).isEqualTo(expected);
        var collator = vn.dangbo.shared.VietnameseText.collator();
        for (int i = 1; i < names.size(); i++) {
            assertThat(collator.compare(PersonName.parse(names.get(i - 1)).given(), PersonName.parse(names.get(i)).given()))
                    .as(names.get(i - 1) + " / " + names.get(i)).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void filtersAndPagesTheList() {
        long all = registry.search(MemberQuery.all(), COMMITTEE, 0, 10).getTotalElements();
        var page = registry.search(MemberQuery.all(), COMMITTEE, 1, 10);
        assertThat(page.getNumber()).isEqualTo(1);
        assertThat(page.getContent()).hasSize((int) Math.min(10, all - 10));
        long women = registry.search(new MemberQuery(null, null, null, Gender.FEMALE, null, null, null, null, false), COMMITTEE, 0, 1).getTotalElements();
        long men = registry.search(new MemberQuery(null, null, null, Gender.MALE, null, null, null, null, false), COMMITTEE, 0, 1).getTotalElements();
        assertThat(women + men).isEqualTo(all);
        long bands = 0;
        for (AgeBand band : AgeBand.values()) {
            bands += registry.search(new MemberQuery(null, null, null, null, null, null, null, band, false), COMMITTEE, 0, 1).getTotalElements();
        }
        assertThat(bands).isEqualTo(all);
        var inCell = registry.search(new MemberQuery(null, cell(1).id(), null, null, null, null, null, null, false), COMMITTEE, 0, 100);
        assertThat(inCell.getContent()).allSatisfy(m -> assertThat(m.cellId()).isEqualTo(cell(1).id()));
    }

    @Test
    void admissionThenRecognitionFollowTheProbationRule() {
        long cell = cell(2).id();
        LocalDate ceremony = registry.today().minusMonths(6);
        long id = registry.admit(data("Vũ Minh Khôi", cell, ceremony, null, null), decision(ceremony), COMMITTEE);
        assertThat(registry.view(id, COMMITTEE).kind()).isEqualTo(MembershipKind.PROBATIONARY);
        assertThatThrownBy(() -> registry.recognize(id, decision(registry.today()), COMMITTEE))
                .hasMessageContaining("Chưa đủ 12 tháng dự bị");
        assertThat(registry.view(id, COMMITTEE).kind()).isEqualTo(MembershipKind.PROBATIONARY);
        assertThat(registry.timeline(id, COMMITTEE)).extracting(TimelineEntry::kind).containsExactly(MemberEventKind.ADMITTED);

        LocalDate admittedLongAgo = registry.today().minusMonths(14);
        long other = registry.admit(data("Vũ Minh Khang", cell, admittedLongAgo, null, null), decision(admittedLongAgo), COMMITTEE);
        LocalDate official = registry.recognize(other, decision(registry.today()), COMMITTEE);
        assertThat(official).isEqualTo(admittedLongAgo.plusMonths(12));
        assertThat(registry.timeline(other, COMMITTEE)).extracting(TimelineEntry::kind)
                .containsExactly(MemberEventKind.RECOGNIZED, MemberEventKind.ADMITTED);
        assertThat(registry.changes(other, COMMITTEE)).extracting(ChangeEntry::changedBy).containsOnly("bithu.dangbo");
    }

    @Test
    void aDuplicateCitizenIdSavesNothing() {
        long cell = cell(0).id();
        MemberData first = data("Lê Văn Tám", cell, LocalDate.of(2010, 1, 1), MembershipKind.OFFICIAL, LocalDate.of(2011, 1, 1));
        long before = registry.search(MemberQuery.all(), COMMITTEE, 0, 1).getTotalElements();
        registry.importAll(List.of(first), COMMITTEE);
        MemberData fresh = data("Lê Văn Chín", cell, LocalDate.of(2010, 1, 1), MembershipKind.OFFICIAL, LocalDate.of(2011, 1, 1));
        assertThatThrownBy(() -> registry.importAll(List.of(fresh, first), COMMITTEE)).hasMessageContaining(first.citizenId());
        assertThat(registry.search(MemberQuery.all(), COMMITTEE, 0, 1).getTotalElements()).isEqualTo(before + 1);
        assertThat(registry.search(new MemberQuery("le van chin", null, null, null, null, null, null, null, false), COMMITTEE, 0, 1)
                .getTotalElements()).isZero();
    }

    @Test
    void hostileTextIsRefusedWithAClearMessage() {
        MemberData script = data("<script>alert(1)</script>", cell(0).id(), LocalDate.of(2026, 1, 5), null, null);
        assertThatThrownBy(() -> registry.admit(script, decision(LocalDate.of(2026, 1, 5)), COMMITTEE))
                .isInstanceOf(InvalidMemberData.class).hasMessageContaining("Họ và tên");
        MemberData huge = data("Nguyễn " + "A".repeat(10_000), cell(0).id(), LocalDate.of(2026, 1, 5), null, null);
        assertThatThrownBy(() -> registry.admit(huge, decision(LocalDate.of(2026, 1, 5)), COMMITTEE)).hasMessageContaining("tối đa 100");
        assertThatThrownBy(() -> registry.admit(data("Hà Văn Lộc", cell(0).id(), LocalDate.of(2026, 1, 5), null, null),
                new Decision(LocalDate.of(2026, 1, 5), "<b>1</b>", ""), COMMITTEE)).hasMessageContaining("số quyết định");
    }

    @Test
    void lifecycleStepsMoveMembersOnAndOffTheRolls() {
        long cell = cell(3).id();
        long id = registry.importAll(List.of(data("Trịnh Công Sơn", cell, LocalDate.of(2012, 1, 1), MembershipKind.OFFICIAL,
                LocalDate.of(2013, 1, 1))), COMMITTEE) > 0 ? find("trinh cong son") : -1;
        LocalDate today = registry.today();
        registry.exempt(id, decision(today), COMMITTEE);
        assertThat(registry.view(id, COMMITTEE).standing()).isEqualTo(Standing.EXEMPT);
        registry.endExemption(id, decision(today), COMMITTEE);
        registry.transferOut(id, true, "Đảng bộ Sở Y tế", decision(today), COMMITTEE);
        assertThat(registry.view(id, COMMITTEE).standing()).isEqualTo(Standing.AWAY_TEMPORARILY);
        registry.receiveBack(id, cell, decision(today), COMMITTEE);
        registry.transferOut(id, false, "Đảng bộ tỉnh bạn", decision(today), COMMITTEE);
        assertThat(registry.search(new MemberQuery("trinh cong son", null, null, null, null, null, null, null, false), COMMITTEE, 0, 5)
                .getTotalElements()).isZero();
        assertThat(registry.search(new MemberQuery("trinh cong son", null, null, null, null, null, null, null, true), COMMITTEE, 0, 5)
                .getTotalElements()).isOne();
        registry.recordDeath(id, decision(today), COMMITTEE);
        assertThat(registry.timeline(id, COMMITTEE)).hasSize(7);
        assertThatThrownBy(() -> registry.exempt(id, decision(today.plusDays(1)), COMMITTEE)).hasMessageContaining("sau hôm nay");
    }

    @Test
    void mergingCellsMovesMembersKeepsTheOldCellsAndTellsTheTimeline() {
        var committee = organization.committee().orElseThrow();
        long a = organization.createCell(committee.id(), "Chi bộ thử A", LocalDate.of(2019, 1, 1));
        long b = organization.createCell(committee.id(), "Chi bộ thử B", LocalDate.of(2019, 1, 1));
        registry.importAll(List.of(
                data("Quách Văn Một", a, LocalDate.of(2014, 1, 1), MembershipKind.OFFICIAL, LocalDate.of(2015, 1, 1)),
                data("Quách Văn Hai", b, LocalDate.of(2014, 1, 1), MembershipKind.OFFICIAL, LocalDate.of(2015, 1, 1))), COMMITTEE);
        long merged = organization.mergeCells(new MergeCells(List.of(a, b), "Chi bộ thử hợp nhất", "7-QĐ/ĐU", LocalDate.of(2024, 2, 1), null));
        assertThat(organization.unit(a).active()).isFalse();
        assertThat(organization.unit(b).dissolvedOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        var moved = registry.search(new MemberQuery("quach van", null, null, null, null, null, null, null, false), COMMITTEE, 0, 5);
        assertThat(moved.getContent()).hasSize(2).allSatisfy(m -> assertThat(m.cellId()).isEqualTo(merged));
        assertThat(registry.timeline(moved.getContent().getFirst().id(), COMMITTEE))
                .anySatisfy(e -> {
                    assertThat(e.kind()).isEqualTo(MemberEventKind.CELL_MERGED);
                    assertThat(e.decisionNumber()).isEqualTo("7-QĐ/ĐU");
                    assertThat(e.details()).contains("Chi bộ thử hợp nhất");
                });
        assertThat(organization.merges()).anySatisfy(m -> assertThat(m.sourceNames()).containsExactly("Chi bộ thử A", "Chi bộ thử B"));
        assertThat(countsByCell(merged)).isEqualTo(2);
        assertThatThrownBy(() -> organization.mergeCells(new MergeCells(List.of(a, merged), "X", "8", LocalDate.of(2024, 3, 1), null)))
                .hasMessageContaining("không còn hoạt động");
    }

    @Test
    void profileCorrectionsAreRecordedFieldByFieldWithWhoAndWhen() {
        long id = registry.admit(data("Kiều Văn Mạnh", cell(0).id(), LocalDate.of(2026, 2, 2), null, null),
                decision(LocalDate.of(2026, 2, 2)), COMMITTEE);
        MemberView before = registry.view(id, COMMITTEE);
        MemberData corrected = new MemberData("Kiều Văn Mạnh", LocalDate.of(1991, 6, 1), before.gender(), before.ethnicity(),
                before.religion(), "Hà Tĩnh", before.citizenId(), null, null, before.cellId(), before.education(),
                before.politicalTheory(), before.job(), before.admittedOn(), null, before.kind());
        Viewer editor = new Viewer("can.bo.to.chuc", Set.of(Viewer.COMMITTEE), null, null);
        registry.updateProfile(id, corrected, editor);
        ChangeEntry latest = registry.changes(id, COMMITTEE).getFirst();
        assertThat(latest.changedBy()).isEqualTo("can.bo.to.chuc");
        assertThat(latest.summary()).contains("Quê quán: Huế → Hà Tĩnh").contains("Ngày sinh: 01/06/1990 → 01/06/1991");
        assertThat(registry.view(id, COMMITTEE).hometown()).isEqualTo("Hà Tĩnh");
        Viewer secretary = new Viewer("bithu.chibo1", Set.of(Viewer.CELL_SECRETARY), cell(0).id(), null);
        assertThatThrownBy(() -> registry.updateProfile(id, corrected, secretary))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theDemoHoldsTheMergeOfFiveCellsIntoFour() {
        assertThat(organization.merges()).anySatisfy(m -> {
            assertThat(m.decidedOn()).isEqualTo(LocalDate.of(2018, 9, 14));
            assertThat(m.sourceNames()).hasSize(2);
        });
        assertThat(organization.cells().stream().filter(c -> c.name().startsWith("Chi bộ") && !c.name().contains("thử")).count()).isEqualTo(6);
    }

    private long countsByCell(long cell) {
        return registry.countsByCell().getOrDefault(cell, 0L);
    }

    private long find(String q) {
        return registry.search(new MemberQuery(q, null, null, null, null, null, null, null, true), COMMITTEE, 0, 1).getContent().getFirst().id();
    }
}
