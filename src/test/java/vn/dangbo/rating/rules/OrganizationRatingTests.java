package vn.dangbo.rating.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.rating.rules.RatingFixtures.DECEMBER_2025;
import static vn.dangbo.rating.rules.RatingFixtures.POLICY_2025;
import static vn.dangbo.rating.rules.RatingFixtures.score;

class OrganizationRatingTests {

    private static final LocalDate FORMED_LONG_AGO = LocalDate.of(2015, 9, 1);

    private static OrganizationCase cell(long id, int total, Tasks tasks, Level proposed) {
        return OrganizationCase.of(id, OrganizationKind.PARTY_ORGANIZATION, FORMED_LONG_AGO, score(total), tasks, proposed);
    }

    private static OrganizationCase committee(long id, int total, Tasks tasks, Level proposed) {
        return OrganizationCase.of(id, OrganizationKind.LEADERSHIP_COLLECTIVE, FORMED_LONG_AGO, score(total), tasks, proposed);
    }

    /** The criteria alone: a lone collective could never be EXCELLENT under a 20% floor quota. */
    private static final RatingPolicy WITHOUT_QUOTA = POLICY_2025.withOrganizationQuota(Quota.standard().withPercent(100));

    private static Decision.Rated decideOne(OrganizationCase c) {
        return OrganizationRating.decide(WITHOUT_QUOTA, DECEMBER_2025, List.of(c)).rated().getFirst();
    }

    @Test
    void aLoneCollectiveCannotBeExcellentUnderTheTwentyPercentFloorQuota() {
        RatingResult result = OrganizationRating.decide(POLICY_2025, DECEMBER_2025,
                List.of(cell(1, 92, Tasks.allOnTime(9, 3), Level.EXCELLENT)));

        assertThat(result.levelOf(1)).contains(Level.GOOD);
        assertThat(result.refused()).singleElement().extracting(r -> r.refusals().getFirst().rule()).isEqualTo(Rule.QUOTA);
    }

    @Test
    void aCellScoring92WithAllTasksOnTimeAndAThirdExceededIsExcellent() {
        Decision.Rated decision = decideOne(cell(1, 92, Tasks.allOnTime(9, 3), Level.EXCELLENT));

        assertThat(decision.decided()).isEqualTo(Level.EXCELLENT);
        assertThat(decision.refusals()).isEmpty();
    }

    @Test
    void aCollectiveNeedsThirtyPercentOfTasksExceededToBeExcellent() {
        Decision.Rated decision = decideOne(cell(1, 92, Tasks.allOnTime(10, 2), Level.EXCELLENT));

        assertThat(decision.decided()).isEqualTo(Level.GOOD);
        assertThat(decision.refusals()).extracting(Reason::rule, Reason::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rule.COLLECTIVE_TASKS_EXCEEDED,
                        "Nhiệm vụ vượt mức 2/10 (20%), chưa đạt 30%: xếp loại cao nhất là hoàn thành tốt nhiệm vụ"));
    }

    @Test
    void aCellWithADisciplinedMemberCannotBeExcellent() {
        Decision.Rated decision = decideOne(cell(1, 95, Tasks.allOnTime(10, 5), Level.EXCELLENT).withMembersDisciplined(1));

        assertThat(decision.decided()).isEqualTo(Level.GOOD);
        assertThat(decision.refusals()).extracting(Reason::rule).containsExactly(Rule.COLLECTIVE_NOBODY_DISCIPLINED);
    }

    @Test
    void aLeadershipCollectiveWithADisciplinedMemberIsNotCompleted() {
        Decision.Rated decision = decideOne(committee(1, 95, Tasks.allOnTime(10, 5), Level.EXCELLENT).withMembersDisciplined(1));

        assertThat(decision.decided()).isEqualTo(Level.NOT_COMPLETED);
        assertThat(decision.refusals()).extracting(Reason::message).containsExactly(
                "Tập thể lãnh đạo có 1 thành viên bị kỷ luật trong năm: xếp loại không hoàn thành nhiệm vụ");
    }

    @Test
    void aLeadershipCollectiveWithMoreThanAFifthOfItsUnitsDisciplinedIsNotCompleted() {
        OrganizationCase committee = committee(1, 85, Tasks.allOnTime(10, 1), Level.GOOD);

        assertThat(decideOne(committee.withUnits(10, 3)).decided()).isEqualTo(Level.NOT_COMPLETED);
        assertThat(decideOne(committee.withUnits(10, 2)).decided()).isEqualTo(Level.GOOD);
    }

    @Test
    void aCollectiveDisciplinedInTheYearIsNotCompleted() {
        assertThat(decideOne(cell(1, 85, Tasks.allOnTime(10, 1), Level.GOOD).disciplinedItself()).decided())
                .isEqualTo(Level.NOT_COMPLETED);
    }

    @Test
    void anyLateTaskBarsGoodAndMoreThanAFifthLateIsNotCompleted() {
        assertThat(decideOne(cell(1, 85, new Tasks(10, 0, 1), Level.GOOD)).decided()).isEqualTo(Level.COMPLETED);
        assertThat(decideOne(cell(1, 85, new Tasks(10, 0, 2), Level.GOOD)).decided()).isEqualTo(Level.COMPLETED);
        Decision.Rated tooLate = decideOne(cell(1, 85, new Tasks(10, 0, 3), Level.GOOD));
        assertThat(tooLate.decided()).isEqualTo(Level.NOT_COMPLETED);
        assertThat(tooLate.refusals()).extracting(Reason::message).first().isEqualTo(
                "Nhiệm vụ chậm tiến độ 3/10 (30%), quá 20%: xếp loại không hoàn thành nhiệm vụ");
    }

    @Test
    void aCellFormedLessThanSixMonthsBeforeTheReviewIsNotRated() {
        OrganizationCase young = OrganizationCase.of(1, OrganizationKind.PARTY_ORGANIZATION, LocalDate.of(2025, 9, 1),
                score(85), Tasks.allOnTime(5, 1), Level.GOOD);

        RatingResult result = OrganizationRating.decide(POLICY_2025, DECEMBER_2025, List.of(young));

        assertThat(result.notRated()).singleElement().satisfies(notRated -> {
            assertThat(notRated.reason().rule()).isEqualTo(Rule.NEW_ORGANIZATION);
            assertThat(notRated.reason().message()).isEqualTo(
                    "Thành lập ngày 01/09/2025, chưa đủ 6 tháng đến ngày kiểm điểm 15/12/2025: không xếp loại");
        });
    }

    @Test
    void organizationsHaveTheirOwnExcellentQuota() {
        List<OrganizationCase> cells = LongStream.rangeClosed(1, 5)
                .mapToObj(id -> cell(id, 90 + (int) id, Tasks.allOnTime(10, 4), Level.EXCELLENT)).toList();

        RatingResult result = OrganizationRating.decide(POLICY_2025, DECEMBER_2025, cells);

        assertThat(result.count(Level.EXCELLENT)).isEqualTo(1);
        assertThat(result.levelOf(5)).contains(Level.EXCELLENT);
        assertThat(result.decisionFor(1).orElseThrow()).isInstanceOfSatisfying(Decision.Rated.class, rated ->
                assertThat(rated.refusals()).extracting(Reason::message).containsExactly(
                        "Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ: tối đa 1 trên 5 tổ chức hoàn thành tốt nhiệm vụ trở lên (20%)"));
    }
}
