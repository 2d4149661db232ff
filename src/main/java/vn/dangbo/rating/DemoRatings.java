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
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.rating.rules.DisciplineForm;
import vn.dangbo.rating.rules.Level;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Five years of ratings for the demo organization, after its members are loaded (DemoOrganization
 * runs at order 10): every member completed their tasks and at least 80% were good or better each
 * year, as its report says, and the term's one reprimand. Levels, scores and names are invented.
 */
@Component
@Profile("!command")
@Order(20)
class DemoRatings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRatings.class);
    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);

    /** Per year: how many EXCELLENT and GOOD; the others COMPLETED. */
    /** The province-scale data sets (bench/) are for timing; their ratings are not invented. */
    static final long MAX_MEMBERS = 200;

    static final int[][] LEVELS = {{2020, 4, 23}, {2021, 5, 23}, {2022, 5, 24}, {2023, 6, 24}, {2024, 6, 25}};

    private final boolean enabled;
    private final RatingManagement ratings;
    private final RatingRounds rounds;
    private final MemberRegistry registry;
    private final OrganizationDirectory organization;
    private final TransactionTemplate transaction;

    DemoRatings(@Value("${dangbo.demo.enabled:false}") boolean enabled, RatingManagement ratings, RatingRounds rounds,
                MemberRegistry registry, OrganizationDirectory organization, TransactionTemplate transaction) {
        this.enabled = enabled;
        this.ratings = ratings;
        this.rounds = rounds;
        this.registry = registry;
        this.organization = organization;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && organization.committee().isPresent() && rounds.count() == 0
                && registry.countsByCell().values().stream().mapToLong(Long::longValue).sum() <= MAX_MEMBERS) {
            transaction.executeWithoutResult(status -> load());
            log.info("Demo ratings loaded: {} to {}", LEVELS[0][0], LEVELS[LEVELS.length - 1][0]);
        }
    }

    private void load() {
        for (int[] year : LEVELS) {
            int y = year[0];
            ratings.openRound(y, LocalDate.of(y, 12, 15), COMMITTEE);
            List<RatingManagement.RosterEntry> rated = ratings.round(y, COMMITTEE).rated().stream()
                    .sorted(Comparator.comparingLong(RatingManagement.RosterEntry::memberId)).toList();
            int n = rated.size();
            int offset = (y - LEVELS[0][0]) * 5;
            Level[] levels = new Level[n];
            for (int i = 0; i < n; i++) {
                // A stride coprime to 32 and 33 spreads each level over the cells.
                int rank = Math.floorMod(i * 7 + offset, n);
                levels[i] = rank < year[1] ? Level.EXCELLENT : rank < year[1] + year[2] ? Level.GOOD : Level.COMPLETED;
            }
            for (int i = 0; i < n; i++) {
                RatingManagement.RosterEntry e = rated.get(i);
                ratings.writeSelfReview(y, e.memberId(), "Năm " + y + ", tôi giữ vững lập trường chính trị, chấp hành "
                        + "nghiêm chủ trương của Đảng, hoàn thành các nhiệm vụ được giao; cần tiếp tục nâng cao "
                        + "trình độ chuyên môn và tinh thần tự phê bình.", COMMITTEE);
                int[] points = switch (levels[i]) {
                    case EXCELLENT -> new int[]{28, 63 + i % 5};
                    case GOOD -> new int[]{25, 50 + i % 12};
                    default -> new int[]{20, 38 + i % 8};
                };
                ratings.propose(y, e.memberId(), new RatingManagement.Proposal(points[0], points[1], true, 0, levels[i],
                        "Theo biên bản họp chi bộ kiểm điểm cuối năm " + y + "."), COMMITTEE);
            }
            for (int i = 0; i < n; i++) {
                ratings.decide(y, rated.get(i).memberId(), levels[i], null, COMMITTEE);
            }
        }
        // The term's one reprimand, decided after the 2024 review.
        List<MemberView> members = registry.all(MemberQuery.all(), RatingManagement.rosterReader()).stream()
                .sorted(Comparator.comparingLong(MemberView::id)).toList();
        MemberView reprimanded = members.get(22);
        ratings.recordDiscipline(new RatingManagement.DisciplineEntry(reprimanded.id(), DisciplineForm.REPRIMAND,
                "Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao, để xảy ra sai sót trong hồ sơ thẩm định; đã nhận khuyết điểm trước chi bộ.",
                "03-QĐ/CB", LocalDate.of(2025, 3, 12), reprimanded.cellName(), LocalDate.of(2025, 3, 12),
                LocalDate.of(2026, 3, 12), false), COMMITTEE);
    }
}
