package vn.dangbo.rating.rules;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.rating.rules.RatingArbitraries.ROUND;
import static vn.dangbo.rating.rules.RatingArbitraries.YEAR;

class MemberRatingProperties {

    @Provide
    Arbitrary<RatingPolicy> policies() {
        return RatingArbitraries.policies();
    }

    @Provide
    Arbitrary<List<MemberCase>> organizations() {
        return RatingArbitraries.organizations();
    }

    @Property
    void theExcellentQuotaIsNeverExceededInAnyScope(@ForAll("policies") RatingPolicy policy,
                                                    @ForAll("organizations") List<MemberCase> cases) {
        RatingResult result = MemberRating.decide(policy, ROUND, cases);

        Map<String, int[]> byScope = new HashMap<>(); // {good or better, excellent}
        for (MemberCase c : cases) {
            String key = switch (policy.memberQuota().scope()) {
                case ORGANIZATION -> "";
                case CELL -> Long.toString(c.cellId());
                case DUTY_GROUP -> c.dutyGroup();
            };
            int[] counts = byScope.computeIfAbsent(key, k -> new int[2]);
            result.levelOf(c.memberId()).ifPresent(level -> {
                counts[0] += level.isAtLeast(Level.GOOD) ? 1 : 0;
                counts[1] += level == Level.EXCELLENT ? 1 : 0;
            });
        }
        byScope.values().forEach(counts ->
                assertThat(counts[1]).isLessThanOrEqualTo(policy.memberQuota().allowed(counts[0])));
    }

    @Property
    void aMemberDisciplinedInTheYearIsNeverAboveTheCapForTheForm(@ForAll("policies") RatingPolicy policy,
                                                                 @ForAll("organizations") List<MemberCase> cases) {
        RatingResult result = MemberRating.decide(policy, ROUND, cases);

        for (MemberCase c : cases) {
            for (Discipline d : c.disciplines()) {
                boolean inTheYear = d.decidedOn().getYear() == YEAR
                        && (d.countedInYear().isEmpty() || d.countedInYear().getAsInt() == YEAR);
                if (inTheYear) {
                    Level cap = d.selfDetectedAndRemedied() ? policy.selfRemediedDisciplineCap() : policy.capFor(d.form());
                    result.levelOf(c.memberId()).ifPresent(level -> assertThat(level.isAbove(cap)).isFalse());
                }
            }
        }
    }

    @Property
    void theOrderOfEntryNeverChangesTheResult(@ForAll("policies") RatingPolicy policy,
                                              @ForAll("organizations") List<MemberCase> cases,
                                              @ForAll Random random) {
        List<MemberCase> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, random);

        assertThat(MemberRating.decide(policy, ROUND, shuffled)).isEqualTo(MemberRating.decide(policy, ROUND, cases));
    }

    @Property
    void raisingAMembersScoreNeverLowersTheirLevel(@ForAll("policies") RatingPolicy policy,
                                                   @ForAll("organizations") List<MemberCase> cases,
                                                   @ForAll @IntRange(min = 0, max = 39) int which,
                                                   @ForAll @IntRange(min = 1, max = 70) int points) {
        int index = which % cases.size();
        MemberCase before = cases.get(index);
        int raise = Math.min(points, policy.bands().tasksMax() - before.score().tasks());
        List<MemberCase> raised = new ArrayList<>(cases);
        raised.set(index, before.withScore(before.score().plusTasks(raise)));

        var was = MemberRating.decide(policy, ROUND, cases).levelOf(before.memberId());
        var now = MemberRating.decide(policy, ROUND, raised).levelOf(before.memberId());

        assertThat(now.isPresent()).isEqualTo(was.isPresent());
        was.ifPresent(level -> assertThat(level.isAbove(now.orElseThrow())).isFalse());
    }

    @Property
    void aDecisionIsNeverAboveTheProposalNorTheScoreBandAndEveryRefusalIsExplained(
            @ForAll("policies") RatingPolicy policy, @ForAll("organizations") List<MemberCase> cases) {
        RatingResult result = MemberRating.decide(policy, ROUND, cases);

        for (MemberCase c : cases) {
            if (result.decisionFor(c.memberId()).orElseThrow() instanceof Decision.Rated rated) {
                assertThat(rated.decided().isAbove(rated.proposed())).isFalse();
                assertThat(rated.decided().isAbove(policy.bands().levelFor(c.score().total()))).isFalse();
                c.proposed().ifPresent(p -> assertThat(rated.proposed()).isEqualTo(p));
                assertThat(rated.refusals().isEmpty()).isEqualTo(!rated.refused());
                rated.refusals().forEach(r -> assertThat(r.message()).isNotBlank());
            }
        }
    }

    @Property
    void everyMemberGetsExactlyOneDecision(@ForAll("policies") RatingPolicy policy,
                                           @ForAll("organizations") List<MemberCase> cases) {
        RatingResult result = MemberRating.decide(policy, ROUND, cases);

        assertThat(result.decisions()).extracting(Decision::id)
                .containsExactlyInAnyOrderElementsOf(cases.stream().map(MemberCase::memberId).toList());
    }
}
