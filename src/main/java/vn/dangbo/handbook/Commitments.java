package vn.dangbo.handbook;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface Commitments extends JpaRepository<Commitment, Long> {

    Optional<Commitment> findByMemberIdAndYear(Long memberId, int year);

    @Query("select c.memberId from Commitment c where c.year = :year and c.memberId in :members")
    List<Long> acknowledgedAmong(int year, Collection<Long> members);
}
