package vn.dangbo.rating.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The ceiling on {@link Level#EXCELLENT}: a percentage of those rated {@link Level#GOOD} or better
 * within a scope, rounded as the competent level sets (R5).
 */
public record Quota(int percent, Scope scope, RoundingMode rounding) {

    /** Where the count is taken. */
    public enum Scope {
        /** The whole grassroots organization whose cases are decided together. */
        ORGANIZATION,
        /** Each cell on its own. */
        CELL,
        /** Each group of similar duties, as the 2025 rule for civil servants counts. */
        DUTY_GROUP
    }

    public Quota {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(rounding, "rounding");
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("Quota percent must be 0–100: " + percent);
        }
        if (rounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("A quota needs a rounding that always gives a whole number");
        }
    }

    /** 20% over the organization, rounded down. */
    public static Quota standard() {
        return new Quota(20, Scope.ORGANIZATION, RoundingMode.FLOOR);
    }

    /** How many may be EXCELLENT when {@code goodOrBetter} are rated GOOD or better. */
    public int allowed(int goodOrBetter) {
        if (goodOrBetter < 0) {
            throw new IllegalArgumentException("Negative count: " + goodOrBetter);
        }
        return BigDecimal.valueOf((long) goodOrBetter * percent)
                .divide(BigDecimal.valueOf(100), 0, rounding)
                .intValueExact();
    }

    public Quota withScope(Scope newScope) {
        return new Quota(percent, newScope, rounding);
    }

    public Quota withRounding(RoundingMode newRounding) {
        return new Quota(percent, scope, newRounding);
    }

    public Quota withPercent(int newPercent) {
        return new Quota(newPercent, scope, rounding);
    }
}
