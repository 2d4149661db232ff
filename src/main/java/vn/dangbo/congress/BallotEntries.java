package vn.dangbo.congress;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Accepted ballots are only ever appended: no update, no delete. */
interface BallotEntries extends Repository<BallotEntry, BallotEntry.Key> {

    BallotEntry save(BallotEntry entry);

    List<BallotEntry> findByRoundIdOrderBySeqAsc(long roundId);

    Optional<BallotEntry> findTopByRoundIdOrderBySeqDesc(long roundId);

    Optional<BallotEntry> findByRoundIdAndSheet(long roundId, int sheet);

    int countByRoundId(long roundId);
}
