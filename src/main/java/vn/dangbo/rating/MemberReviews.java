package vn.dangbo.rating;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.dangbo.rating.rules.Activity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface MemberReviews extends JpaRepository<MemberReview, Long> {

    List<MemberReview> findByRoundIdOrderByIdAsc(long roundId);

    List<MemberReview> findByRoundIdInOrderByIdAsc(Collection<Long> roundIds);

    Optional<MemberReview> findByRoundIdAndMemberId(long roundId, long memberId);

    /** Those of the round who may be not rated (R6): not active, or admitted after the given day. The rules decide. */
    @Query("select r from MemberReview r where r.roundId = :roundId and (r.activity <> :active or r.admittedOn > :admittedAfter)"
            + " order by r.id")
    List<MemberReview> findMaybeNotRated(long roundId, Activity active, LocalDate admittedAfter);

    @Query("select r.memberId from MemberReview r where r.roundId = :roundId and r.cellId = :cellId")
    List<Long> memberIdsInCell(long roundId, long cellId);
}
