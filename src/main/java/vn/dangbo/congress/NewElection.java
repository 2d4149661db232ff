package vn.dangbo.congress;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * An election put to the vote: what is elected, the seats, the candidates by member id.
 *
 * @param bodyMembers the incumbents of the body holding the conference (R18); null for elections by the congress
 */
public record NewElection(ElectionKind kind, String title, int seats, List<Long> candidateMemberIds,
                          @Nullable Integer bodyMembers) {
}
