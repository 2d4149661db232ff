package vn.dangbo.rating.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.rating.rules.RatingFixtures.POLICY_2025;

class RemovalTests {

    @Test
    void twoConsecutiveYearsNotCompletedAreGroundsForRemoval() {
        var grounds = Removal.groundsFor(POLICY_2025, 2025, Map.of(2024, Level.NOT_COMPLETED, 2025, Level.NOT_COMPLETED));

        assertThat(grounds).hasValueSatisfying(reason -> {
            assertThat(reason.rule()).isEqualTo(Rule.REMOVAL);
            assertThat(reason.message()).isEqualTo(
                    "Không hoàn thành nhiệm vụ 2 năm liên tục (2024, 2025): thuộc diện xem xét xóa tên khỏi danh sách đảng viên");
        });
    }

    @Test
    void oneYearNotCompletedIsNotGroundsForRemoval() {
        assertThat(Removal.groundsFor(POLICY_2025, 2025, Map.of(2024, Level.COMPLETED, 2025, Level.NOT_COMPLETED))).isEmpty();
    }

    @Test
    void aYearWithoutALevelBreaksTheRun() {
        assertThat(Removal.groundsFor(POLICY_2025, 2025, Map.of(2023, Level.NOT_COMPLETED, 2025, Level.NOT_COMPLETED))).isEmpty();
    }
}
