package vn.dangbo.rating;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.members.Decision;
import vn.dangbo.members.Education;
import vn.dangbo.members.Gender;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.members.MembershipKind;
import vn.dangbo.members.PoliticalTheory;
import vn.dangbo.organization.OrganizationDirectory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The term's two admissions, both in 2023 against the committee's target of one (200%), with their
 * courses, introducers, votes and decisions: Lò Thị Duyên (already on the demo's rolls, so her
 * admission is linked, not made again), and a second member admitted through the registry and
 * recognized a year later, who moved to another organization before the 2025 congress, so the
 * published 33 members stand. Runs after the demo ratings (order 20). Names and numbers are invented.
 */
@Component
@Profile("!command")
@Order(30)
class DemoDevelopment implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDevelopment.class);

    private final boolean enabled;
    private final PartyDevelopment development;
    private final MemberRegistry registry;
    private final OrganizationDirectory organization;
    private final TransactionTemplate transaction;

    DemoDevelopment(@Value("${dangbo.demo.enabled:false}") boolean enabled, PartyDevelopment development,
                    MemberRegistry registry, OrganizationDirectory organization, TransactionTemplate transaction) {
        this.enabled = enabled;
        this.development = development;
        this.registry = registry;
        this.organization = organization;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && organization.committee().isPresent() && development.prospectCount() == 0
                && registry.countsByCell().values().stream().mapToLong(Long::longValue).sum() <= DemoRatings.MAX_MEMBERS) {
            List<MemberView> members = registry.all(MemberQuery.all(), RatingManagement.rosterReader());
            if (members.stream().noneMatch(m -> m.fullName().equals("Lò Thị Duyên"))) {
                return; // not the demo organization
            }
            transaction.executeWithoutResult(status -> load(members));
            log.info("Demo party development loaded: 2 admissions in 2023 against a target of 1");
        }
    }

    private void load(List<MemberView> members) {
        var committee = DemoRatings.COMMITTEE;
        development.setTarget(2023, 1, committee);
        development.setTarget(2026, 1, committee);

        MemberView duyen = members.stream().filter(m -> m.fullName().equals("Lò Thị Duyên")).findFirst().orElseThrow();
        long first = development.propose(new PartyDevelopment.ProspectEntry(duyen.fullName(), duyen.birthDate(), duyen.gender(),
                duyen.job(), duyen.cellId(), LocalDate.of(2022, 9, 15)), committee);
        development.recordCourse(first, "118-GCN/TTCT", LocalDate.of(2022, 11, 25), committee);
        List<MemberView> introducers = introducersIn(members, duyen.cellId());
        development.addIntroducer(first, introducers.get(0).id(), LocalDate.of(2020, 8, 3), false, committee);
        development.addIntroducer(first, introducers.get(1).id(), LocalDate.of(2020, 8, 3), false, committee);
        int officials = (int) members.stream().filter(m -> m.cellId() == duyen.cellId() && m.id() != duyen.id()).count();
        development.recordAdmissionVote(first, LocalDate.of(2023, 3, 10), officials, officials, committee);
        development.decide(first, "45-QĐ/ĐU", LocalDate.of(2023, 4, 20), committee);
        development.recordPastAdmission(first, duyen.id(), LocalDate.of(2023, 5, 19));
        development.recordPastRecognition(first, LocalDate.of(2024, 5, 24), officials, officials + 1,
                LocalDate.of(2024, 6, 5), LocalDate.of(2024, 5, 19), committee);

        long center = organization.activeCells().stream().filter(c -> c.name().startsWith("Chi bộ 4")).findFirst().orElseThrow().id();
        long second = development.propose(new PartyDevelopment.ProspectEntry("Vàng Văn Sơn", LocalDate.of(1995, 10, 2), Gender.MALE,
                "Kỹ sư, Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", center, LocalDate.of(2023, 2, 10)), committee);
        development.recordCourse(second, "131-GCN/TTCT", LocalDate.of(2023, 4, 7), committee);
        List<MemberView> centerIntroducers = introducersIn(members, center);
        development.addIntroducer(second, centerIntroducers.get(0).id(), LocalDate.of(2021, 7, 1), false, committee);
        development.addIntroducer(second, centerIntroducers.get(1).id(), LocalDate.of(2021, 7, 1), false, committee);
        int centerOfficials = (int) members.stream().filter(m -> m.cellId() == center).count();
        development.recordAdmissionVote(second, LocalDate.of(2023, 8, 15), centerOfficials - 1, centerOfficials, committee);
        development.decide(second, "52-QĐ/ĐU", LocalDate.of(2023, 9, 20), committee);
        long son = development.admit(second, new PartyDevelopment.AdmissionEntry("010095004321", "Mông", "Không", "Lai Châu",
                Education.BACHELOR, PoliticalTheory.ELEMENTARY, LocalDate.of(2023, 10, 13)), committee);
        development.recognize(second, LocalDate.of(2024, 10, 18), centerOfficials, centerOfficials, "61-QĐ/ĐU",
                LocalDate.of(2024, 10, 30), committee);
        registry.transferOut(son, false, "Đảng bộ Sở Tài nguyên và Môi trường tỉnh",
                new Decision(LocalDate.of(2025, 3, 3), "08-QĐ/ĐU", "Chuyển công tác."), committee);

        // One prospect still on the way, so that the pipeline and its rules show.
        long office = organization.activeCells().stream().filter(c -> c.name().startsWith("Chi bộ 1")).findFirst().orElseThrow().id();
        LocalDate today = registry.today();
        long third = development.propose(new PartyDevelopment.ProspectEntry("Quàng Thị Hoa", LocalDate.of(1999, 5, 21), Gender.FEMALE,
                "Chuyên viên, Văn phòng Sở", office, today.minusMonths(5)), committee);
        development.recordCourse(third, "142-GCN/TTCT", today.minusMonths(2), committee);
        development.addIntroducer(third, introducersIn(members, office).get(0).id(), today.minusYears(2), false, committee);
    }

    /** Official members of the cell without a post in the demo's accounts, in a fixed order. */
    private static List<MemberView> introducersIn(List<MemberView> members, long cell) {
        return members.stream().filter(m -> m.cellId() == cell && m.kind() == MembershipKind.OFFICIAL
                        && !m.fullName().equals("Lò Thị Duyên"))
                .sorted(Comparator.comparingLong(MemberView::id).reversed()).toList();
    }
}
