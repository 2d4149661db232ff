package vn.dangbo.rating;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.rating.rules.DisciplineForm;
import vn.dangbo.rating.rules.Level;
import vn.dangbo.rating.rules.RatingPolicies;

import static org.assertj.core.api.Assertions.assertThat;

/** The quotas and caps an organization sets are rows with their first year, not constants in the engine. */
@SpringBootTest
class RatingPolicyIntegrationTests {

    @Autowired
    RatingManagement ratings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTableHoldsTheBaselineOfTwentyTwentyThreeAndTwentyTwentyFive() {
        assertThat(ratings.policies().all()).isEqualTo(RatingPolicies.baseline().all());
        assertThat(ratings.policies().inForce(2024).basis()).startsWith("Quy định 124-QĐ/TW");
        assertThat(ratings.policies().inForce(2026).basis()).startsWith("Quy định 366-QĐ/TW");
    }

    @Test
    void aRowChangedForAYearChangesThatYearOnly() {
        try {
            jdbc.update("update rating_policy set member_quota_percent = 30, cap_reprimand = 'COMPLETED' where effective_from = 2025");
            ratings.reloadPolicies();
            assertThat(ratings.policies().inForce(2025).memberQuota().percent()).isEqualTo(30);
            assertThat(ratings.policies().inForce(2025).memberQuota().allowed(15)).isEqualTo(4);
            assertThat(ratings.policies().inForce(2025).capFor(DisciplineForm.REPRIMAND)).isEqualTo(Level.COMPLETED);
            assertThat(ratings.policies().inForce(2024).memberQuota().percent()).isEqualTo(20);
            assertThat(ratings.policies().inForce(2024).capFor(DisciplineForm.REPRIMAND)).isEqualTo(Level.NOT_COMPLETED);
        } finally {
            jdbc.update("update rating_policy set member_quota_percent = 20, cap_reprimand = 'NOT_COMPLETED' where effective_from = 2025");
            ratings.reloadPolicies();
        }
        assertThat(ratings.policies().all()).isEqualTo(RatingPolicies.baseline().all());
    }
}
