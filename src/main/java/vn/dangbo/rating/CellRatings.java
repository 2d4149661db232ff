package vn.dangbo.rating;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface CellRatings extends JpaRepository<CellRating, Long> {

    List<CellRating> findByRoundIdOrderByIdAsc(long roundId);

    Optional<CellRating> findByRoundIdAndCellId(long roundId, long cellId);
}
