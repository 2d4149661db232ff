package vn.dangbo.rating.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The year under review and the day the review is held, which the six-month rules count to.
 * Passed in, never read from a clock.
 */
public record ReviewRound(int year, LocalDate reviewedOn) {

    public ReviewRound {
        Objects.requireNonNull(reviewedOn, "reviewedOn");
        if (reviewedOn.getYear() < year) {
            throw new IllegalArgumentException("A review of " + year + " cannot be held on " + reviewedOn);
        }
    }

    /** Reviews usually close the year in December (R10). */
    public static ReviewRound endOf(int year) {
        return new ReviewRound(year, LocalDate.of(year, 12, 31));
    }
}
