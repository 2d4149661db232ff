package vn.dangbo.congress;

import org.springframework.data.repository.Repository;

import java.util.List;

/** Readings are only ever added: no update, no delete. */
interface BallotDrafts extends Repository<BallotDraft, Long> {

    BallotDraft save(BallotDraft draft);

    List<BallotDraft> findByRoundIdOrderByIdAsc(long roundId);

    List<BallotDraft> findByRoundIdAndSheetOrderByIdAsc(long roundId, int sheet);
}
