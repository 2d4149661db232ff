package vn.dangbo.rating.rules;

import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dangbo.rating.rules.RatingFixtures.DECEMBER_2025;
import static vn.dangbo.rating.rules.RatingFixtures.POLICY_2025;
import static vn.dangbo.rating.rules.RatingFixtures.member;
import static vn.dangbo.rating.rules.RatingFixtures.reprimandIn;
import static vn.dangbo.rating.rules.RatingFixtures.score;

class MemberRatingTests {

    private static RatingResult decide(List<MemberCase> cases) {
        return MemberRating.decide(POLICY_2025, DECEMBER_2025, cases);
    }

    private static Decision.Rated rated(RatingResult result, long id) {
        return (Decision.Rated) result.decisionFor(id).orElseThrow();
    }

    /** Worked example 1: five proposed EXCELLENT (95 down to 91) among fifteen GOOD or better. */
    private static List<MemberCase> fifteenWithFiveProposedExcellent() {
        List<MemberCase> cases = new ArrayList<>();
        for (int id = 1; id <= 5; id++) {
            cases.add(member(id, 96 - id, Level.EXCELLENT));
        }
        for (int id = 6; id <= 15; id++) {
            cases.add(member(id, 80, Level.GOOD));
        }
        return cases;
    }

    @Test
    void fifteenMembersGoodOrBetterAllowAtMostThreeExcellent() {
        RatingResult result = decide(fifteenWithFiveProposedExcellent());

        assertThat(result.count(Level.EXCELLENT)).isEqualTo(3);
        assertThat(result.count(Level.GOOD)).isEqualTo(12);
        assertThat(result.refused()).extracting(Decision.Rated::id).containsExactly(4L, 5L);
        assertThat(rated(result, 4).refusals()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo(Rule.QUOTA);
            assertThat(reason.message()).isEqualTo(
                    "Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ: tối đa 3 trên 15 đảng viên hoàn thành tốt nhiệm vụ trở lên (20%)");
        });
        assertThat(result.quotas()).singleElement().satisfies(use -> {
            assertThat(use.goodOrBetter()).isEqualTo(15);
            assertThat(use.allowed()).isEqualTo(3);
            assertThat(use.granted()).isEqualTo(3);
        });
    }

    @Test
    void twelveMembersGoodOrBetterAllowTwoExcellentRoundingDown() {
        List<MemberCase> cases = LongStream.rangeClosed(1, 12).mapToObj(id -> member(id, 95, Level.EXCELLENT)).toList();

        RatingResult result = decide(cases);

        assertThat(result.count(Level.EXCELLENT)).isEqualTo(2);
        assertThat(result.count(Level.GOOD)).isEqualTo(10);
        assertThat(rated(result, 3).refusals()).extracting(Reason::message).containsExactly(
                "Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ: tối đa 2 trên 12 đảng viên hoàn thành tốt nhiệm vụ trở lên (20%)");
    }

    @Test
    void roundingIsPolicyDataSoRoundingUpAllowsThreeOfTwelve() {
        RatingPolicy roundingUp = POLICY_2025.withMemberQuota(POLICY_2025.memberQuota().withRounding(RoundingMode.CEILING));
        List<MemberCase> cases = LongStream.rangeClosed(1, 12).mapToObj(id -> member(id, 95, Level.EXCELLENT)).toList();

        assertThat(MemberRating.decide(roundingUp, DECEMBER_2025, cases).count(Level.EXCELLENT)).isEqualTo(3);
    }

    @Test
    void excellentGoesToTheHighestScoresThenTheLowestIdWhateverTheOrderOfEntry() {
        List<MemberCase> cases = new ArrayList<>(List.of(
                member(9, 91, Level.EXCELLENT), member(2, 97, Level.EXCELLENT), member(7, 97, Level.EXCELLENT),
                member(4, 93, Level.EXCELLENT), member(1, 80, Level.GOOD), member(3, 80, Level.GOOD),
                member(5, 80, Level.GOOD), member(6, 80, Level.GOOD), member(8, 80, Level.GOOD),
                member(10, 80, Level.GOOD)));

        RatingResult forward = decide(cases);
        java.util.Collections.reverse(cases);
        RatingResult backward = decide(cases);

        // Ten GOOD or better allow two: 2 and 7 tie on 97, both ahead of 4 and 9.
        assertThat(forward.rated()).filteredOn(r -> r.decided() == Level.EXCELLENT)
                .extracting(Decision.Rated::id).containsExactly(2L, 7L);
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void aMemberScoring92ReprimandedInMarchIsNotCompleted() {
        MemberCase reprimanded = member(1, 92, Level.EXCELLENT).with(reprimandIn(LocalDate.of(2025, 3, 10)));

        Decision.Rated decision = rated(decide(List.of(reprimanded)), 1);

        assertThat(decision.decided()).isEqualTo(Level.NOT_COMPLETED);
        assertThat(decision.refusals()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo(Rule.DISCIPLINE);
            assertThat(reason.message()).isEqualTo(
                    "Bị kỷ luật khiển trách (quyết định ngày 10/03/2025) trong năm 2025: xếp loại không hoàn thành nhiệm vụ");
        });
    }

    @Test
    void aMemberScoring86WithAllTasksOnTimeIsGood() {
        Decision.Rated decision = rated(decide(List.of(member(1, 86, Level.GOOD))), 1);

        assertThat(decision.decided()).isEqualTo(Level.GOOD);
        assertThat(decision.refusals()).isEmpty();
    }

    @Test
    void aProposalOfExcellentAt86IsLoweredToGoodCitingTheScoreBand() {
        Decision.Rated decision = rated(decide(List.of(member(1, 86, Level.EXCELLENT))), 1);

        assertThat(decision.decided()).isEqualTo(Level.GOOD);
        assertThat(decision.refusals()).extracting(Reason::rule, Reason::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rule.SCORE_BAND,
                        "Điểm 86/100 thuộc khung hoàn thành tốt nhiệm vụ (từ 70 đến dưới 90 điểm)"));
    }

    @Test
    void aScoreBelowFiftyIsNotCompleted() {
        assertThat(decide(List.of(member(1, 49, Level.COMPLETED))).levelOf(1)).contains(Level.NOT_COMPLETED);
        assertThat(decide(List.of(member(1, 50, Level.COMPLETED))).levelOf(1)).contains(Level.COMPLETED);
    }

    @Test
    void aLowerProposalThanTheScoreAllowsStands() {
        assertThat(decide(List.of(member(1, 95, Level.COMPLETED))).levelOf(1)).contains(Level.COMPLETED);
    }

    @Test
    void tasksNotAllOnTimeBarGoodEvenWithAHighScore() {
        Decision.Rated decision = rated(decide(List.of(member(1, 95, Level.EXCELLENT).withTasksLate())), 1);

        assertThat(decision.decided()).isEqualTo(Level.COMPLETED);
        assertThat(decision.refusals()).extracting(Reason::rule).containsExactly(Rule.TASKS_ON_TIME);
    }

    @Test
    void aMemberAdmittedOnTheFirstOfAugust2025IsNotRatedInDecember2025() {
        MemberCase newcomer = MemberCase.of(1, LocalDate.of(2025, 8, 1), score(85), Level.GOOD);

        RatingResult result = decide(List.of(newcomer));

        assertThat(result.levelOf(1)).isEmpty();
        assertThat(result.notRated()).singleElement().satisfies(notRated -> {
            assertThat(notRated.reviewed()).isFalse();
            assertThat(notRated.reason().rule()).isEqualTo(Rule.NEW_MEMBER);
            assertThat(notRated.reason().message()).isEqualTo(
                    "Kết nạp ngày 01/08/2025, chưa đủ 6 tháng đến ngày kiểm điểm 15/12/2025: không kiểm điểm, không xếp loại");
        });
    }

    @Test
    void inTheOlderModeANewMemberWritesAReviewButGetsNoLevel() {
        RatingPolicy older = POLICY_2025.withNewMemberMode(NewMemberMode.REVIEWED_NOT_RATED);
        MemberCase newcomer = MemberCase.of(1, LocalDate.of(2025, 8, 1), score(85), Level.GOOD);

        RatingResult result = MemberRating.decide(older, DECEMBER_2025, List.of(newcomer));

        assertThat(result.levelOf(1)).isEmpty();
        assertThat(result.notRated()).singleElement().extracting(Decision.NotRated::reviewed).isEqualTo(true);
    }

    @Test
    void aMemberAdmittedSixMonthsBeforeTheReviewIsRated() {
        MemberCase sixMonths = MemberCase.of(1, LocalDate.of(2025, 6, 15), score(85), Level.GOOD);
        MemberCase aDayShort = MemberCase.of(2, LocalDate.of(2025, 6, 16), score(85), Level.GOOD);

        RatingResult result = decide(List.of(sixMonths, aDayShort));

        assertThat(result.levelOf(1)).contains(Level.GOOD);
        assertThat(result.levelOf(2)).isEmpty();
    }

    @Test
    void exemptAndSuspendedMembersAreNotRatedAndDoNotCountTowardsTheQuota() {
        List<MemberCase> cases = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            cases.add(member(id, 95, Level.EXCELLENT));
        }
        cases.add(member(6, 95, Level.EXCELLENT).withActivity(Activity.EXEMPT));
        cases.add(member(7, 95, Level.EXCELLENT).withActivity(Activity.SUSPENDED));

        RatingResult result = decide(cases);

        assertThat(result.notRated()).extracting(n -> n.reason().rule()).containsExactly(Rule.EXEMPT, Rule.SUSPENDED);
        assertThat(result.quotas()).singleElement().extracting(QuotaUse::goodOrBetter).isEqualTo(5);
        assertThat(result.count(Level.EXCELLENT)).isEqualTo(1);
    }

    @Test
    void aSelfDetectedAndFullyRemediedViolationDoesNotForceNotCompleted() {
        MemberCase remedied = member(1, 85, Level.GOOD).with(reprimandIn(LocalDate.of(2025, 3, 10)).remedied());

        assertThat(decide(List.of(remedied)).levelOf(1)).contains(Level.GOOD);
    }

    @Test
    void theCapForASelfRemediedViolationIsPolicyData() {
        RatingPolicy strict = POLICY_2025.withSelfRemediedDisciplineCap(Level.COMPLETED);
        MemberCase remedied = member(1, 85, Level.GOOD).with(reprimandIn(LocalDate.of(2025, 3, 10)).remedied());

        Decision.Rated decision = rated(MemberRating.decide(strict, DECEMBER_2025, List.of(remedied)), 1);

        assertThat(decision.decided()).isEqualTo(Level.COMPLETED);
        assertThat(decision.refusals()).extracting(Reason::message).containsExactly(
                "Bị kỷ luật khiển trách (quyết định ngày 10/03/2025), đã tự phát hiện và khắc phục: "
                        + "xếp loại cao nhất là hoàn thành nhiệm vụ");
    }

    @Test
    void aViolationAlreadyCountedInLastYearsRatingDoesNotCountAgainWhenDisciplinedThisYear() {
        MemberCase member = member(1, 85, Level.GOOD).with(reprimandIn(LocalDate.of(2025, 2, 20)).alreadyCountedIn(2024));

        assertThat(decide(List.of(member)).levelOf(1)).contains(Level.GOOD);
    }

    @Test
    void disciplineDecidedInAnotherYearDoesNotLowerThisYear() {
        MemberCase member = member(1, 85, Level.GOOD).with(reprimandIn(LocalDate.of(2024, 11, 5)));

        assertThat(decide(List.of(member)).levelOf(1)).contains(Level.GOOD);
    }

    @Test
    void aDisciplineAndAFindingOnTheSameViolationGiveOneReason() {
        MemberCase member = member(1, 85, Level.GOOD)
                .with(Discipline.of("v1", DisciplineForm.WARNING, LocalDate.of(2025, 6, 1)))
                .with(Finding.of("v1", Finding.Kind.PROHIBITED_CONDUCT, LocalDate.of(2025, 5, 20)));

        Decision.Rated decision = rated(decide(List.of(member)), 1);

        assertThat(decision.decided()).isEqualTo(Level.NOT_COMPLETED);
        assertThat(decision.refusals()).extracting(Reason::rule).containsExactly(Rule.DISCIPLINE);
    }

    @Test
    void aCompetentBodysConclusionOfDegradationForcesNotCompleted() {
        MemberCase member = member(1, 95, Level.EXCELLENT)
                .with(Finding.of("v2", Finding.Kind.DEGRADATION, LocalDate.of(2025, 9, 30)));

        Decision.Rated decision = rated(decide(List.of(member)), 1);

        assertThat(decision.decided()).isEqualTo(Level.NOT_COMPLETED);
        assertThat(decision.refusals()).extracting(Reason::rule).containsExactly(Rule.DEGRADATION);
    }

    @Test
    void sickLeaveOfThreeMonthsCapsTheLevelAtCompleted() {
        RatingResult result = decide(List.of(
                member(1, 88, Level.GOOD).withSickLeaveDays(90),
                member(2, 88, Level.GOOD).withSickLeaveDays(89)));

        assertThat(result.levelOf(1)).contains(Level.COMPLETED);
        assertThat(rated(result, 1).refusals()).extracting(Reason::message).containsExactly(
                "Nghỉ ốm 90 ngày trong năm (từ 90 ngày): xếp loại cao nhất là hoàn thành nhiệm vụ");
        assertThat(result.levelOf(2)).contains(Level.GOOD);
    }

    @Test
    void disciplineCapsArePolicyDataPerForm() {
        RatingPolicy lenient = POLICY_2025.withDisciplineCap(DisciplineForm.REPRIMAND, Level.COMPLETED);
        MemberCase reprimanded = member(1, 92, Level.EXCELLENT).with(reprimandIn(LocalDate.of(2025, 3, 10)));
        MemberCase warned = member(2, 92, Level.EXCELLENT)
                .with(Discipline.of("v3", DisciplineForm.WARNING, LocalDate.of(2025, 4, 1)));

        RatingResult result = MemberRating.decide(lenient, DECEMBER_2025, List.of(reprimanded, warned));

        assertThat(result.levelOf(1)).contains(Level.COMPLETED);
        assertThat(result.levelOf(2)).contains(Level.NOT_COMPLETED);
    }

    @Test
    void withAQuotaPerCellEachCellIsCountedOnItsOwn() {
        RatingPolicy perCell = POLICY_2025.withMemberQuota(POLICY_2025.memberQuota().withScope(Quota.Scope.CELL));
        List<MemberCase> cases = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            cases.add(member(id, id <= 2 ? 95 : 80, id <= 2 ? Level.EXCELLENT : Level.GOOD).inCell(10));
        }
        for (long id = 6; id <= 9; id++) {
            cases.add(member(id, 95, Level.EXCELLENT).inCell(20));
        }

        RatingResult result = MemberRating.decide(perCell, DECEMBER_2025, cases);

        assertThat(result.quotas()).extracting(QuotaUse::scopeKey, QuotaUse::allowed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10", 1), org.assertj.core.groups.Tuple.tuple("20", 0));
        assertThat(result.levelOf(1)).contains(Level.EXCELLENT);
        assertThat(result.levelOf(2)).contains(Level.GOOD);
        assertThat(rated(result, 6).refusals()).extracting(Reason::message).containsExactly(
                "Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ: tối đa 0 trên 4 đảng viên hoàn thành tốt nhiệm vụ trở lên (20%) trong chi bộ");
    }

    @Test
    void withoutAProposalTheMemberGetsTheHighestLevelTheRulesAllow() {
        RatingResult result = decide(List.of(
                member(1, 86, Level.GOOD).withoutProposal(),
                member(2, 60, Level.GOOD).withoutProposal()));

        assertThat(result.levelOf(1)).contains(Level.GOOD);
        assertThat(result.levelOf(2)).contains(Level.COMPLETED);
        assertThat(result.refused()).isEmpty();
    }

    @Test
    void everyStepBelowTheProposalIsExplainedStrictestFirst() {
        MemberCase member = member(1, 85, Level.EXCELLENT).withTasksLate()
                .with(reprimandIn(LocalDate.of(2025, 3, 10)));

        Decision.Rated decision = rated(decide(List.of(member)), 1);

        assertThat(decision.refusals()).extracting(Reason::rule)
                .containsExactly(Rule.DISCIPLINE, Rule.TASKS_ON_TIME, Rule.SCORE_BAND);
    }

    @Test
    void aMemberEnteredTwiceIsRejected() {
        assertThatThrownBy(() -> decide(List.of(member(1, 80, Level.GOOD), member(1, 90, Level.EXCELLENT))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScoreOutsideTheFrameIsRejected() {
        MemberCase tooMuch = MemberCase.of(1, RatingFixtures.ADMITTED_LONG_AGO, new Score(31, 60), Level.EXCELLENT);

        assertThatThrownBy(() -> decide(List.of(tooMuch))).isInstanceOf(IllegalArgumentException.class);
    }
}
