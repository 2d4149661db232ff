package vn.dangbo.rating.rules;

import java.time.LocalDate;

/** Small named cases for the rating engine's tests. */
final class RatingFixtures {

    static final RatingPolicy POLICY_2025 = RatingPolicies.baseline().inForce(2025);
    static final ReviewRound DECEMBER_2025 = new ReviewRound(2025, LocalDate.of(2025, 12, 15));
    static final LocalDate ADMITTED_LONG_AGO = LocalDate.of(2010, 5, 19);

    private RatingFixtures() {
    }

    /** A total split as the frame allows: general criteria first (up to 30), the rest on tasks. */
    static Score score(int total) {
        int general = Math.min(30, total);
        return new Score(general, total - general);
    }

    static MemberCase member(long id, int total, Level proposed) {
        return MemberCase.of(id, ADMITTED_LONG_AGO, score(total), proposed);
    }

    static Discipline reprimandIn(LocalDate decidedOn) {
        return Discipline.of("vi-pham-" + decidedOn, DisciplineForm.REPRIMAND, decidedOn);
    }
}
