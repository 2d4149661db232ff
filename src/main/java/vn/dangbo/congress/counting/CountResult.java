package vn.dangbo.congress.counting;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of one round, everything the counting minutes need (R14–R25).
 *
 * @param candidates by votes, highest first, then list order
 * @param elected    ids of the elected, highest first, then list order; at most {@code seats}
 * @param byValidity how many ballots each row of the validity table decided
 * @param vacant     seats − elected − tie seats: seats the body may fill by another round or leave empty (R21)
 */
public record CountResult(String electionId, int round, int seats, Base base, int needed,
                          int issued, int collected, int valid, int invalid, Map<Validity, Integer> byValidity,
                          List<CandidateTally> candidates, List<String> elected, Optional<Tie> tie, int vacant) {

    public CountResult {
        byValidity = Map.copyOf(byValidity);
        candidates = List.copyOf(candidates);
        elected = List.copyOf(elected);
    }

    public Optional<CandidateTally> candidate(String id) {
        return candidates.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public int votesOf(String id) {
        return candidate(id).map(CandidateTally::votes)
                .orElseThrow(() -> new IllegalArgumentException("no candidate " + id));
    }
}
