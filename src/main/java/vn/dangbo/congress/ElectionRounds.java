package vn.dangbo.congress;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ElectionRounds extends JpaRepository<ElectionRound, Long> {

    List<ElectionRound> findByElectionIdOrderByNumberAsc(long electionId);

    Optional<ElectionRound> findByElectionIdAndNumber(long electionId, int number);

    /** Entries of one round are appended one at a time: the chain has one head. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ElectionRound r where r.id = :id")
    Optional<ElectionRound> lockById(long id);
}
