package vn.dangbo.congress;

import java.time.LocalDate;
import java.util.List;

/**
 * The higher committee approved an election's results (R26): they are no longer provisional. The
 * portal may start a draft article from it; the organization's positions are already updated.
 *
 * @param elected in the order of the results: by round, then by votes (alternates: substitution order)
 */
public record ElectionResultsApproved(long congressId, String congressName, long electionId, ElectionKind kind,
                                      String electionTitle, String termLabel, List<Elected> elected,
                                      Approval approval) {

    public ElectionResultsApproved {
        elected = List.copyOf(elected);
    }

    /** One elected member and what they were elected to; {@code rank} 1, 2, … in the order of the results. */
    public record Elected(long memberId, String fullName, ElectionKind position, int rank) {
    }
}
