package vn.dangbo.rating.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.rating.rules.RatingArbitraries.ROUND;

class OrganizationRatingProperties {

    @Provide
    Arbitrary<RatingPolicy> policies() {
        return RatingArbitraries.policies();
    }

    @Provide
    Arbitrary<List<OrganizationCase>> collectives() {
        Arbitrary<Tasks> tasks = Arbitraries.integers().between(0, 12).flatMap(total ->
                Arbitraries.integers().between(0, total).flatMap(exceeded ->
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)),
                                        Tuple.of(1, Arbitraries.integers().between(0, total - exceeded)))
                                .map(late -> new Tasks(total, exceeded, late))));
        Arbitrary<int[]> units = Arbitraries.integers().between(0, 10).flatMap(total ->
                Arbitraries.integers().between(0, total).map(disciplined -> new int[] {total, disciplined}));
        Arbitrary<OrganizationCase> one = Combinators.combine(
                        Arbitraries.of(OrganizationKind.class),
                        Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2025, 12, 31).minusDays(d)),
                        RatingArbitraries.scores(),
                        tasks,
                        Arbitraries.of(false, false, false, true),
                        Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 3))),
                        units,
                        Arbitraries.of(Level.EXCELLENT, Level.EXCELLENT, Level.GOOD, Level.COMPLETED).optional(0.9))
                .as((kind, formed, score, t, disciplined, members, u, proposed) ->
                        new OrganizationCase(0, kind, formed, score, t, disciplined, members, u[0], u[1], proposed));
        return one.list().ofMinSize(1).ofMaxSize(25).map(cases -> {
            List<OrganizationCase> numbered = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                OrganizationCase c = cases.get(i);
                numbered.add(new OrganizationCase(500L - 7L * i, c.kind(), c.formedOn(), c.score(), c.tasks(),
                        c.disciplined(), c.membersDisciplined(), c.units(), c.unitsDisciplined(), c.proposed()));
            }
            return numbered;
        });
    }

    @Property
    void theOrganizationsQuotaIsNeverExceeded(@ForAll("policies") RatingPolicy policy,
                                             @ForAll("collectives") List<OrganizationCase> cases) {
        RatingResult result = OrganizationRating.decide(policy, ROUND, cases);

        int goodOrBetter = (int) (result.count(Level.EXCELLENT) + result.count(Level.GOOD));
        assertThat(result.count(Level.EXCELLENT)).isLessThanOrEqualTo(policy.organizationQuota().allowed(goodOrBetter));
    }

    @Property
    void aCollectiveWithADisciplinedMemberIsNeverExcellentAndALeadershipOneIsNotCompleted(
            @ForAll("policies") RatingPolicy policy, @ForAll("collectives") List<OrganizationCase> cases) {
        RatingResult result = OrganizationRating.decide(policy, ROUND, cases);

        for (OrganizationCase c : cases) {
            Optional<Level> level = result.levelOf(c.organizationId());
            if (c.membersDisciplined() > 0 || c.disciplined()) {
                level.ifPresent(l -> assertThat(l).isNotEqualTo(Level.EXCELLENT));
            }
            if (c.disciplined() || c.membersDisciplined() > 0 && c.kind() == OrganizationKind.LEADERSHIP_COLLECTIVE) {
                level.ifPresent(l -> assertThat(l).isEqualTo(Level.NOT_COMPLETED));
            }
        }
    }

    @Property
    void theOrderOfEntryNeverChangesTheResult(@ForAll("policies") RatingPolicy policy,
                                              @ForAll("collectives") List<OrganizationCase> cases,
                                              @ForAll Random random) {
        List<OrganizationCase> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, random);

        assertThat(OrganizationRating.decide(policy, ROUND, shuffled)).isEqualTo(OrganizationRating.decide(policy, ROUND, cases));
    }

    @Property
    void raisingACollectivesScoreNeverLowersItsLevel(@ForAll("policies") RatingPolicy policy,
                                                     @ForAll("collectives") List<OrganizationCase> cases,
                                                     @ForAll @IntRange(min = 0, max = 24) int which,
                                                     @ForAll @IntRange(min = 1, max = 70) int points) {
        int index = which % cases.size();
        OrganizationCase before = cases.get(index);
        int raise = Math.min(points, policy.bands().tasksMax() - before.score().tasks());
        List<OrganizationCase> raised = new ArrayList<>(cases);
        raised.set(index, before.withScore(before.score().plusTasks(raise)));

        var was = OrganizationRating.decide(policy, ROUND, cases).levelOf(before.organizationId());
        var now = OrganizationRating.decide(policy, ROUND, raised).levelOf(before.organizationId());

        assertThat(now.isPresent()).isEqualTo(was.isPresent());
        was.ifPresent(level -> assertThat(level.isAbove(now.orElseThrow())).isFalse());
    }
}
