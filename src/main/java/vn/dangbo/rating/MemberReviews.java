package vn.dangbo.rating;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface MemberReviews extends JpaRepository<MemberReview, Long> {

    List<MemberReview> findByRoundIdOrderByIdAsc(long roundId);

    List<MemberReview> findByRoundIdInOrderByIdAsc(Collection<Long> roundIds);

    Optional<MemberReview> findByRoundIdAndMemberId(long roundId, long memberId);
}
