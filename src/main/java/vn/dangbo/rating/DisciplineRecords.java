package vn.dangbo.rating;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface DisciplineRecords extends JpaRepository<DisciplineRecord, Long> {

    List<DisciplineRecord> findByMemberIdOrderByDecidedOnAscIdAsc(long memberId);

    List<DisciplineRecord> findByMemberIdInOrderByDecidedOnAscIdAsc(Collection<Long> memberIds);

    List<DisciplineRecord> findAllByOrderByDecidedOnDescIdDesc();
}
