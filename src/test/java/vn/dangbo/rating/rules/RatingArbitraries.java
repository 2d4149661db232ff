package vn.dangbo.rating.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Generators for property tests: whole organizations of cases and policies a locality could set. */
final class RatingArbitraries {

    static final int YEAR = 2025;
    static final ReviewRound ROUND = new ReviewRound(YEAR, LocalDate.of(YEAR, 12, 15));

    private RatingArbitraries() {
    }

    static Arbitrary<RatingPolicy> policies() {
        Arbitrary<Quota> quotas = Combinators.combine(
                Arbitraries.integers().between(0, 60),
                Arbitraries.of(Quota.Scope.class),
                Arbitraries.of(RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.CEILING, RoundingMode.HALF_EVEN))
                .as(Quota::new);
        Arbitrary<Level> levels = Arbitraries.of(Level.class);
        return Combinators.combine(quotas, quotas, levels, levels, levels, Arbitraries.of(NewMemberMode.class))
                .as((memberQuota, organizationQuota, reprimandCap, warningCap, remediedCap, mode) ->
                        RatingPolicies.QD_366_2025
                                .withMemberQuota(memberQuota)
                                .withOrganizationQuota(organizationQuota)
                                .withDisciplineCap(DisciplineForm.REPRIMAND, reprimandCap)
                                .withDisciplineCap(DisciplineForm.WARNING, warningCap)
                                .withSelfRemediedDisciplineCap(remediedCap)
                                .withNewMemberMode(mode));
    }

    /** Weighted to the top of the frame, where the quota and the bands bite. */
    static Arbitrary<Score> scores() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, scoresBetween(25, 60)),
                Tuple.of(2, scoresBetween(18, 40)),
                Tuple.of(1, scoresBetween(0, 0)));
    }

    private static Arbitrary<Score> scoresBetween(int generalFrom, int tasksFrom) {
        return Combinators.combine(Arbitraries.integers().between(generalFrom, 30), Arbitraries.integers().between(tasksFrom, 70))
                .as(Score::new);
    }

    static Arbitrary<Discipline> disciplines() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 729).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
        return Combinators.combine(
                        Arbitraries.strings().alpha().ofLength(3),
                        Arbitraries.of(DisciplineForm.class),
                        dates,
                        Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)),
                        Arbitraries.of(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(2024), OptionalInt.of(2025)))
                .as(Discipline::new);
    }

    /** A case without an id; {@link #organizations()} numbers them. */
    private static Arbitrary<MemberCase> memberCases() {
        Arbitrary<LocalDate> admitted = Arbitraries.integers().between(0, 9000)
                .map(d -> LocalDate.of(YEAR, 12, 31).minusDays(d));
        Arbitrary<Activity> activity = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(Activity.ACTIVE)),
                Tuple.of(1, Arbitraries.of(Activity.EXEMPT, Activity.SUSPENDED)));
        Arbitrary<Integer> sick = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(1, 150)));
        Arbitrary<Optional<Level>> proposed = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Level.EXCELLENT)),
                Tuple.of(3, Arbitraries.just(Level.GOOD)),
                Tuple.of(1, Arbitraries.of(Level.COMPLETED, Level.NOT_COMPLETED))).optional(0.9);
        return Combinators.combine(
                        Arbitraries.longs().between(1, 3),
                        Arbitraries.of("", "giáo viên", "cán bộ"),
                        admitted,
                        activity,
                        scores().injectDuplicates(0.2),
                        Arbitraries.frequency(Tuple.of(5, true), Tuple.of(1, false)),
                        sick,
                        disciplines().list().ofMaxSize(2).injectDuplicates(0.1))
                .as((cell, group, on, act, score, onTime, days, disciplines) ->
                        new MemberCase(0, cell, group, on, act, score, onTime, days, disciplines, List.of(), Optional.empty()))
                .flatMap(c -> proposed.map(p -> new MemberCase(0, c.cellId(), c.dutyGroup(), c.admittedOn(), c.activity(),
                        c.score(), c.allTasksOnTime(), c.sickLeaveDays(), c.disciplines(), c.findings(), p)));
    }

    /** One organization's members with distinct ids, scattered rather than 1..n. */
    static Arbitrary<List<MemberCase>> organizations() {
        return memberCases().list().ofMinSize(1).ofMaxSize(40).map(cases -> {
            List<MemberCase> numbered = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                MemberCase c = cases.get(i);
                long id = 1000L + 37L * i % 101 + 101L * i;
                numbered.add(new MemberCase(id, c.cellId(), c.dutyGroup(), c.admittedOn(), c.activity(), c.score(),
                        c.allTasksOnTime(), c.sickLeaveDays(), c.disciplines(), c.findings(), c.proposed()));
            }
            return numbered;
        });
    }
}
