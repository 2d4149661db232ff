package vn.dangbo.rating;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface RatingRounds extends JpaRepository<RatingRound, Long> {

    Optional<RatingRound> findByYear(int year);

    List<RatingRound> findAllByOrderByYearDesc();
}
