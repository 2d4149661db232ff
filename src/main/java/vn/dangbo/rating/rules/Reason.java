package vn.dangbo.rating.rules;

import java.util.Objects;

/**
 * Why a level is limited or a case is not rated: the rule, the highest level it allows
 * (for a case not rated, {@link Level#NOT_COMPLETED} as a placeholder) and a Vietnamese sentence.
 */
public record Reason(Rule rule, Level cap, String message) {

    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(message, "message");
    }
}
