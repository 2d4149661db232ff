package vn.dangbo.congress.counting;

import java.util.List;

/**
 * Passing candidates tied across the last seat(s): none of them is elected, and a re-vote among
 * them only decides {@code seats} seats (R20).
 *
 * @param candidates the tied, in list order
 */
public record Tie(List<String> candidates, int seats) {

    public Tie {
        candidates = List.copyOf(candidates);
    }
}
