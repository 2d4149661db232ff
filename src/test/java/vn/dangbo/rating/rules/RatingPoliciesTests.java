package vn.dangbo.rating.rules;

import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatingPoliciesTests {

    private final RatingPolicies baseline = RatingPolicies.baseline();

    @Test
    void reviewsFrom2025FollowQuyDinh366() {
        assertThat(baseline.inForce(2025).basis()).startsWith("Quy định 366-QĐ/TW");
        assertThat(baseline.inForce(2030).basis()).startsWith("Quy định 366-QĐ/TW");
    }

    @Test
    void earlierReviewsFollowQuyDinh124() {
        assertThat(baseline.inForce(2024).basis()).startsWith("Quy định 124-QĐ/TW");
        assertThat(baseline.inForce(2023).basis()).startsWith("Quy định 124-QĐ/TW");
        assertThat(baseline.inForce(2020).basis()).startsWith("Quy định 124-QĐ/TW");
    }

    @Test
    void theBaselineKeepsTheDocumentedDefaults() {
        RatingPolicy policy = baseline.inForce(2025);

        assertThat(policy.memberQuota()).isEqualTo(new Quota(20, Quota.Scope.ORGANIZATION, RoundingMode.FLOOR));
        assertThat(policy.bands()).isEqualTo(new ScoreBands(30, 70, 90, 70, 50));
        assertThat(policy.disciplineCaps()).containsOnly(
                Map.entry(DisciplineForm.REPRIMAND, Level.NOT_COMPLETED),
                Map.entry(DisciplineForm.WARNING, Level.NOT_COMPLETED),
                Map.entry(DisciplineForm.REMOVAL_FROM_OFFICE, Level.NOT_COMPLETED),
                Map.entry(DisciplineForm.EXPULSION, Level.NOT_COMPLETED));
        assertThat(policy.newMemberMonths()).isEqualTo(6);
        assertThat(policy.newMemberMode()).isEqualTo(NewMemberMode.NOT_REVIEWED);
        assertThat(policy.newOrganizationMonths()).isEqualTo(6);
        assertThat(policy.sickLeaveDays()).isEqualTo(90);
        assertThat(policy.sickLeaveCap()).isEqualTo(Level.COMPLETED);
        assertThat(policy.collective()).isEqualTo(new CollectiveCriteria(30, 20, 20));
    }

    @Test
    void aLocalPolicyAppliesFromItsOwnYearOnly() {
        RatingPolicy local = baseline.inForce(2025)
                .withMemberQuota(Quota.standard().withRounding(RoundingMode.HALF_UP))
                .effectiveFrom(2026, "Hướng dẫn của Đảng ủy (2026)");

        RatingPolicies policies = baseline.with(local);

        assertThat(policies.inForce(2025).memberQuota().rounding()).isEqualTo(RoundingMode.FLOOR);
        assertThat(policies.inForce(2026).memberQuota().rounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(policies.all()).extracting(RatingPolicy::effectiveFrom).containsExactly(2023, 2025, 2026);
    }

    @Test
    void twoPoliciesFromTheSameYearAreRejected() {
        RatingPolicy a = RatingPolicies.QD_366_2025;

        assertThatThrownBy(() -> RatingPolicies.of(java.util.List.of(a, a))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuotaRoundsAsItsPolicySays() {
        assertThat(Quota.standard().allowed(12)).isEqualTo(2);
        assertThat(Quota.standard().allowed(15)).isEqualTo(3);
        assertThat(Quota.standard().allowed(4)).isZero();
        assertThat(Quota.standard().withRounding(RoundingMode.HALF_UP).allowed(13)).isEqualTo(3);
        assertThat(Quota.standard().withRounding(RoundingMode.CEILING).allowed(11)).isEqualTo(3);
    }

    @Test
    void aQuotaNeedsARoundingThatGivesAWholeNumber() {
        assertThatThrownBy(() -> new Quota(20, Quota.Scope.ORGANIZATION, RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
