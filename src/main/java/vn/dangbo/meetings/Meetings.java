package vn.dangbo.meetings;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface Meetings extends JpaRepository<Meeting, Long> {

    List<Meeting> findByCellIdInOrderByStartsAtDesc(Collection<Long> cellIds);

    List<Meeting> findAllByOrderByStartsAtDesc();

    List<Meeting> findByCellIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(long cellId, Instant from);

    List<Meeting> findByCellIdAndStartsAtBetweenOrderByStartsAtAsc(long cellId, Instant from, Instant to);

    @Query("select coalesce(max(m.serial), 0) from Meeting m where m.cellId = :cellId and m.numberYear = :year")
    int lastSerial(long cellId, int year);
}
