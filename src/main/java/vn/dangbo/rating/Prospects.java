package vn.dangbo.rating;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface Prospects extends JpaRepository<Prospect, Long> {

    List<Prospect> findAllByOrderByProposedOnDescIdDesc();

    List<Prospect> findByCellIdOrderByProposedOnDescIdDesc(long cellId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Prospect p where p.id = :id")
    Optional<Prospect> lockById(long id);

}
