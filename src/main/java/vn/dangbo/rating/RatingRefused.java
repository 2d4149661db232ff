package vn.dangbo.rating;

import vn.dangbo.rating.rules.Rule;

/** A level the rules do not allow; the message names the rule and the regulation. */
public class RatingRefused extends RatingException {

    private final Rule rule;

    RatingRefused(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
