package vn.dangbo.rating;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface RatingRounds extends JpaRepository<RatingRound, Long> {

    Optional<RatingRound> findByYear(int year);

    List<RatingRound> findAllByOrderByYearDesc();

    /** The round locked until the transaction ends: decisions in one round are checked one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RatingRound r where r.year = :year")
    Optional<RatingRound> lockByYear(int year);
}
