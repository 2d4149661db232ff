package vn.dangbo.congress.counting;

import java.util.Optional;

/**
 * One candidate's result in a round.
 *
 * @param passed          votes × 2 > N (R15)
 * @param elected         passed and within the seats, not caught in a tie at the last seat
 * @param percentOfBase   votes / N, the figure the minutes and the ballot log show (R25, Q7)
 * @param percentOfValid  votes / valid ballots, for minutes that also show it; empty with no valid ballot
 */
public record CandidateTally(Candidate candidate, int listPosition, int votes, boolean passed, boolean elected,
                             String percentOfBase, Optional<String> percentOfValid) {

    public String id() {
        return candidate.id();
    }
}
