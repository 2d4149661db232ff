package vn.dangbo.rating;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoRatingsCommandTests {

    @Test
    void takesTheYearAsTheOtherCommandsTakeTheirOptions() {
        assertThat(DemoRatingsCommand.yearOf(new String[]{"demo-ratings", "--year", "2024"})).isEqualTo(2024);
        assertThat(DemoRatingsCommand.yearOf(new String[]{"demo-ratings", "--year=2023"})).isEqualTo(2023);
        assertThatThrownBy(() -> DemoRatingsCommand.yearOf(new String[]{"demo-ratings"})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoRatingsCommand.yearOf(new String[]{"demo-ratings", "--year", "abc"})).isInstanceOf(NumberFormatException.class);
    }
}
